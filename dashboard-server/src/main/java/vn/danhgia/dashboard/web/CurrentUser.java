package vn.danhgia.dashboard.web;

import java.util.Objects;

/** The signed-in user of a request: name, what the account may reach, language and the session's CSRF token. */
public record CurrentUser(String name, Access access, String language, String csrfToken) {
    public CurrentUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(csrfToken, "csrfToken");
        if (access == Access.PUBLIC) {
            throw new IllegalArgumentException("an account has a role, not PUBLIC");
        }
    }

    public boolean may(Access required) {
        return required.allows(access);
    }
}
