package vn.danhgia.dashboard.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts that may log in to the dashboard, and the check of a login.
 *
 * <p>Passwords are kept only as Argon2 hashes and never logged. A login of an unknown name checks the
 * password against a dummy hash, so it takes as long as a known one. Failed logins are counted per
 * name and per address, and once there are too many ({@link ThrottlePolicy}) attempts are refused for a
 * growing delay, even with the right password.
 *
 * <p>Changing an account's password, role or state ends its sessions in the same transaction. This
 * class does not write the audit log: the caller knows who acted ({@code cli:<user>}, an admin) and
 * records it with {@link AuditLog}.
 */
public final class Accounts {
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    public static final int MIN_NAME_LENGTH = 3;
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 256;

    /** Letters and digits with no look-alikes (no 0 O o 1 l I). */
    static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    static final int GENERATED_PASSWORD_LENGTH = 16;

    private static final Pattern NAME =
            Pattern.compile("[A-Za-z0-9._-]{" + MIN_NAME_LENGTH + "," + MAX_NAME_LENGTH + "}");

    /** How much of a client's address is kept (an IPv6 address with zone fits). */
    private static final int MAX_ADDRESS_LENGTH = 100;

    private final AppDatabase database;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher = new PasswordHasher();

    public Accounts(AppDatabase database) {
        this(database, Clock.systemUTC(), ThrottlePolicy.DEFAULT);
    }

