package vn.danhgia.etl.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;

/**
 * Words a share of member lists as units do when each is made by a different person ({@link Variety#WIDE}):
 * header labels from the wider vocabulary (some files in capitals or without diacritics), another title
 * block, a file name in the customary abbreviations, the unit only in the file name or in a folder. Draws
 * from a random stream of its own, so the simulated content is the same with or without variety.
 */
final class MemberListVariety {
    static final String HEADERS = "variety_headers";
    static final String HEADERS_CAPITALS = "variety_headers_capitals";
    static final String HEADERS_NO_DIACRITICS = "variety_headers_no_diacritics";
    static final String TITLE_BLOCK = "variety_title_block";
    static final String FILE_NAME = "variety_file_name";
    static final String UNIT_IN_FOLDER = "variety_unit_in_folder";

    private final VarietyVocabulary vocabulary;
    private final SplittableRandom random;
    private final double share;
    private final Layouts layouts;
    private final String superior;
    private final Set<String> written = new HashSet<>();

    MemberListVariety(
            VarietyVocabulary vocabulary, SplittableRandom random, double share, Layouts layouts, String superior) {
        this.vocabulary = vocabulary;
        this.random = random;
        this.share = share;
        this.layouts = layouts;
        this.superior = superior;
    }

    /** Varies the list when it is drawn (else leaves it as it is); returns the folder to write it in. */
    String apply(Table table, OrganizationYear o, int year, String dir) {
        if (random.nextDouble() >= share) {
            return dir;
        }
        headers(table);
        boolean unitInTitle = true;
        if (o.layout != MemberLayout.CSV && o.layout != MemberLayout.SCORED_SHEET_PER_CELL && random.nextInt(10) < 6) {
            unitInTitle = title(table, o, year);
        }
        String folder = dir;
        if (random.nextInt(10) < 6) {
            String template = pick(vocabulary.fileNames());
            String unit = fileUnit(o.unit);
            table.baseName = template.replace("{unit_}", unit.replace(' ', '_'))
                    .replace("{unit}", unit)
                    .replace("{year}", String.valueOf(year));
            table.variations.add(FILE_NAME);
            if (!template.contains("{unit")) {
                folder = dir + "/" + unit;
                table.variations.add(UNIT_IN_FOLDER);
            }
        } else if (!unitInTitle && random.nextBoolean()) {
            // the samples' name but the unit in a folder: "2024/DU xa Dong Lam/DS xep loai dang vien 2024"
            table.baseName = table.baseName.substring(0, table.baseName.lastIndexOf(" - "));
            folder = dir + "/" + fileUnit(o.unit);
            table.variations.add(UNIT_IN_FOLDER);
        }
        String base = table.baseName;
        for (int copy = 2; !written.add(folder + "/" + table.baseName); copy++) {
            table.baseName = base + " (" + copy + ")";
        }
        return folder;
    }

    private void headers(Table table) {
        int style = random.nextInt(100);
        boolean changed = false;
        for (Object[] row : rows(table)) {
            for (int i = 0; i < row.length; i++) {
                String field = row[i] == null ? null : vocabulary.fieldOf(row[i].toString());
                if (field != null && random.nextInt(100) < 70) {
                    row[i] = pick(vocabulary.headers().get(field).wide());
                    changed = true;
                }
            }
        }
        if (table.subHeader != null && table.variations.contains("x_marks") && random.nextBoolean()) {
            int variant = 1 + random.nextInt(vocabulary.xMarkLevels().get(0).size() - 1);
            for (int i = 0; i < table.subHeader.length; i++) {
                for (List<String> names : vocabulary.xMarkLevels()) {
                    if (names.get(0).equals(table.subHeader[i])) {
                        table.subHeader[i] = names.get(variant);
                        changed = true;
                    }
                }
            }
        }
        if (!changed) {
            Object[] header = table.header;
            for (int i = 0; i < header.length && !changed; i++) {
                String field = header[i] == null ? null : vocabulary.fieldOf(header[i].toString());
                if (field != null) {
                    header[i] = pick(vocabulary.headers().get(field).wide());
                    changed = true;
                }
            }
        }
        table.variations.add(HEADERS);
        if (style < 15) {
            rows(table).forEach(row -> restyle(row, true));
            table.variations.add(HEADERS_CAPITALS);
        } else if (style < 30) {
            rows(table).forEach(row -> restyle(row, false));
            table.variations.add(HEADERS_NO_DIACRITICS);
        }
    }

    private static List<Object[]> rows(Table table) {
        return table.subHeader == null
                ? List.<Object[]>of(table.header)
                : List.<Object[]>of(table.header, table.subHeader);
    }

    private static void restyle(Object[] row, boolean capitals) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof String text) {
                row[i] = capitals ? text.toUpperCase(Locale.ROOT) : Layouts.ascii(text.replace('\n', ' '));
            }
        }
    }

    /** Replaces the title block; returns whether the new one names the unit. */
    private boolean title(Table table, OrganizationYear o, int year) {
        List<String> template = pick(vocabulary.titleBlocks());
        int right = Math.min(6, table.header.length - 1);
        List<Object[]> rows = new ArrayList<>();
        boolean marked = false;
        boolean namesUnit = false;
        for (String line : template) {
            namesUnit |= line.contains("{unit");
            String text = line.replace("{superior}", superior.toUpperCase(Locale.ROOT))
                    .replace("{unit_short}", abbreviate(titleName(o.unit)).toUpperCase(Locale.ROOT))
                    .replace("{unit}", titleName(o.unit).toUpperCase(Locale.ROOT))
                    .replace("{place_date}", layouts.dateLine(o))
                    .replace("{number}", String.valueOf(10 + random.nextInt(80)))
                    .replace("{year}", String.valueOf(year));
            if (!marked && line.contains("{year}")) {
                text = text + " (mô phỏng)";
                marked = true;
            }
            int bar = text.indexOf(" || ");
            if (bar >= 0) {
                Object[] row = new Object[right + 1];
                row[0] = text.substring(0, bar);
                row[right] = text.substring(bar + 4);
                rows.add(row);
            } else {
                rows.add(text.isEmpty() ? new Object[] {} : new Object[] {text});
            }
        }
        table.titleRows.clear();
        table.titleRows.addAll(rows);
        table.variations.add(TITLE_BLOCK);
        return namesUnit;
    }

    /** The unit as its title line names it: a đảng bộ's committee ("Đảng ủy xã ...") issues the list. */
    private static String titleName(Unit unit) {
        return unit.committee ? unit.name.replace("Đảng bộ", "Đảng ủy") : unit.name;
    }

    private String abbreviate(String name) {
        String text = name.replace("Đảng ủy", "Đảng bộ");
        for (List<String> pair : vocabulary.abbreviations()) {
            text = text.replace(pair.get(0), pair.get(1));
        }
        return text;
    }

    /** The unit in a file name: abbreviated, without diacritics ("CB Truong THCS Phung Xa"). */
    private String fileUnit(Unit unit) {
        return Layouts.ascii(abbreviate(unit.name)).replace(" - ", "-").trim();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
