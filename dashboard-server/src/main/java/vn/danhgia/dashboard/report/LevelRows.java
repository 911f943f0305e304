package vn.danhgia.dashboard.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.danhgia.dashboard.query.LevelTally;

/**
 * The rows of one kind of rating (members, organizations or leaders) over every loaded year, summed in one
 * restatement: per year, per unit type and year, per organization and year.
 */
final class LevelRows {
    private final List<LevelRow> rows;
    private final Restatement restatement;

    LevelRows(List<LevelRow> rows, Restatement restatement) {
        this.rows = List.copyOf(rows);
        this.restatement = Objects.requireNonNull(restatement, "restatement");
    }

    /** One unit's (an organization or a unit type) counts in one year. */
    record Group(String code, String name, String unitType, int year, LevelTally tally, List<String> sources) {
        Group {
            sources = List.copyOf(sources);
        }
    }

    Restatement restatement() {
        return restatement;
    }

    List<LevelRow> rows() {
        return rows;
    }

    /** The years with rows, oldest first. */
    List<Integer> years() {
        return List.copyOf(new TreeSet<>(rows.stream().map(LevelRow::year).toList()));
    }

    /** The total of a year (empty counts when it has no rows). */
    LevelTally total(int year) {
        LevelTally total = LevelTally.EMPTY;
        for (LevelRow row : rows) {
            if (row.year() == year) {
                total = total.plus(row.tally(restatement));
            }
        }
        return total;
    }

    long members(int year) {
        return rows.stream()
                .filter(row -> row.year() == year)
                .mapToLong(LevelRow::countMembers)
                .sum();
    }

    /** The unit types of a year with their counts, by type code. */
    Map<String, LevelTally> byType(int year) {
        Map<String, LevelTally> types = new TreeMap<>();
        for (LevelRow row : rows) {
            if (row.year() == year) {
                types.merge(row.unitType(restatement), row.tally(restatement), LevelTally::plus);
            }
        }
        return types;
    }

    /** The unit types of any of the years. */
    List<String> types(List<Integer> years) {
        TreeSet<String> types = new TreeSet<>();
        for (LevelRow row : rows) {
            if (years.contains(row.year())) {
                types.add(row.unitType(restatement));
            }
        }
        return List.copyOf(types);
    }

    /**
     * The organizations of the given years, by name then code, each with its counts in each of those years
     * (a year it has no rows in is absent) and, "as is", the historic organizations it stands for.
     */
    Map<String, Map<Integer, Group>> byOrganization(List<Integer> years) {
        Map<String, Map<Integer, Group>> organizations = new TreeMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (LevelRow row : rows) {
            if (!years.contains(row.year())) {
                continue;
            }
            String code = row.code(restatement);
            String key = keys.computeIfAbsent(code, c -> row.name(restatement) + "\u0000" + c);
            Map<Integer, Group> byYear = organizations.computeIfAbsent(key, k -> new TreeMap<>());
            Group earlier = byYear.get(row.year());
            List<String> sources = new ArrayList<>(earlier == null ? List.of() : earlier.sources());
            if (restatement == Restatement.AS_IS && !row.wasCode().equals(code) && !sources.contains(row.wasName())) {
                sources.add(row.wasName());
            }
            byYear.put(
                    row.year(),
                    new Group(
                            code,
                            row.name(restatement),
                            row.unitType(restatement),
                            row.year(),
                            earlier == null
                                    ? row.tally(restatement)
                                    : earlier.tally().plus(row.tally(restatement)),
                            sources));
        }
        return organizations;
    }
}
