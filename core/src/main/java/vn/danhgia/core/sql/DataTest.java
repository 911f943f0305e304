package vn.danhgia.core.sql;

import java.util.Objects;

/**
 * A data test: one query that returns the rows breaking a rule, so no rows means the rule holds.
 * This is how the warehouse checks keys and not-null rules, which Spark tables cannot declare.
 *
 * @param name the file under {@code sql/tests/} without {@code .sql}, e.g. {@code core/unique_member_rating}
 * @param query the query, without a terminating semicolon
 */
public record DataTest(String name, String query) {

    public DataTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("Data test " + name + " has no query");
        }
    }
}
