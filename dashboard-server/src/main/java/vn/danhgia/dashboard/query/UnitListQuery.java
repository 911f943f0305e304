package vn.danhgia.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.text.VietnameseText;

/**
 * The grassroots organizations for the unit list: each with its type, whether it still exists, its
 * latest organization level and its members in the latest year it has member rows. The search folds
 * names as the loader does ({@link VietnameseText#fold}: "dong hoa" finds "Đông Hòa").
 */
public final class UnitListQuery {
    private final Connection connection;

    public UnitListQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * One organization in its latest registered version. {@code levelYear}/{@code level}: its latest
     * organization rating; {@code membersYear}/{@code countMembers}: its member rows in the latest year
     * that has any (empty when none).
     */
    public record UnitSummary(
            String unitCode,
            String unitName,
            Optional<String> unitType,
            Optional<LocalDate> validFrom,
            Optional<LocalDate> validTo,
            boolean current,
            boolean provisional,
            Optional<Integer> levelYear,
            Optional<String> level,
            Optional<Integer> membersYear,
            long countMembers) {
        public UnitSummary {
            Checks.text("unitCode", unitCode);
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(validTo, "validTo");
            Objects.requireNonNull(levelYear, "levelYear");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(membersYear, "membersYear");
            Checks.count("countMembers", countMembers);
        }

        /** Whether the folded name or the code contains the folded {@code search}. */
        public boolean matches(String search) {
            String folded = VietnameseText.fold(search);
            return folded.isEmpty()
                    || VietnameseText.fold(unitName).contains(folded)
                    || VietnameseText.fold(unitCode).contains(folded);
        }
    }

    /** Every grassroots organization, by name. */
    public List<UnitSummary> all() throws SQLException {
        return SqlQueries.list(
                connection,
                "unit_list",
                row -> new UnitSummary(
                        row.string("unit_code"),
                        row.optionalString("unit_name").orElse(row.string("unit_code")),
                        row.optionalString("unit_type"),
                        row.optionalDate("valid_from"),
                        row.optionalDate("valid_to"),
                        row.flag("is_current"),
                        row.flag("is_provisional"),
                        row.optionalInteger("level_year"),
                        row.optionalString("final_level"),
                        row.optionalInteger("members_year"),
                        row.count("count_members")));
    }

    /** The organizations whose name or code contains {@code search} (folded) and of {@code unitType}, if given. */
    public static List<UnitSummary> filter(List<UnitSummary> units, String search, Optional<String> unitType) {
        return units.stream()
                .filter(unit -> unitType.isEmpty() || unit.unitType().equals(unitType))
                .filter(unit -> unit.matches(search))
                .toList();
    }
}
