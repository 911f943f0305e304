package vn.danhgia.core.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.danhgia.core.i18n.Messages;

/** The user-facing text of this package, from {@code vn/danhgia/core/unit/messages*.properties}. */
final class UnitMessages {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.core.unit.messages");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private UnitMessages() {}

    static String format(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }

    /** The Vietnamese (or English) verb phrase for a change kind, e.g. "sáp nhập". */
    static String kind(ChangeKind kind) {
        return MESSAGES.format("changeKind." + kind.code());
    }

    /** Dates in messages are written the way registries write them: dd/MM/yyyy. */
    static String date(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }
}