    public Accounts(AppDatabase database, Clock clock, ThrottlePolicy policy) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.throttle = new LoginThrottle(policy);
    }

    /** Creates an account; refuses a name taken in any case, a malformed name or a short password. */
    public Account add(String name, Role role, char[] password) {
        checkName(name);
        Objects.requireNonNull(role, "role");
        checkPassword(password);
        String hash = hasher.hash(password);
        Instant now = Timestamps.now(clock);
        Account added = database.write(connection -> {
            if (find(connection, name).isPresent()) {
                throw new AccountException(
                        AccountException.Reason.DUPLICATE_NAME,
                        AuthMessages.MESSAGES.format("account.duplicate", name));
            }
            try (PreparedStatement insert = connection.prepareStatement(Sql.of("account_insert"))) {
                insert.setString(1, name);
                insert.setString(2, role.code());
                insert.setString(3, hash);
                insert.setString(4, Account.VIETNAMESE);
                insert.setString(5, Timestamps.format(now));
                insert.setString(6, Timestamps.format(now));
                insert.executeUpdate();
            }
            return find(connection, name).orElseThrow().account();
        });
        LOG.debug("account {} added with role {}", name, role.code());
        return added;
    }

    /** Sets a new password and ends the account's sessions. */
    public Account changePassword(String name, char[] password) {
        checkPassword(password);
        String hash = hasher.hash(password);
        String now = Timestamps.format(Timestamps.now(clock));
        return update(name, "account_update_password", true, hash, now);
    }

    /** Gives the account another role and ends its sessions (their pages were allowed by the old one). */
    public Account changeRole(String name, Role role) {
        return update(
                name,
                "account_update_role",
                true,
                Objects.requireNonNull(role, "role").code());
    }

    /** Stops the account from logging in and ends its sessions. */
    public Account disable(String name) {
        return update(name, "account_update_disabled", true, 1);
    }

    /** Lets a disabled account log in again. */
    public Account enable(String name) {
        return update(name, "account_update_disabled", false, 0);
    }

    /** The language of the account's pages: {@code vi} or {@code en}. */
    public Account setLanguage(String name, String language) {
        if (!Account.VIETNAMESE.equals(language) && !Account.ENGLISH.equals(language)) {
            throw new AccountException(
                    AccountException.Reason.UNKNOWN_LANGUAGE,
                    AuthMessages.MESSAGES.format("account.unknownLanguage", language));
        }
        return update(name, "account_update_language", false, language);
    }

    /** Every account, by name, without password hashes. */
    public List<Account> list() {
        return database.read(connection -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(Sql.of("account_list"));
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    accounts.add(account(rows));
                }
            }
            return List.copyOf(accounts);
        });
    }

    /** The account of that name in any case, if there is one. */
    public Optional<Account> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return database.read(connection -> find(connection, name).map(Stored::account));
    }

    /**
     * Checks a login. Refused without looking at the password while the name or the address is
     * throttled; a wrong password (or an unknown name) counts as a failure; a success clears the
     * name's failures. The caller records the outcome in the audit log.
     */
    public LoginResult authenticate(String name, char[] password, String address) {
        Objects.requireNonNull(password, "password");
        String accountKey = accountKey(name);
        String from = address == null ? "" : truncate(address, MAX_ADDRESS_LENGTH);
        Instant now = Timestamps.now(clock);
        Optional<Duration> wait = database.read(connection -> throttle.waitFor(connection, accountKey, from, now));
        if (wait.isPresent()) {
            return new LoginResult.Throttled(wait.get());
        }
        Optional<Stored> stored = name == null ? Optional.empty() : database.read(connection -> find(connection, name));
        boolean matches;
        if (stored.isEmpty()) {
            hasher.matchNothing(password);
            matches = false;
        } else {
            matches = hasher.matches(password, stored.get().passwordHash());
        }
        if (!matches) {
            database.write(connection -> {
                throttle.recordFailure(connection, accountKey, from, now);
                return null;
            });
            return new LoginResult.BadCredentials();
        }
        Account account = stored.get().account();
        if (account.disabled()) {
            return new LoginResult.Disabled();
        }
        database.write(connection -> {
            throttle.clear(connection, accountKey);
            return null;
        });
        return new LoginResult.Success(account);
    }

    /** A random password of 16 letters and digits without look-alikes (about 93 bits). */
    public static String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int index = 0; index < GENERATED_PASSWORD_LENGTH; index++) {
            password.append(PASSWORD_ALPHABET.charAt(Tokens.random().nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** Refuses a name that is not 3–64 letters (a–z, A–Z), digits, dots, underscores or hyphens. */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AccountException(
                    AccountException.Reason.INVALID_NAME,
                    AuthMessages.MESSAGES.format("account.invalidName", name, MIN_NAME_LENGTH, MAX_NAME_LENGTH));
        }
    }

    /** Refuses a password shorter than 12 characters (or absurdly long). */
    public static void checkPassword(char[] password) {
        Objects.requireNonNull(password, "password");
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountException(
                    AccountException.Reason.SHORT_PASSWORD,
                    AuthMessages.MESSAGES.format("account.shortPassword", MIN_PASSWORD_LENGTH));
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new AccountException(
                    AccountException.Reason.LONG_PASSWORD,
                    AuthMessages.MESSAGES.format("account.longPassword", MAX_PASSWORD_LENGTH));
        }
    }

    private Account update(String name, String statementName, boolean endSessions, Object... values) {
        Account updated = database.write(connection -> {
            Stored stored = find(connection, name).orElseThrow(() -> unknown(name));
            try (PreparedStatement update = connection.prepareStatement(Sql.of(statementName))) {
                int index = 1;
                for (Object value : values) {
                    update.setObject(index++, value);
                }
                update.setLong(index, stored.id());
                update.executeUpdate();
            }
            if (endSessions) {
                try (PreparedStatement delete = connection.prepareStatement(Sql.of("sessions_delete_for_account"))) {
                    delete.setLong(1, stored.id());
                    delete.executeUpdate();
                }
            }
            return find(connection, name).orElseThrow().account();
        });
        LOG.debug("account {}: {}", updated.name(), statementName.substring("account_update_".length()));
        return updated;
    }

    static AccountException unknown(String name) {
        return new AccountException(
                AccountException.Reason.UNKNOWN_ACCOUNT, AuthMessages.MESSAGES.format("account.unknown", name));
    }

    /** An account row with what only this class sees. */
    private record Stored(long id, Account account, String passwordHash) {}

    private static Optional<Stored> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(Sql.of("account_find"))) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Stored(rows.getLong("account_id"), account(rows), rows.getString("password_hash")));
            }
        }
    }

    static Account account(ResultSet rows) throws SQLException {
        return new Account(
                rows.getString("name"),
                Role.parse(rows.getString("role")),
                rows.getInt("is_disabled") == 1,
                rows.getString("language"),
                Timestamps.parse(rows.getString("created_at")),
                Timestamps.parse(rows.getString("password_changed_at")));
    }

    /** The name as throttling counts it: lower case, whatever was typed, bounded in length. */
    private static String accountKey(String name) {
        return name == null ? "" : truncate(name.strip().toLowerCase(Locale.ROOT), MAX_NAME_LENGTH);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
