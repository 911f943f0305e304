package vn.danhgia.etl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The units of one block (a district): grassroots organizations of every type with their cells, and
 * the real reorganizations: on 1/1/2024 two pairs of communes merge into two new communes and one
 * commune is absorbed into another; on 1/7/2025 the district level ends and its communes regroup
 * into a few large communes directly under the city (two schools move into them as cells).
 */
final class Structure {
    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);
    static final LocalDate MERGE_DATE = LocalDate.of(2024, 1, 1);
    static final LocalDate REGROUP_DATE = LocalDate.of(2025, 7, 1);
    static final String CITY_CODE = "TU";

    private static final String[] AGENCIES = {
        "Văn phòng Huyện ủy",
        "Phòng Nội vụ",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Tư pháp",
        "Phòng Văn hóa và Thông tin",
        "Phòng Giáo dục và Đào tạo",
        "Phòng Tài nguyên và Môi trường",
        "Phòng Kinh tế",
        "Phòng Quản lý đô thị",
        "Phòng Lao động - Thương binh và Xã hội",
        "Thanh tra huyện",
        "Văn phòng HĐND và UBND huyện",
        "Ủy ban Mặt trận Tổ quốc huyện",
        "Chi cục Thuế khu vực",
        "Kho bạc Nhà nước huyện",
        "Tòa án nhân dân huyện",
        "Viện Kiểm sát nhân dân huyện",
        "Chi cục Thi hành án dân sự huyện",
        "Bảo hiểm xã hội huyện",
        "Ban Quản lý dự án đầu tư xây dựng huyện",
        "Phòng Y tế",
        "Hội Nông dân huyện"
    };
    private static final String[] SERVICES = {
        "Trường THCS %s", "Trường Tiểu học %s", "Trường Mầm non %s", "Trường THPT %s", "Trạm Y tế xã %s"
    };
    private static final String[] BIG_SERVICES = {
        "Trung tâm Y tế huyện",
        "Bệnh viện Đa khoa huyện",
        "Trung tâm Văn hóa - Thể thao huyện",
        "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
        "Ban Quản lý chợ huyện"
    };
    private static final String[] ENTERPRISES = {
        "Công ty cổ phần May %s",
        "Công ty TNHH Cơ khí %s",
        "Hợp tác xã Nông nghiệp %s",
        "Công ty cổ phần Gạch %s",
        "Quỹ Tín dụng nhân dân %s",
        "Công ty TNHH Thực phẩm %s",
        "Công ty cổ phần Môi trường %s"
    };
    private static final String[] FORCES = {
        "Công an huyện", "Ban Chỉ huy Quân sự huyện", "Đội Cảnh sát PCCC và CNCH khu vực %s", "Đồn Công an khu vực %s"
    };
    private static final String[] VILLAGES = {"thôn", "thôn", "thôn", "xóm", "khu dân cư", "tổ dân phố"};

    final String prefix;
    final String districtCode;
    final String districtName;
    final List<Unit> all = new ArrayList<>();
    final List<Unit> communes = new ArrayList<>();
    final List<Unit> others = new ArrayList<>();

    private final SplittableRandom random;
    private final Set<String> usedPlaces = new LinkedHashSet<>();
    private int nextCommune = 1;
    private int nextOther = 1;

    private Structure(int block, int blocks, SplittableRandom random) {
        this.random = random;
        this.prefix = blocks == 1 ? "" : String.format(blocks > 99 ? "H%03d-" : "H%02d-", block + 1);
        this.districtCode = blocks == 1 ? "HU" : prefix.substring(0, prefix.length() - 1);
        this.districtName = districtName(block);
        usedPlaces.add(districtName);
    }

    static Structure build(Scale scale, int block, SplittableRandom random) {
        Structure structure = new Structure(block, scale.blocks(), random);
        structure.buildUnits(scale, block);
        structure.reorganize();
        return structure;
    }

    private void buildUnits(Scale scale, int block) {
        if (block == 0) {
            Unit city = new Unit(
                    CITY_CODE, "Đảng bộ thành phố (mô phỏng)", "thành phố", null, "thành phố", null, FOUNDED, true);
            all.add(city);
        }
        Unit district = new Unit(
                districtCode,
                "Đảng bộ huyện " + districtName + " (mô phỏng)",
                "huyện " + districtName,
                null,
                "huyện",
                CITY_CODE,
                FOUNDED,
                true);
        district.validTo = REGROUP_DATE.minusDays(1);
        district.note = "Giải thể cấp huyện từ 01/7/2025";
        all.add(district);
        int townships = scale.communes() >= 10 ? 2 : 1;
        for (int i = 0; i < scale.communes(); i++) {
            OrgType type = i >= scale.communes() - townships ? OrgType.TOWNSHIP : OrgType.COMMUNE;
            Unit commune = newCommune(type, place(), FOUNDED);
            int cells = Math.max(4, scale.averageCellsPerCommune() - 6 + random.nextInt(13));
            addVillageCells(commune, cells, FOUNDED);
            communes.add(commune);
        }
        int count = scale.otherOrganizations();
        int agencies = Math.round(count * 0.35f);
        int services = Math.round(count * 0.38f);
        int forces = Math.max(2, Math.round(count * 0.08f));
        int enterprises = count - agencies - services - forces;
        for (int i = 0; i < agencies; i++) {
            String body = AGENCIES[i % AGENCIES.length] + (i >= AGENCIES.length ? " " + (i / AGENCIES.length + 1) : "");
            addOther(OrgType.AGENCY, body, random.nextDouble() < 0.3);
        }
        for (int i = 0; i < services; i++) {
            boolean big = i < Math.min(BIG_SERVICES.length, Math.max(1, services / 5));
            String body = big ? BIG_SERVICES[i] : String.format(SERVICES[i % SERVICES.length], place());
            addOther(OrgType.PUBLIC_SERVICE, body, big);
        }
        for (int i = 0; i < enterprises; i++) {
            addOther(
                    OrgType.ENTERPRISE,
                    String.format(ENTERPRISES[i % ENTERPRISES.length], place()),
                    random.nextDouble() < 0.3);
        }
        for (int i = 0; i < forces; i++) {
            addOther(OrgType.ARMED_FORCES, String.format(FORCES[i % FORCES.length], place()), true);
        }
    }

    private Unit newCommune(OrgType type, String place, LocalDate from) {
        String code = prefix + String.format("X%02d", nextCommune++);
        String shortName = type.namePart() + " " + place;
        Unit commune = new Unit(code, "Đảng bộ " + shortName, shortName, type, "cơ sở", districtCode, from, true);
        all.add(commune);
        return commune;
    }

    private void addOther(OrgType type, String body, boolean committee) {
        String code = prefix + String.format("C%02d", nextOther++);
        // Agencies carry their district's name where several districts share a run (city, national).
        String fullBody = body.endsWith("huyện")
                ? body + " " + districtName
                : type == OrgType.AGENCY && !prefix.isEmpty() ? body + " huyện " + districtName : body;
        Unit unit = new Unit(
                code,
                (committee ? "Đảng bộ " : "Chi bộ ") + fullBody,
                fullBody,
                type,
                "cơ sở",
                districtCode,
                FOUNDED,
                committee);
        if (committee) {
            int cells = 3 + random.nextInt(type == OrgType.ARMED_FORCES ? 8 : 5);
            for (int i = 1; i <= cells; i++) {
                addCell(unit, "Chi bộ " + (type == OrgType.ARMED_FORCES ? "Đội " : "Phòng ") + i, type, FOUNDED);
            }
        }
        others.add(unit);
        all.add(unit);
    }

    private void addVillageCells(Unit commune, int count, LocalDate from) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String name;
            if (i == count - 1) {
                name = "Chi bộ Trường Tiểu học " + commune.shortName.substring(commune.shortName.indexOf(' ') + 1);
            } else if (i == count - 2) {
                name = "Chi bộ Cơ quan " + commune.shortName;
            } else {
                do {
                    name = "Chi bộ " + VILLAGES[random.nextInt(VILLAGES.length)] + " "
                            + NameData.PLACES.pick(random.nextBoolean() ? "first" : "second", random)
                            + (random.nextInt(4) == 0 ? " " + (1 + random.nextInt(5)) : "");
                } while (!names.add(name));
            }
            addCell(commune, name, i >= count - 2 ? OrgType.PUBLIC_SERVICE : OrgType.VILLAGE, from);
        }
    }

    private Unit addCell(Unit parent, String name, OrgType type, LocalDate from) {
        String code = parent.code + String.format("-%02d", parent.cells.size() + 1);
        Unit cell = new Unit(code, name, name, type, "chi bộ", parent.code, from, false);
        parent.cells.add(cell);
        all.add(cell);
        return cell;
    }

    /** Moves the cells of {@code from} under {@code into} (new codes, lineage to the old ones). */
    private void moveCells(Unit from, Unit into, LocalDate date) {
        for (Unit cell : from.cells) {
            // Two merged communes may both have a "thôn Đông": the moved one keeps its old commune's name.
            boolean taken = into.cells.stream().anyMatch(other -> other.validOn(date) && other.name.equals(cell.name));
            String name = taken ? cell.name + " (" + from.shortName + " cũ)" : cell.name;
            Unit moved = addCell(into, name, cell.type, date);
            cell.validTo = date.minusDays(1);
            cell.successorCode = moved.code;
        }
    }

    private void close(Unit unit, Unit successor, LocalDate date, String note) {
        unit.validTo = date.minusDays(1);
        unit.successorCode = successor.code;
        unit.note = note;
        unit.unstable = true;
        successor.unstable = true;
    }

    private void reorganize() {
        // 1/1/2024: two pairs merge into new communes, one commune is absorbed into another.
        List<Unit> plain =
                communes.stream().filter(unit -> unit.type == OrgType.COMMUNE).toList();
        List<Unit> after = new ArrayList<>(communes);
        for (int pair = 0; pair < 2; pair++) {
            Unit first = plain.get(2 * pair);
            Unit second = plain.get(2 * pair + 1);
            Unit merged = newCommune(OrgType.COMMUNE, place(), MERGE_DATE);
            moveCells(first, merged, MERGE_DATE);
            moveCells(second, merged, MERGE_DATE);
            close(first, merged, MERGE_DATE, "Hợp nhất với " + second.shortName + " thành " + merged.shortName);
            close(second, merged, MERGE_DATE, "Hợp nhất với " + first.shortName + " thành " + merged.shortName);
            after.remove(first);
            after.remove(second);
            after.add(merged);
            communes.add(merged);
        }
        Unit absorbed = plain.get(4);
        Unit absorber = plain.get(5);
        moveCells(absorbed, absorber, MERGE_DATE);
        close(absorbed, absorber, MERGE_DATE, "Sáp nhập vào " + absorber.shortName);
        after.remove(absorbed);
        // 1/7/2025: the district ends; its communes regroup into a few large communes under the city.
        int groups = Math.max(1, Math.round(after.size() / 3.4f));
        List<Unit> regrouped = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            Unit big = newCommune(OrgType.COMMUNE, place(), REGROUP_DATE);
            big.parentCode = CITY_CODE;
            big.note = "Thành lập trên cơ sở sắp xếp các xã, thị trấn cũ; trực thuộc Thành ủy";
            regrouped.add(big);
            communes.add(big);
        }
        for (int i = 0; i < after.size(); i++) {
            Unit old = after.get(i);
            Unit big = regrouped.get(i * groups / after.size());
            moveCells(old, big, REGROUP_DATE);
            close(old, big, REGROUP_DATE, "Sắp xếp vào " + big.shortName);
        }
        int schools = 0;
        for (Unit other : others) {
            if (other.type == OrgType.PUBLIC_SERVICE
                    && !other.committee
                    && schools < Math.min(2, regrouped.size() + 1)) {
                Unit big = regrouped.get(schools % regrouped.size());
                Unit cell = addCell(big, other.name, OrgType.PUBLIC_SERVICE, REGROUP_DATE);
                close(other, cell, REGROUP_DATE, "Chuyển về " + big.name + ", thành chi bộ trực thuộc");
                schools++;
            } else if (other.validTo == null) {
                other.parentCode = CITY_CODE;
                other.note = "Trực thuộc Huyện ủy đến 30/06/2025, sau đó trực thuộc Thành ủy";
            }
        }
    }

    /** Grassroots organizations in place on a date. */
    List<Unit> grassrootsOn(LocalDate date) {
        return all.stream()
                .filter(unit -> unit.grassroots() && unit.validOn(date))
                .toList();
    }

    /** Distinct for every block of a run, so that unit names do not repeat between districts. */
    private static String districtName(int block) {
        List<String> first = NameData.PLACES.section("first");
        List<String> second = NameData.PLACES.section("second");
        int pairs = first.size() * second.size();
        int index = block % pairs;
        String name =
                first.get(index % first.size()) + " " + second.get((index / first.size() + index) % second.size());
        return block < pairs ? name : name + " " + (block / pairs + 1);
    }

    private String place() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            String name = NameData.PLACES.pick("first", random) + " " + NameData.PLACES.pick("second", random);
            if (usedPlaces.add(name)) {
                return name;
            }
        }
        String name = NameData.PLACES.pick("first", random) + " " + NameData.PLACES.pick("second", random) + " "
                + usedPlaces.size();
        usedPlaces.add(name);
        return name;
    }
}
