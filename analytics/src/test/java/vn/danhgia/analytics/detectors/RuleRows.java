package vn.danhgia.analytics.detectors;

import java.util.Locale;
import vn.danhgia.analytics.testing.TinyWarehouse;

/**
 * Hand-made rows for the rule detectors' tests: core.dim_rule_year as the loader writes it from the rule
 * book (numbers of each period, each rule text a recognizable stand-in such as "rule quota 2019"), and
 * short inserts of core facts with their lineage.
 */
final class RuleRows {
    private RuleRows() {}

    /** The stand-in text of one rule of one year, as the evidence must quote it. */
    static String text(String rule, int year) {
        return "rule " + rule + " " + year;
    }

    /** core.dim_rule_year rows for the given years, with the numbers of the rule book's period of each. */
    static void ruleYears(TinyWarehouse warehouse, int... years) {
        for (int year : years) {
            boolean from2019 = year >= 2019;
            boolean from2023 = year >= 2023;
            boolean from2025 = year >= 2025;
            warehouse.execute(String.format(
                    Locale.ROOT,
                    """
                    insert into core.dim_rule_year (year, framework, excellent_quota_ratio, quota_scope,
                        band_excellent_min, band_good_min, band_completed_min, review_deadline, report_deadline,
                        is_quota_confirmed, regulation, guidance, discipline_max_level,
                        discipline_self_detected_exempt, org_excellent_min_share_completed,
                        org_excellent_min_share_good, org_excellent_no_disciplined,
                        org_not_completed_share_disciplined, org_excellent_min_share_on_time,
                        org_excellent_min_share_exceeded, org_excellent_min_share_remedied, rule_quota,
                        rule_discipline, rule_org_excellent, rule_score_band, rule_remedied, rule_results,
                        rule_monthly, rule_review_deadline, rule_report_deadline, rule_summary_form)
                    values (%1$d, 'framework %1$d', 0.2, '%2$s', %3$s, %4$s, %5$s, date '%1$d-12-10',
                        date '%1$d-12-15', %6$s, 'regulation %1$d', 'guidance %1$d', %7$s, %8$s, %9$s, %10$s, %11$s,
                        %12$s, %13$s, %14$s, %13$s, '%15$s', %16$s, %17$s, %18$s, %19$s, '%20$s', '%21$s', '%22$s',
                        '%23$s', '%24$s')
                    """,
                    year,
                    from2023 ? "group_of_similar_units" : "members_per_grassroots_organization",
                    from2025 ? "90" : "null",
                    from2025 ? "70" : "null",
                    from2025 ? "50" : "null",
                    from2025 ? "false" : "true",
                    from2019 ? "'KHTNV'" : "null",
                    from2019 ? String.valueOf(from2023) : "null",
                    from2019 && !from2023 ? "1.0" : "null",
                    from2019 && !from2023 ? "0.8" : "null",
                    String.valueOf(from2023),
                    from2023 ? "0.2" : "null",
                    from2025 ? "1.0" : "null",
                    from2025 ? "0.3" : "null",
                    text("quota", year),
                    from2019 ? quoted(text("discipline", year)) : "null",
                    from2019 ? quoted(text("org_excellent", year)) : "null",
                    from2025 ? quoted(text("score_band", year)) : "null",
                    from2025 ? quoted(text("remedied", year)) : "null",
                    text("results", year),
                    text("monthly", year),
                    text("review", year),
                    text("report", year),
                    text("summary", year)));
        }
    }

    /** A member of {@code org} rated {@code level} (or with another status when level is a status code). */
    static String member(int year, String person, String org, String level, int row) {
        return memberScored(year, person, org, level, "null", row);
    }

    static String memberScored(int year, String person, String org, String level, String score, int row) {
        boolean rated = level.startsWith("HT") || level.equals("KHTNV");
        return String.format(
                Locale.ROOT,
                """
                insert into core.member_rating (year, person_key, cell_code, org_code, status, final_level, score,
                    source_file, source_sheet, source_row)
                values (%d, '%s', '%s-01', '%s', '%s', %s, %s, '%d/DS %s.xlsx', 'DS', %d);
                """,
                year,
                person,
                org,
                org,
                rated ? "rated" : level,
                rated ? "'" + level + "'" : "null",
                score,
                year,
                org,
                row);
    }

    /** {@code count} members of one level, rows numbered from {@code firstRow}. */
    static String members(int year, String org, String level, int count, int firstRow) {
        StringBuilder sql = new StringBuilder();
        for (int index = 0; index < count; index++) {
            sql.append(member(year, org + "-" + level + "-" + (firstRow + index), org, level, firstRow + index));
        }
        return sql.toString();
    }

    static String organization(int year, String unit, String level, String score, int row) {
        return String.format(Locale.ROOT, """
                insert into core.org_rating (year, unit_code, final_level, score, source_file, source_sheet, source_row)
                values (%d, '%s', '%s', %s, '%d/xep loai TCCS dang %d.csv', null, %d);
                """, year, unit, level, score, year, year, row);
    }

    static String leader(int year, String person, String unit, String level, String score, int row) {
        return String.format(Locale.ROOT, """
                insert into core.leader_rating (year, person_key, position, unit_code, final_level, score,
                    source_file, source_sheet, source_row)
                values (%d, '%s', 'Bí thư Đảng ủy', '%s', '%s', %s, '%d/xep loai can bo %d.xlsx', 'Cán bộ', %d);
                """, year, person, unit, level, score, year, year, row);
    }

    static String discipline(int year, String person, String unit, boolean selfDetected, int row) {
        return String.format(
                Locale.ROOT,
                """
                insert into core.discipline (year, person_key, unit_code, form, decided_on, self_detected, form_code,
                    source_file, source_sheet, source_row)
                values (%d, %s, '%s', 'Khiển trách', date '%d-06-01', %s, 'reprimand',
                    '%d/so theo doi ky luat %d.csv', null, %d);
                """,
                year,
                person == null ? "null" : "'" + person + "'",
                unit,
                year,
                selfDetected,
                year,
                year,
                row);
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }
}
