package vn.danhgia.dashboard.auth;

import java.util.Locale;

/** What an audit entry records. Stored by {@link #code()}; new actions are added at the end. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGOUT,
    UPLOAD,
    EXPORT,
    IDENTITY_LOOKUP,
    ACCOUNT_ADD,
    ACCOUNT_PASSWORD,
    ACCOUNT_ROLE,
    ACCOUNT_DISABLE,
    LANGUAGE,
    UNIT_MAPPING,
    QUERY,
    ACCOUNT_ENABLE,
    COLUMN_MAPPING;

    /** The stored form: {@code login_success}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name a user reads, in the process's language. */
    public String label() {
        return AuthMessages.MESSAGES.format("audit.action." + code());
    }

    public static AuditAction fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
