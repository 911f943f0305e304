package vn.danhgia.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import vn.danhgia.dashboard.query.OverviewQuery.MemberLevels;

/**
 * The member levels of one of today's organizations "as is": summed over every organization that became
 * it (core.unit_mapping), so a commune formed by a merger in 2024 shows its predecessors' members in the
 * years before. The "as was" levels are {@link UnitQuery.UnitDetail#memberLevels()}.
 */
public final class UnitMemberLevels {
    private UnitMemberLevels() {}

    /** Per year, oldest first; empty when no organization maps to {@code unitCode} today. */
    public static List<MemberLevels> asIs(Connection connection, String unitCode) throws SQLException {
        Objects.requireNonNull(unitCode, "unitCode");
        return SqlQueries.list(
                connection,
                "unit_member_levels_as_is",
                row -> new MemberLevels(
                        row.integer("year"),
                        row.count("count_members"),
                        row.count("count_rated"),
                        row.count("count_htxsnv"),
                        row.count("count_httnv"),
                        row.count("count_htnv"),
                        row.count("count_khtnv"),
                        row.count("count_exempt"),
                        row.count("count_suspended"),
                        row.count("count_new_member"),
                        row.count("count_not_rated"),
                        row.optionalDecimal("htxsnv_share"),
                        row.optionalDecimal("httnv_share"),
                        row.optionalDecimal("htnv_share"),
                        row.optionalDecimal("khtnv_share")),
                unitCode);
    }
}
