package vn.danhgia.etl.generate;

import vn.danhgia.core.i18n.Messages;

/** The generator's user-facing texts (Vietnamese default, English beside it). */
final class GeneratorMessages {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.generate.messages");

    private GeneratorMessages() {}

    static String format(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }
}
