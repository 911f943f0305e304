package vn.danhgia.core.warehouse;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.core.rules.ExcellentOrganizationConditions;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.rules.RuleSet;
import vn.danhgia.core.rules.RuleTexts;
import vn.danhgia.core.rules.ScoreBand;

/**
 * core.dim_rule_year, rewritten from a rule book for every year the raw tables hold. A load writes it;
 * {@code danhgia analyze} writes it again so that the installation's current rules apply (a changed
 * {@code rules_file}, or a warehouse whose schema migration recreated the table) without a reload.
 */
public final class RuleYears {
    private RuleYears() {}

    public static void write(Connection connection, RuleBook rules) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet range = statement.executeQuery("""
                        select min(year), max(year) from (
                            select year from raw.member_rating union all select year from raw.org_rating
                            union all select year from raw.leader_rating union all select year from raw.summary_report
                            union all select year from raw.discipline union all select year from raw.monthly_score
                            union all select year from raw.task_result union all select year from raw.submission
                            union all select try_cast(review_year as int) from raw.shortcoming
                        ) where year is not null
                        """)) {
            if (range.next() && range.getObject(1) != null) {
                for (int year = range.getInt(1); year <= range.getInt(2); year++) {
                    years.add(year);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from core.dim_rule_year");
        }
        try (PreparedStatement insert =
                connection.prepareStatement("insert into core.dim_rule_year values (" + "?, ".repeat(30) + "?)")) {
            for (int year : years) {
                RuleSet rule;
                try {
                    rule = rules.forYear(year);
                } catch (DanhgiaException noRuleSet) {
                    continue; // years before the first rule set: staging rejects their rows by year
                }
                insert.setInt(1, year);
                insert.setString(
                        2,
                        rule.framework().regulation() + " + " + rule.framework().guidance());
                insert.setDouble(3, rule.excellentQuota().ratio());
                insert.setString(4, rule.excellentQuota().scope().name().toLowerCase(Locale.ROOT));
                setBand(insert, 5, rule, RatingLevel.EXCELLENT);
                setBand(insert, 6, rule, RatingLevel.GOOD);
                setBand(insert, 7, rule, RatingLevel.COMPLETED);
                insert.setDate(8, Date.valueOf(rule.deadlines().reviewDoneBy(year)));
                insert.setDate(9, Date.valueOf(rule.deadlines().reportSentBy(year)));
                insert.setBoolean(10, rule.excellentQuota().confirmed());
                ruleColumns(insert, rule, year);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Columns 11 on: the regulation, the discipline cap, the excellent-organization conditions and the
     * text of each rule as the detectors quote it (null where the year has no such rule).
     */
    private static void ruleColumns(PreparedStatement insert, RuleSet rule, int year) throws SQLException {
        RuleTexts texts = new RuleTexts(rule, year);
        ExcellentOrganizationConditions organization = rule.excellentOrganization();
        insert.setString(11, rule.framework().regulation());
        insert.setString(12, rule.framework().guidance());
        insert.setString(13, texts.disciplineMaximum().orElse(null));
        if (rule.discipline().isPresent()) {
            insert.setBoolean(14, rule.discipline().get().exceptSelfDetectedAndRemedied());
        } else {
            insert.setNull(14, Types.BOOLEAN);
        }
        setShare(insert, 15, organization.minShareMembersAtLeastCompleted());
        setShare(insert, 16, organization.minShareMembersAtLeastGood());
        insert.setBoolean(17, organization.noDisciplinedSubUnitOrLeadership());
        setShare(insert, 18, organization.notCompletedWhenShareSubUnitsDisciplinedAbove());
        setShare(insert, 19, organization.minShareTasksOnTime());
        setShare(insert, 20, organization.minShareTasksExceeded());
        setShare(insert, 21, organization.minShareShortcomingsRemedied());
        insert.setString(22, texts.quota());
        insert.setString(23, texts.discipline().orElse(null));
        insert.setString(24, texts.excellentOrganization().orElse(null));
        insert.setString(25, texts.scoreBands().orElse(null));
        insert.setString(26, texts.remedied().orElse(null));
        insert.setString(27, texts.results());
        insert.setString(28, texts.monthly());
        insert.setString(29, texts.review());
        insert.setString(30, texts.report());
        insert.setString(31, texts.summary());
    }

    private static void setShare(PreparedStatement insert, int index, OptionalDouble share) throws SQLException {
        if (share.isPresent()) {
            insert.setDouble(index, share.getAsDouble());
        } else {
            insert.setNull(index, Types.DOUBLE);
        }
    }

    private static void setBand(PreparedStatement insert, int index, RuleSet rule, RatingLevel level)
            throws SQLException {
        Optional<Double> minimum = rule.scoreBands().flatMap(bands -> bands.bands().stream()
                .filter(band -> band.level() == level)
                .findFirst()
                .map(ScoreBand::atLeast)
                .filter(atLeast -> atLeast.isPresent())
                .map(atLeast -> atLeast.getAsDouble()));
        if (minimum.isPresent()) {
            insert.setDouble(index, minimum.get());
        } else {
            insert.setNull(index, Types.DOUBLE);
        }
    }
}
