package vn.danhgia.dashboard.auth;

import java.util.Objects;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * A change to the accounts that was refused because of what was asked (bad usage: the CLI exits with
 * 2, a web form shows the message beside the field). The message says what is wrong and how to fix it.
 */
public final class AccountException extends DanhgiaException {
    private static final long serialVersionUID = 1L;

    /** Why the change was refused, for a web form to pick the field. */
    public enum Reason {
        INVALID_NAME,
        DUPLICATE_NAME,
        UNKNOWN_ACCOUNT,
        SHORT_PASSWORD,
        LONG_PASSWORD,
        UNKNOWN_ROLE,
        UNKNOWN_LANGUAGE
    }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(ErrorCode.INVALID_USAGE, message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
