package vn.danhgia.etl.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;
import vn.danhgia.etl.generate.YearRecords.Shortcoming;

/**
 * The shortcomings register. Background: a subject (an organization's whole lineage family, or a
 * person) never gets the same category again after one that was not fully remedied, so only planted
 * recurrences exist. Status is assessed the following year (empty in the last year).
 */
final class Shortcomings {
    static final String REMEDIED = "Đã khắc phục";
    static final String PARTLY = "Khắc phục chưa triệt để";
    static final String NOT_REMEDIED = "Chưa khắc phục";
    static final String RECURRED = "Tái diễn";

    /** Category → two wordings of the same shortcoming ("in other words"). */
    static final Map<String, String[][]> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("Kết quả thực hiện nhiệm vụ", new String[][] {
            {
                "Công tác giải phóng mặt bằng dự án còn chậm so với kế hoạch",
                "Giải phóng mặt bằng các dự án tiếp tục chậm tiến độ"
            },
            {"Thu ngân sách trên địa bàn không đạt dự toán", "Thu ngân sách chưa đạt chỉ tiêu được giao"},
            {"Giải ngân vốn đầu tư công chậm", "Tỷ lệ giải ngân vốn đầu tư công còn thấp"},
            {"Quản lý trật tự xây dựng còn để xảy ra vi phạm", "Còn vi phạm trật tự xây dựng chưa được xử lý dứt điểm"}
        });
        CATEGORIES.put("Tổ chức kỷ luật", new String[][] {
            {
                "Sinh hoạt chi bộ ở một số nơi chưa đều đặn, nội dung còn đơn điệu",
                "Chất lượng sinh hoạt chi bộ chưa cao, có nơi còn hình thức"
            },
            {"Tự phê bình và phê bình còn nể nang, né tránh", "Phê bình trong sinh hoạt còn hình thức, nể nang"}
        });
        CATEGORIES.put("Tư tưởng chính trị", new String[][] {
            {
                "Công tác nắm bắt tư tưởng đảng viên có lúc chưa kịp thời",
                "Chưa kịp thời nắm tình hình tư tưởng trong đảng viên"
            }
        });
        CATEGORIES.put("Đạo đức, lối sống", new String[][] {
            {
                "Một số đảng viên chưa gương mẫu nơi cư trú",
                "Còn đảng viên chưa thực hiện tốt trách nhiệm nêu gương nơi cư trú"
            }
        });
        CATEGORIES.put("Cải cách hành chính", new String[][] {
            {"Giải quyết thủ tục hành chính còn để quá hạn", "Còn hồ sơ thủ tục hành chính giải quyết trễ hẹn"}
        });
        CATEGORIES.put("Giải quyết khiếu nại, tố cáo", new String[][] {
            {"Giải quyết đơn thư khiếu nại có vụ việc còn kéo dài", "Còn đơn thư tồn đọng, giải quyết chưa dứt điểm"}
        });
    }

    private final Structure structure;
    private final Plan plan;
    private final GeneratorOptions options;
    private final SplittableRandom random;
    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    final List<Shortcoming> all = new ArrayList<>();

    Shortcomings(Structure structure, Plan plan, GeneratorOptions options, SplittableRandom random) {
        this.structure = structure;
        this.plan = plan;
        this.options = options;
        this.random = random;
        structure.all.forEach(unit -> byCode.put(unit.code, unit));
    }

    /** The last successor of a unit: all units merged together share it. */
    String family(Unit unit) {
        Unit current = unit;
        while (current.successorCode != null) {
            current = byCode.get(current.successorCode);
        }
        return current.code;
    }

    boolean familyHasOpen(Unit unit, int year) {
        String family = family(unit);
        return all.stream()
                .anyMatch(s -> s.year < year
                        && s.person == null
                        && !REMEDIED.equals(s.status)
                        && family(s.organization).equals(family));
    }

    Set<Person> openPersons(int year) {
        Set<Person> open = new LinkedHashSet<>();
        if (year >= 2025) {
            all.stream()
                    .filter(s -> s.year < year && s.person != null && !REMEDIED.equals(s.status))
                    .forEach(s -> open.add(s.person));
        }
        return open;
    }

    /** Whether this category may be named again for the subject without making a recurrence. */
    boolean categoryFree(Unit org, Person person, String category) {
        String family = person == null ? family(org) : null;
        return all.stream()
                .noneMatch(s -> s.category.equals(category)
                        && (person != null
                                ? s.person == person
                                : s.person == null && family(s.organization).equals(family)));
    }

    /** Statuses of the previous year's shortcomings, assessed now. */
    void assessPrevious(int year) {
        for (Shortcoming s : all) {
            if (s.year == year - 1 && s.status.isEmpty()) {
                double draw = random.nextDouble();
                s.status = plan.forcedOpen(s)
                        ? NOT_REMEDIED
                        : draw < 0.58 ? REMEDIED : draw < 0.83 ? PARTLY : draw < 0.95 ? NOT_REMEDIED : RECURRED;
            }
        }
    }

    /** Background shortcomings named in this year's reviews. */
    void name(int year, YearRecords records) {
        for (OrganizationYear orgYear : records.organizations) {
            boolean forced = plan.needsOpenShortcoming(orgYear.unit, year);
            if (forced || random.nextDouble() < 0.25) {
                add(year, orgYear.unit, null, records, forced);
            }
            for (MemberRow row : orgYear.members) {
                if (row.person.leaderPosition != null && row.rated() && random.nextDouble() < 0.05) {
                    add(year, orgYear.unit, row.person, records, false);
                }
            }
        }
    }

    Shortcoming add(int year, Unit org, Person person, YearRecords records, boolean forced) {
        List<String> categories = new ArrayList<>(CATEGORIES.keySet());
        int start = random.nextInt(categories.size());
        for (int i = 0; i < categories.size(); i++) {
            String category = categories.get((start + i) % categories.size());
            if (categoryFree(org, person, category)) {
                String[][] texts = CATEGORIES.get(category);
                Shortcoming s = new Shortcoming(year, org, person, category, texts[random.nextInt(texts.length)][0]);
                all.add(s);
                records.shortcomings.add(s);
                if (forced) {
                    plan.markForcedOpen(s);
                }
                return s;
            }
        }
        return null;
    }

    /** A planted recurrence: same category as an earlier open one, said in other words. */
    Shortcoming recur(int year, Shortcoming earlier, Unit org, YearRecords records) {
        String[][] texts = CATEGORIES.get(earlier.category);
        String other = earlier.description;
        for (String[] pair : texts) {
            if (pair[0].equals(earlier.description)) {
                other = pair[1];
            }
        }
        Shortcoming s = new Shortcoming(year, org, earlier.person, earlier.category, other);
        all.add(s);
        records.shortcomings.add(s);
        return s;
    }

    Unit unit(String code) {
        return byCode.get(code);
    }
}
