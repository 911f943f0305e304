package vn.danhgia.dashboard.page;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.danhgia.dashboard.query.SqlQueries;

/**
 * What the year comparison says beside a unit whose history crosses a merger: the merges of the unit
 * registry ({@code sql/dashboard/compare_merges.sql}) and, for the "as is" view, which historic
 * organizations each of today's organizations stands for ({@code compare_restated.sql}).
 */
record CompareNotes(List<Merge> merges, Map<String, List<String>> restated) {

    /** One unit merged into another on a date. */
    record Merge(String fromCode, String fromName, String toCode, String toName, LocalDate effectiveDate) {
        Merge {
            Objects.requireNonNull(fromCode, "fromCode");
            Objects.requireNonNull(fromName, "fromName");
            Objects.requireNonNull(toCode, "toCode");
            Objects.requireNonNull(toName, "toName");
            Objects.requireNonNull(effectiveDate, "effectiveDate");
        }
    }

    CompareNotes {
        merges = List.copyOf(merges);
        restated = Map.copyOf(restated);
    }

    static CompareNotes load(Connection connection, int fromYear, int toYear) throws SQLException {
        List<Merge> merges = SqlQueries.list(
                connection,
                "compare_merges",
                row -> new Merge(
                        row.string("from_unit_code"),
                        row.string("from_unit_name"),
                        row.string("to_unit_code"),
                        row.string("to_unit_name"),
                        row.optionalDate("effective_date").orElse(LocalDate.MIN)));
        record Restated(String currentCode, String unitCode, String unitName) {}
        List<Restated> rows = SqlQueries.list(
                connection,
                "compare_restated",
                row -> new Restated(row.string("current_org_code"), row.string("unit_code"), row.string("unit_name")),
                fromYear,
                toYear);
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, Boolean> changed = new LinkedHashMap<>();
        for (Restated row : rows) {
            names.computeIfAbsent(row.currentCode(), code -> new ArrayList<>()).add(row.unitName());
            changed.merge(row.currentCode(), !row.unitCode().equals(row.currentCode()), Boolean::logicalOr);
        }
        Map<String, List<String>> restated = new LinkedHashMap<>();
        names.forEach((code, list) -> {
            if (changed.get(code)) {
                restated.put(code, List.copyOf(list));
            }
        });
        return new CompareNotes(merges, restated);
    }

    /** The merges that took {@code code} into another unit. */
    List<Merge> mergedInto(String code) {
        return merges.stream().filter(merge -> merge.fromCode().equals(code)).toList();
    }

    /** The units merged to form (or into) {@code code}. */
    List<Merge> formedFrom(String code) {
        return merges.stream().filter(merge -> merge.toCode().equals(code)).toList();
    }

    /** The historic organizations that today's {@code code} stands for in "as is", empty when only itself. */
    List<String> restatedFrom(String code) {
        return restated.getOrDefault(code, List.of());
    }
}
