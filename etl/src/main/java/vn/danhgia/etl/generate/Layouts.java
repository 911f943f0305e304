package vn.danhgia.etl.generate;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;

/** Builds the member-list tables in the layouts of the samples, with their messiness. */
final class Layouts {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Counts of messy cells written, for the manifest. */
    final Map<String, Integer> messiness = new LinkedHashMap<>();

    private final SplittableRandom random;
    private final String districtTitle;

    Layouts(SplittableRandom random, String districtTitle) {
        this.random = random;
        this.districtTitle = districtTitle;
    }

    static String ascii(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^A-Za-z0-9 .()-]", "");
    }

    static String abbreviation(Unit org) {
        // File names carry the unit after their last " - ": a unit name's own dash loses its spaces.
        return (org.committee ? "DU " : "Chi bo ") + ascii(org.shortName).replace(" - ", "-");
    }

    String level(RatingLevel level) {
        String spelling = NameData.SPELLINGS.pick(level.code(), random);
        if (!spelling.equals(level.code())) {
            count("level_spelling_variant");
        }
        return spelling;
    }

    private void count(String key) {
        messiness.merge(key, 1, Integer::sum);
    }

    private String name(MemberRow row) {
        if (MISSING(row)) {
            return null;
        }
        String name = row.writtenName != null ? row.writtenName : row.person.fullName;
        double draw = random.nextDouble();
        if (draw < 0.015) {
            count("name_decomposed_unicode");
            return Normalizer.normalize(name, Normalizer.Form.NFD);
        }
        if (draw < 0.03) {
            count("name_capitals");
            return name.toUpperCase(Locale.ROOT);
        }
        if (draw < 0.045) {
            count("name_stray_spaces");
            return "  " + name.replace(" ", "  ") + " ";
        }
        return name;
    }

    private static boolean MISSING(MemberRow row) {
        return BadRows.MISSING_NAME.equals(row.badReason);
    }

    private Object birthYear(MemberRow row, int year) {
        if (BadRows.IMPOSSIBLE_BIRTH_YEAR.equals(row.badReason)) {
            return random.nextBoolean() ? 1890 + random.nextInt(9) : year + 1 + random.nextInt(5);
        }
        return row.person.birthDate.getYear();
    }

    private String levelText(MemberRow row, RatingLevel level, boolean decided) {
        return switch (row.status) {
            case EXEMPT -> "Miễn đánh giá";
            case NEW_MEMBER -> "Chưa xếp loại";
            case RATED ->
                decided && BadRows.UNKNOWN_LEVEL.equals(row.badReason)
                        ? (random.nextBoolean() ? "Loại B" : "A+")
                        : level(level);
        };
    }

    Table memberList(OrganizationYear o, int year) {
        MemberLayout layout = o.layout;
        String base =
                switch (layout) {
                    case X_MARK -> "Tong hop xep loai DV " + year + " - " + abbreviation(o.unit);
                    case SCORED, SCORED_SHEET_PER_CELL, SCORED_CELL_GROUPS ->
                        "DS danh gia xep loai DV " + year + " - " + abbreviation(o.unit);
                    case CSV ->
                        "ds xep loai dv " + year + " - " + abbreviation(o.unit).toLowerCase(Locale.ROOT);
                    default -> "DS xep loai dang vien " + year + " - " + abbreviation(o.unit);
                };
        Table table = new Table("member_rating", year, o.unit.code, base);
        table.variations.add("layout:" + layout.name().toLowerCase(Locale.ROOT));
        String upperName = o.unit.name
                .replace("Đảng bộ", o.unit.committee ? "Đảng ủy" : "Đảng bộ")
                .toUpperCase(Locale.ROOT);
        if (layout != MemberLayout.CSV) {
            table.titleRows.add(new Object[] {
                districtTitle.toUpperCase(Locale.ROOT), null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"
            });
            table.titleRows.add(new Object[] {upperName, null, null, null, null, null, dateLine(o)});
            table.titleRows.add(new Object[] {"*"});
            table.titleRows.add(new Object[] {});
            table.titleRows.add(new Object[] {"DANH SÁCH"});
            table.titleRows.add(new Object[] {
                (year >= 2025
                                ? "ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM " + year + " (THANG ĐIỂM 100)"
                                : "KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM " + year)
                        + " (mô phỏng)"
            });
            table.titleRows.add(new Object[] {});
            table.variations.add("title_block");
        }
        switch (layout) {
            case X_MARK -> xMark(table, o);
            case SCORED, SCORED_SHEET_PER_CELL, SCORED_CELL_GROUPS -> scored(table, o, year, layout);
            default -> classic(table, o, year, layout == MemberLayout.CSV);
        }
        if (layout != MemberLayout.CSV) {
            table.footerRows.add(new Object[] {"Tổng cộng", table.dataRows() + " đảng viên"});
            table.footerRows.add(new Object[] {});
            table.footerRows.add(
                    new Object[] {null, null, null, null, null, null, o.unit.committee ? "T/M ĐẢNG ỦY" : "T/M CHI BỘ"});
            table.footerRows.add(new Object[] {null, null, null, null, null, null, "BÍ THƯ"});
            table.footerRows.add(new Object[] {null, null, null, null, null, null, "(Đã ký)"});
            table.variations.add("totals_and_signature");
        }
        return table;
    }

    /** "Đông Lâm, ngày 08 tháng 12 năm 2022": the commune's name, else the district's. */
    String dateLine(OrganizationYear o) {
        String place = o.unit.type.isCommuneLevel()
                ? o.unit.shortName.substring(o.unit.type.namePart().length() + 1)
                : districtTitle.substring(districtTitle.indexOf("huyện ") + "huyện ".length());
        return String.format(
                "%s, ngày %02d tháng %02d năm %d",
                place, o.reviewDone.getDayOfMonth(), o.reviewDone.getMonthValue(), o.reviewDone.getYear());
    }

    private void classic(Table table, OrganizationYear o, int year, boolean plain) {
        boolean synonyms = random.nextInt(5) == 0;
        String[] top = {
            "TT",
            synonyms ? "Họ tên" : "Họ và tên",
            "Năm sinh",
            synonyms ? "Số thẻ ĐV" : "Số thẻ đảng viên",
            "Chi bộ",
            "Chức vụ",
            "Kết quả xếp loại",
            null,
            null,
            "Ghi chú"
        };
        if (synonyms) {
            table.variations.add("header_synonyms");
        }
        table.header = top;
        if (plain) {
            table.header = new Object[] {
                "STT",
                top[1],
                "Năm sinh",
                top[3],
                "Chi bộ",
                "Chức vụ",
                "Tự xếp loại",
                "Chi bộ đề nghị",
                "Đảng ủy quyết định",
                "Ghi chú"
            };
        } else {
            table.subHeader = new Object[] {
                null, null, null, null, null, null, "Tự xếp loại", "Chi bộ đề nghị", "Đảng ủy quyết định", null
            };
            table.numberingRow = true;
            table.variations.add("merged_two_row_header");
            table.variations.add("numbering_row");
        }
        Table.Sheet sheet = table.sheet("DS xếp loại ĐV");
        int seq = 1;
        for (MemberRow row : o.members) {
            if (row.badReason != null) {
                sheet.badRows.put(sheet.rows.size(), row.badReason);
            }
            sheet.rows.add(new Object[] {
                seq++,
                name(row),
                birthYear(row, year),
                row.person.card,
                row.cell.name,
                row.position,
                levelText(row, row.self, false),
                levelText(row, row.proposed, false),
                levelText(row, row.decided, true),
                note(row)
            });
        }
    }

    private static String note(MemberRow row) {
        return row.note.isEmpty() ? null : row.note;
    }

    private void xMark(Table table, OrganizationYear o) {
        table.header = new Object[] {
            "STT",
            "Họ và tên đảng viên",
            "Ngày sinh",
            "Chức vụ",
            "Tự nhận mức xếp loại",
            "Chi bộ xếp loại",
            null,
            null,
            null,
            "Ghi chú"
        };
        table.subHeader = new Object[] {null, null, null, null, null, "HTXSNV", "HTTNV", "HTNV", "KHTNV", null};
        table.variations.add("x_marks");
        table.variations.add("no_card_numbers");
        Table.Sheet sheet = table.sheet("Sheet1");
        int seq = 1;
        int[] totals = new int[4];
        for (MemberRow row : o.members) {
            Object[] values = {
                seq++,
                name(row),
                row.person.birthDate,
                row.position,
                levelText(row, row.self, false),
                null,
                null,
                null,
                null,
                note(row)
            };
            if (row.rated()) {
                String mark = random.nextInt(3) == 0 ? "X" : random.nextBoolean() ? "x " : "x";
                values[5 + (4 - row.decided.rank())] = mark;
                totals[4 - row.decided.rank()]++;
            } else {
                values[4] = levelText(row, null, false);
            }
            sheet.rows.add(values);
        }
        table.footerRows.add(new Object[] {null, "Cộng", null, null, null, totals[0], totals[1], totals[2], totals[3]});
    }

    private void scored(Table table, OrganizationYear o, int year, MemberLayout layout) {
        table.header = new Object[] {
            "STT",
            "Họ và tên",
            "Năm sinh",
            "Số thẻ đảng viên",
            "Điểm tự chấm",
            "Chi bộ chấm điểm",
            "Mức xếp loại chi bộ đề xuất",
            "Đảng ủy quyết định",
            "Ghi chú"
        };
        if (layout == MemberLayout.SCORED || layout == MemberLayout.SCORED_CELL_GROUPS) {
            table.variations.add(layout == MemberLayout.SCORED ? "single_header" : "cell_group_rows");
            Table.Sheet sheet = table.sheet("Xếp loại " + year);
            Map<Unit, List<MemberRow>> byCell = byCell(o);
            int seq = 1;
            int group = 1;
            for (Map.Entry<Unit, List<MemberRow>> entry : byCell.entrySet()) {
                if (layout == MemberLayout.SCORED_CELL_GROUPS) {
                    sheet.groupRows.add(sheet.rows.size());
                    sheet.rows.add(new Object[] {
                        roman(group++) + ". " + entry.getKey().name.toUpperCase(Locale.ROOT)
                    });
                }
                for (MemberRow row : entry.getValue()) {
                    addScored(sheet, row, seq++, year);
                }
            }
        } else {
            table.variations.add("sheet_per_cell");
            for (Map.Entry<Unit, List<MemberRow>> entry : byCell(o).entrySet()) {
                String name = ascii(entry.getKey().name).replace("Chi bo ", "");
                Table.Sheet sheet =
                        table.sheet((name.length() > 28 ? name.substring(0, 28) : name) + " " + table.sheets.size());
                // as units do: each sheet's title block names its cell under the organization's line
                sheet.cellTitle = entry.getKey().name.toUpperCase(Locale.ROOT);
                int seq = 1;
                for (MemberRow row : entry.getValue()) {
                    addScored(sheet, row, seq++, year);
                }
            }
        }
    }

    private void addScored(Table.Sheet sheet, MemberRow row, int seq, int year) {
        if (row.badReason != null) {
            sheet.badRows.put(sheet.rows.size(), row.badReason);
        }
        boolean rated = row.rated();
        sheet.rows.add(new Object[] {
            seq,
            name(row),
            birthYear(row, year),
            row.person.card,
            rated ? row.selfScore : null,
            rated ? row.proposedScore : null,
            levelText(row, row.proposed, false),
            levelText(row, row.decided, true),
            note(row)
        });
    }

    private static Map<Unit, List<MemberRow>> byCell(OrganizationYear o) {
        Map<Unit, List<MemberRow>> byCell = new LinkedHashMap<>();
        for (MemberRow row : o.members) {
            byCell.computeIfAbsent(row.cell, key -> new ArrayList<>()).add(row);
        }
        return byCell;
    }

    private static String roman(int number) {
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return number <= 10 ? romans[number - 1] : String.valueOf(number);
    }
}
