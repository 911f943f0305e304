package vn.danhgia.dashboard.auth;

import vn.danhgia.core.i18n.Messages;

/** The user-facing text of this package, in {@code vn/danhgia/dashboard/auth/messages*.properties}. */
final class AuthMessages {
    static final String BUNDLE = "vn.danhgia.dashboard.auth.messages";
    static final Messages MESSAGES = Messages.of(BUNDLE);

    private AuthMessages() {}
}
