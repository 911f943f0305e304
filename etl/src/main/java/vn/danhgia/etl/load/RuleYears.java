package vn.danhgia.etl.load;

import java.sql.Connection;
import java.sql.SQLException;
import vn.danhgia.core.rules.RuleBook;

/**
 * core.dim_rule_year, rewritten from a rule book for every year the raw tables hold. A load writes it;
 * {@code danhgia analyze} writes it again so that the installation's current rules apply (a changed
 * {@code rules_file}, or a warehouse whose schema migration recreated the table) without a reload.
 */
public final class RuleYears {
    private RuleYears() {}

    public static void write(Connection connection, RuleBook rules) throws SQLException {
        ReferenceData.ruleYears(connection, rules);
    }
}
