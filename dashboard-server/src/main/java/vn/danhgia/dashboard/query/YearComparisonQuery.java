package vn.danhgia.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Two years side by side, per unit type and per grassroots organization, "as was" (each year's units)
 * or "as is" (history restated in today's units through {@code core.unit_mapping}). The by-type rows
 * add up the organization rows: in "as was" each year's type (so they equal
 * {@code mart.level_distribution_by_type}), in "as is" today's type.
 */
public final class YearComparisonQuery {
    private final Connection connection;

    public YearComparisonQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** The view of history: units as they were each year, or mapped onto today's units. */
    public enum View {
        AS_WAS("as_was"),
        AS_IS("as_is");

        private final String code;

        View(String code) {
            this.code = code;
        }

        /** The code stored in {@code mart.yoy_delta.view} and used in URLs. */
        public String code() {
            return code;
        }

        /** The view of a code; anything else is refused. */
        public static View of(String code) {
            for (View view : values()) {
                if (view.code.equals(code)) {
                    return view;
                }
            }
            throw new IllegalArgumentException("unknown view '" + code + "': expected as_was or as_is");
        }
    }

    /**
     * One organization in both years. In "as was" the unit types are each year's; in "as is" both are
     * today's. {@code mergedAway}: the unit merged into another (it has no later year);
     * {@code mergerResult}: a merger created it (it has no earlier year in "as was").
     */
    public record OrganizationComparison(
            String organizationCode,
            String organizationName,
            String fromUnitType,
            String toUnitType,
            LevelTally from,
            LevelTally to,
            boolean inFromYear,
            boolean inToYear,
            boolean mergedAway,
            boolean mergerResult) {
        public OrganizationComparison {
            Checks.text("organizationCode", organizationCode);
            Objects.requireNonNull(organizationName, "organizationName");
            Objects.requireNonNull(fromUnitType, "fromUnitType");
            Objects.requireNonNull(toUnitType, "toUnitType");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public LevelTally.LevelDelta delta() {
            return to.minus(from);
        }
    }

    /** One unit type in both years. */
    public record TypeComparison(String unitType, LevelTally from, LevelTally to) {
        public TypeComparison {
            Checks.text("unitType", unitType);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public LevelTally.LevelDelta delta() {
            return to.minus(from);
        }
    }

    /** The comparison of {@code fromYear} with {@code toYear}: totals, by type (by code), by organization (by name). */
    public record YearComparison(
            int fromYear,
            int toYear,
            View view,
            LevelTally fromTotal,
            LevelTally toTotal,
            List<TypeComparison> byType,
            List<OrganizationComparison> byOrganization) {
        public YearComparison {
            Checks.year(fromYear);
            Checks.year(toYear);
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(fromTotal, "fromTotal");
            Objects.requireNonNull(toTotal, "toTotal");
            byType = List.copyOf(byType);
            byOrganization = List.copyOf(byOrganization);
        }

        public LevelTally.LevelDelta totalDelta() {
            return toTotal.minus(fromTotal);
        }
    }

    public YearComparison compare(int fromYear, int toYear, View view) throws SQLException {
        Checks.year(fromYear);
        Checks.year(toYear);
        Objects.requireNonNull(view, "view");
        List<OrganizationComparison> organizations = SqlQueries.list(
                connection,
                "comparison_by_organization",
                row -> new OrganizationComparison(
                        row.string("unit_code"),
                        row.string("unit_name"),
                        row.string("from_unit_type"),
                        row.string("to_unit_type"),
                        tally(row, "from_"),
                        tally(row, "to_"),
                        row.flag("is_in_from_year"),
                        row.flag("is_in_to_year"),
                        row.flag("is_merged_away"),
                        row.flag("is_merger_result")),
                view.code(),
                fromYear,
                toYear);
        Map<String, LevelTally[]> types = new TreeMap<>();
        LevelTally fromTotal = LevelTally.EMPTY;
        LevelTally toTotal = LevelTally.EMPTY;
        for (OrganizationComparison organization : organizations) {
            if (organization.inFromYear()) {
                LevelTally[] sides = types.computeIfAbsent(organization.fromUnitType(), type -> empty());
                sides[0] = sides[0].plus(organization.from());
                fromTotal = fromTotal.plus(organization.from());
            }
            if (organization.inToYear()) {
                LevelTally[] sides = types.computeIfAbsent(organization.toUnitType(), type -> empty());
                sides[1] = sides[1].plus(organization.to());
                toTotal = toTotal.plus(organization.to());
            }
        }
        List<TypeComparison> byType = new ArrayList<>();
        types.forEach((type, sides) -> byType.add(new TypeComparison(type, sides[0], sides[1])));
        return new YearComparison(fromYear, toYear, view, fromTotal, toTotal, byType, organizations);
    }

    private static LevelTally[] empty() {
        return new LevelTally[] {LevelTally.EMPTY, LevelTally.EMPTY};
    }

    private static LevelTally tally(SqlQueries.Row row, String side) throws SQLException {
        String prefix = side.toLowerCase(Locale.ROOT);
        return new LevelTally(
                row.decimal(prefix + "count_rated"),
                row.decimal(prefix + "count_htxsnv"),
                row.decimal(prefix + "count_httnv"),
                row.decimal(prefix + "count_htnv"),
                row.decimal(prefix + "count_khtnv"));
    }
}
