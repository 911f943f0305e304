package vn.danhgia.dashboard.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What an account may do. Each role includes the ones before it: an admin may do all an analyst
 * may, and an analyst all a viewer may (DESIGN.md, security model).
 */
public enum Role implements RouteRole {
    /** Standing Committee members: dashboards, findings, reports. */
    VIEWER,
    /** Analysts: also uploads, the SQL console and notebooks; members appear under pseudonyms. */
    ANALYST,
    /** Administrators: also accounts, identities and the audit log. */
    ADMIN;

    /** Whether this role may do everything {@code other} may. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The stored and typed name: {@code viewer}, {@code analyst}, {@code admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name a user reads, in the process's language (Người xem, Chuyên viên, Quản trị). */
    public String label() {
        return AuthMessages.MESSAGES.format("role." + code());
    }

    /** The name a user reads in {@code locale}: Vietnamese unless it is English. */
    public String label(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        return ResourceBundle.getBundle(AuthMessages.BUNDLE, language, NO_FALLBACK)
                .getString("role." + code());
    }

    /** The role typed by a user ({@code viewer}, {@code analyst}, {@code admin}, any case). */
    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.code().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
        }
        throw new AccountException(
                AccountException.Reason.UNKNOWN_ROLE, AuthMessages.MESSAGES.format("role.unknown", text));
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
