package vn.danhgia.dashboard.page;

import java.time.Instant;
import java.time.ZoneId;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.web.Texts;

/**
 * The admin pages' words that the auth package already owns (audit actions and outcomes, in its bundle),
 * in the reader's language rather than the process's ({@link AuditAction#label()} uses the latter), and
 * times written in the server's zone.
 */
final class AdminTexts {
    private static final Messages AUTH = Messages.of("vn.danhgia.dashboard.auth.messages");

    private AdminTexts() {}

    static String action(Texts texts, AuditAction action) {
        return AUTH.format(texts.locale(), "audit.action." + action.code());
    }

    static String outcome(Texts texts, AuditOutcome outcome) {
        return AUTH.format(texts.locale(), "audit.outcome." + outcome.code());
    }

    static String time(Texts texts, Instant instant, ZoneId zone) {
        return texts.dateTime(instant.atZone(zone).toLocalDateTime());
    }
}
