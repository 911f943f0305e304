package vn.danhgia.dashboard.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An account as the rest of the server sees it: never its password hash.
 *
 * @param name the login name as it was created (names are unique whatever their case)
 * @param language {@code vi} or {@code en}: the language of the pages this account reads
 */
public record Account(
        String name, Role role, boolean disabled, String language, Instant createdAt, Instant passwordChangedAt) {

    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        if (!VIETNAMESE.equals(language) && !ENGLISH.equals(language)) {
            throw new IllegalArgumentException("language must be vi or en: " + language);
        }
    }

    /** Whether this account may do what {@code required} may (and is not disabled). */
    public boolean may(Role required) {
        return !disabled && role.includes(required);
    }
}
