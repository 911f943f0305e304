package vn.danhgia.dashboard.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in browser: the account (as it is now in the database), the session's CSRF token, and when
 * and from where it started. {@link #toString()} shows neither token.
 *
 * @param token the raw token held in the browser's cookie; the database keeps only its SHA-256
 * @param csrfToken the value every state-changing form or request must send back
 */
public record Session(
        String token,
        Account account,
        String csrfToken,
        Instant createdAt,
        Instant lastSeenAt,
        String address,
        String userAgent) {

    public Session {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** Whether {@code given} is this session's CSRF token, compared in constant time; false for null. */
    public boolean csrfMatches(String given) {
        return Tokens.equalInConstantTime(csrfToken, given);
    }

    @Override
    public String toString() {
        return "Session[account=" + account.name() + ", role=" + account.role().code() + ", createdAt=" + createdAt
                + ", lastSeenAt=" + lastSeenAt + ", address=" + address + "]";
    }
}
