package vn.danhgia.dashboard.report;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Objects;
import vn.danhgia.dashboard.query.LevelTally;
import vn.danhgia.dashboard.query.SqlQueries;

/**
 * One historic organization-year of ratings (members, organizations or leaders) with the organization of
 * today it counts for: {@code was*} as it was that year, {@code is*} today's organization and type, and the
 * weight of the mapping (1 unless the organization split). See {@code sql/report/levels.sql}.
 */
record LevelRow(
        int year,
        String wasCode,
        String wasName,
        String wasType,
        String isCode,
        String isName,
        String isType,
        BigDecimal weight,
        long countMembers,
        LevelTally tally) {
    LevelRow {
        Objects.requireNonNull(wasCode, "wasCode");
        Objects.requireNonNull(wasName, "wasName");
        Objects.requireNonNull(wasType, "wasType");
        Objects.requireNonNull(isCode, "isCode");
        Objects.requireNonNull(isName, "isName");
        Objects.requireNonNull(isType, "isType");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(tally, "tally");
    }

    static LevelRow of(SqlQueries.Row row) throws SQLException {
        return new LevelRow(
                row.integer("year"),
                row.string("was_code"),
                row.string("was_name"),
                row.optionalString("was_type").orElse("unknown"),
                row.string("is_code"),
                row.string("is_name"),
                row.string("is_type"),
                row.decimal("weight"),
                row.count("count_members"),
                new LevelTally(
                        row.decimal("count_rated"),
                        row.decimal("count_htxsnv"),
                        row.decimal("count_httnv"),
                        row.decimal("count_htnv"),
                        row.decimal("count_khtnv")));
    }

    /** The unit this row counts for in a restatement. */
    String code(Restatement restatement) {
        return restatement == Restatement.AS_IS ? isCode : wasCode;
    }

    String name(Restatement restatement) {
        return restatement == Restatement.AS_IS ? isName : wasName;
    }

    String unitType(Restatement restatement) {
        return restatement == Restatement.AS_IS ? isType : wasType;
    }

    /** The counts as they count in a restatement: times the weight "as is". */
    LevelTally tally(Restatement restatement) {
        if (restatement == Restatement.AS_WAS || weight.compareTo(BigDecimal.ONE) == 0) {
            return tally;
        }
        return new LevelTally(
                tally.countRated().multiply(weight),
                tally.countExcellent().multiply(weight),
                tally.countGood().multiply(weight),
                tally.countCompleted().multiply(weight),
                tally.countNotCompleted().multiply(weight));
    }
}
