package vn.danhgia.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the select boxes offer and what every page says about the data: the years loaded, the unit types
 * present, the grassroots organizations, the detectors that flagged anything, whether the data is
 * simulated, and its origin.
 *
 * @param years rating years loaded, newest first
 * @param unitTypes unit type codes of organizations with member ratings (see {@link Labels#unitType})
 * @param organizations grassroots organizations, by name
 * @param detectors detectors present in {@code mart.findings}, by name
 * @param simulated whether the data is simulated ({@code meta.pseudonym_key.is_demo}): every page must say so
 * @param origin when the data was last loaded and from how many files
 */
public record FilterOptions(
        List<Integer> years,
        List<String> unitTypes,
        List<Organization> organizations,
        List<DetectorOption> detectors,
        boolean simulated,
        DataOrigin origin) {

    public FilterOptions {
        years = List.copyOf(years);
        unitTypes = List.copyOf(unitTypes);
        organizations = List.copyOf(organizations);
        detectors = List.copyOf(detectors);
        Objects.requireNonNull(origin, "origin");
    }

    /** A grassroots organization as the select box shows it; {@code current} when its latest version has not ended. */
    public record Organization(
            String code, String name, Optional<String> unitType, boolean current, boolean provisional) {
        public Organization {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unitType, "unitType");
        }
    }

    /** A detector and how many findings it has. */
    public record DetectorOption(String detector, long countFindings) {
        public DetectorOption {
            Objects.requireNonNull(detector, "detector");
            if (countFindings < 0) {
                throw new IllegalArgumentException("countFindings < 0: " + countFindings);
            }
        }
    }

    /** The last load's time (UTC, as stored) and the number of files loaded; empty time when nothing is loaded. */
    public record DataOrigin(Optional<LocalDateTime> latestLoadAt, long countFiles) {
        public DataOrigin {
            Objects.requireNonNull(latestLoadAt, "latestLoadAt");
            if (countFiles < 0) {
                throw new IllegalArgumentException("countFiles < 0: " + countFiles);
            }
        }
    }

    /** Reads the options from the warehouse. */
    public static FilterOptions load(Connection connection) throws SQLException {
        List<Integer> years = SqlQueries.list(connection, "filter_years", row -> row.integer("year"));
        List<String> unitTypes = SqlQueries.list(connection, "filter_unit_types", row -> row.string("unit_type"));
        List<Organization> organizations = SqlQueries.list(
                connection,
                "filter_organizations",
                row -> new Organization(
                        row.string("unit_code"),
                        row.optionalString("unit_name").orElse(row.string("unit_code")),
                        row.optionalString("unit_type"),
                        row.flag("is_current"),
                        row.flag("is_provisional")));
        List<DetectorOption> detectors = SqlQueries.list(
                connection,
                "filter_detectors",
                row -> new DetectorOption(row.string("detector"), row.count("count_findings")));
        record Origin(boolean simulated, DataOrigin origin) {}
        Origin origin = SqlQueries.first(
                        connection,
                        "filter_origin",
                        row -> new Origin(
                                row.flag("is_simulated"),
                                new DataOrigin(row.optionalTimestamp("latest_load_at"), row.count("count_files"))))
                .orElse(new Origin(false, new DataOrigin(Optional.empty(), 0)));
        return new FilterOptions(years, unitTypes, organizations, detectors, origin.simulated(), origin.origin());
    }
}
