package vn.danhgia.dashboard.auth;

import java.util.Locale;

/** How an audited action ended: done, failed, or refused (not allowed, throttled, disabled). */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return AuthMessages.MESSAGES.format("audit.outcome." + code());
    }

    public static AuditOutcome fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
