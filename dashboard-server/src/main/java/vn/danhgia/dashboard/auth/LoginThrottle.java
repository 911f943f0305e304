package vn.danhgia.dashboard.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts failed logins per name and per address (in {@code login_failures}) and says how long the
 * next attempt must wait. Names are counted whether or not an account has them, so a throttled
 * unknown name looks like a throttled known one.
 */
final class LoginThrottle {
    /** Failures older than this are deleted: far past any window. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final ThrottlePolicy policy;

    LoginThrottle(ThrottlePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** How long to wait before {@code accountKey} may try again from {@code address}; empty if now. */
    Optional<Duration> waitFor(Connection connection, String accountKey, String address, Instant now)
            throws SQLException {
        Instant since = now.minus(policy.window());
        Duration byAccount =
                wait(connection, "login_failures_for_account", accountKey, since, now, policy.accountLimit());
        Duration byAddress = wait(connection, "login_failures_for_address", address, since, now, policy.addressLimit());
        Duration longer = byAccount.compareTo(byAddress) >= 0 ? byAccount : byAddress;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    private Duration wait(Connection connection, String query, String key, Instant since, Instant now, int limit)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.of(query))) {
            statement.setString(1, key);
            statement.setString(2, Timestamps.format(since));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                int failures = rows.getInt(1);
                String last = rows.getString(2);
                if (last == null) {
                    return Duration.ZERO;
                }
                Instant until = Timestamps.parse(last).plus(policy.delayAfter(failures, limit));
                if (!until.isAfter(now)) {
                    return Duration.ZERO;
                }
                long millis = Duration.between(now, until).toMillis();
                return Duration.ofSeconds((millis + 999) / 1000); // whole seconds, rounded up
            }
        }
    }

    void recordFailure(Connection connection, String accountKey, String address, Instant now) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement(Sql.of("login_failures_purge"))) {
            purge.setString(1, Timestamps.format(now.minus(KEPT)));
            purge.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(Sql.of("login_failure_insert"))) {
            insert.setString(1, accountKey);
            insert.setString(2, address);
            insert.setString(3, Timestamps.format(now));
            insert.executeUpdate();
        }
    }

    void clear(Connection connection, String accountKey) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(Sql.of("login_failures_clear_account"))) {
            delete.setString(1, accountKey);
            delete.executeUpdate();
        }
    }
}
