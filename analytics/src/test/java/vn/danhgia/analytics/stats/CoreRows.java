package vn.danhgia.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.danhgia.analytics.testing.TinyWarehouse;

/** Hand-made core rows for the detector tests: grassroots units, member lists, task results, rules. */
final class CoreRows {
    private final TinyWarehouse warehouse;
    private int row = 10;

    CoreRows(TinyWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** A grassroots organization of a unit type, valid over the whole test period. */
    CoreRows unit(String code, String type) {
        warehouse.execute(
                "insert into core.dim_unit (unit_code, unit_name, unit_type, tier, valid_from, is_provisional)"
                        + " values ('" + code + "', 'Đảng bộ " + code + "', '" + type
                        + "', 'grassroots', date '2015-01-01', false)");
        return this;
    }

    /** That year's rule set, only its framework text (what the evidence quotes). */
    CoreRows rule(int year, String framework) {
        warehouse.execute("insert into core.dim_rule_year (year, framework, excellent_quota_ratio) values (" + year
                + ", '" + framework + "', 0.2000)");
        return this;
    }

    /**
     * Rated members of an organization in a year, one per entry of {@code levels}: "final" or
     * "self>final" (a self-assessment differing from the decision).
     */
    CoreRows members(int year, String organization, String... levels) {
        List<String> values = new ArrayList<>();
        int person = 0;
        for (String level : levels) {
            String[] parts = level.split(">");
            String self = parts[0];
            String decided = parts[parts.length - 1];
            values.add(String.format(
                    Locale.ROOT,
                    "(%d, '%s-%02d', '%s-01', '%s', 'rated', '%s', '%s', '%s', 'DS %d - %s.xlsx', 'DS', %d, 'L1')",
                    year,
                    organization,
                    ++person,
                    organization,
                    organization,
                    self,
                    decided,
                    decided,
                    year,
                    organization,
                    row++));
        }
        warehouse.execute("insert into core.member_rating (year, person_key, cell_code, org_code, status, self_level,"
                + " proposed_level, final_level, source_file, source_sheet, source_row, load_id) values "
                + String.join(", ", values));
        return this;
    }

    /** {@code count} rated members at one level, self-assessment equal to the decision. */
    CoreRows same(int year, String organization, int count, String level) {
        return members(year, organization, repeat(level, count));
    }

    /** Rated members: {@code excellent} of them HTXSNV, the rest HTTNV (self = decision). */
    CoreRows excellent(int year, String organization, int rated, int excellent) {
        String[] levels = new String[rated];
        for (int i = 0; i < rated; i++) {
            levels[i] = i < excellent ? "HTXSNV" : "HTTNV";
        }
        return members(year, organization, levels);
    }

    CoreRows tasks(int year, String unit, int total, int met) {
        warehouse.execute("insert into core.task_result (year, unit_code, targets_total, targets_met, targets_exceeded,"
                + " on_time_share, source_file, source_sheet, source_row, load_id) values (" + year + ", '" + unit
                + "', " + total + ", " + met + ", 0, 0.9000, 'chi tieu " + year + ".xlsx', 'Chỉ tiêu', " + (row++)
                + ", 'L1')");
        return this;
    }

    static String[] repeat(String level, int count) {
        String[] levels = new String[count];
        java.util.Arrays.fill(levels, level);
        return levels;
    }
}
