package vn.danhgia.dashboard.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Logged-in sessions. The browser holds a random token (32 bytes, base64url) that is returned once, by
 * {@link #create}; the database keeps its SHA-256, so a copy of the database file opens no session.
 *
 * <p>A session ends after {@code idleTimeout} without a request (30 minutes by default) and in any
 * case {@code absoluteTimeout} after login (8 hours). Its last request time is written at most once a
 * minute, so that a page's many requests do not each write to the database.
 */
public final class Sessions {
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_ABSOLUTE_TIMEOUT = Duration.ofHours(8);

    /** How stale last_seen_at may get before a request writes it again. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** Longer tokens are not ours: refused before hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private static final int MAX_ADDRESS_LENGTH = 100;
    private static final int MAX_USER_AGENT_LENGTH = 500;

    private final AppDatabase database;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    public Sessions(AppDatabase database) {
        this(database, Clock.systemUTC(), DEFAULT_IDLE_TIMEOUT, DEFAULT_ABSOLUTE_TIMEOUT);
    }

    public Sessions(AppDatabase database, Clock clock, Duration idleTimeout, Duration absoluteTimeout) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.absoluteTimeout = Objects.requireNonNull(absoluteTimeout, "absoluteTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteTimeout.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("idleTimeout must be positive and absoluteTimeout at least as long: "
                    + idleTimeout + ", " + absoluteTimeout);
        }
    }

    /** Opens a session for an account that may log in; the returned token is never available again. */
    public Session create(Account account, String address, String userAgent) {
        Objects.requireNonNull(account, "account");
        String token = Tokens.newToken();
        String csrfToken = Tokens.newToken();
        String from = bounded(address, MAX_ADDRESS_LENGTH);
        String agent = bounded(userAgent, MAX_USER_AGENT_LENGTH);
        Instant now = Timestamps.now(clock);
        int inserted = database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(Sql.of("session_insert"))) {
                insert.setString(1, Tokens.digest(token));
                insert.setString(2, csrfToken);
                insert.setString(3, Timestamps.format(now));
                insert.setString(4, Timestamps.format(now));
                insert.setString(5, from);
                insert.setString(6, agent);
                insert.setString(7, account.name());
                return insert.executeUpdate();
            }
        });
        if (inserted != 1) {
            throw new IllegalArgumentException("No enabled account " + account.name() + " to open a session for");
        }
        return new Session(token, account, csrfToken, now, now, from, agent);
    }

    /**
     * The live session of a token: empty if there is none, if it has been idle or open too long (it is
     * then deleted), or if its account has been disabled.
     */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String id = Tokens.digest(token);
        Instant now = Timestamps.now(clock);
        Optional<Session> found = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(Sql.of("session_find"))) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Session(
                            token,
                            Accounts.account(rows),
                            rows.getString("csrf_token"),
                            Timestamps.parse(rows.getString("session_created_at")),
                            Timestamps.parse(rows.getString("last_seen_at")),
                            rows.getString("address"),
                            rows.getString("user_agent")));
                }
            }
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        if (expired(session, now) || session.account().disabled()) {
            delete(id);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
            database.write(connection -> {
                try (PreparedStatement touch = connection.prepareStatement(Sql.of("session_touch"))) {
                    touch.setString(1, Timestamps.format(now));
                    touch.setString(2, id);
                    return touch.executeUpdate();
                }
            });
            session = new Session(
                    token,
                    session.account(),
                    session.csrfToken(),
                    session.createdAt(),
                    now,
                    session.address(),
                    session.userAgent());
        }
        return Optional.of(session);
    }

    /** Ends the session of a token (logout); nothing happens if there is none. */
    public void invalidate(String token) {
        if (token != null && !token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH) {
            delete(Tokens.digest(token));
        }
    }

    /** Ends every session of an account (any case of its name); returns how many were open. */
    public int invalidateAll(String accountName) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(Sql.of("sessions_delete_for_name"))) {
                delete.setString(1, accountName);
                return delete.executeUpdate();
            }
        });
    }

    /** Deletes the sessions that have expired; returns how many. Sessions expire anyway when looked up. */
    public int purgeExpired() {
        Instant now = Timestamps.now(clock);
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(Sql.of("sessions_delete_expired"))) {
                delete.setString(1, Timestamps.format(now.minus(idleTimeout)));
                delete.setString(2, Timestamps.format(now.minus(absoluteTimeout)));
                return delete.executeUpdate();
            }
        });
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastSeenAt().plus(idleTimeout))
                || !now.isBefore(session.createdAt().plus(absoluteTimeout));
    }

    private void delete(String id) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(Sql.of("session_delete"))) {
                delete.setString(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private static String bounded(String text, int length) {
        if (text == null) {
            return "";
        }
        return text.length() <= length ? text : text.substring(0, length);
    }
}
