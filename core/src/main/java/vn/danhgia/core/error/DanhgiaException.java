package vn.danhgia.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * The one exception family of the project. It carries a stable error code (for tests, logs and the
 * rejects table), a message in the user's language that says what failed, why and how to fix it, and
 * where known the place in the source file.
 */
public class DanhgiaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient SourceLocation location;

    public DanhgiaException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public DanhgiaException(ErrorCode code, String message, SourceLocation location) {
        this(code, message, location, null);
    }

    public DanhgiaException(ErrorCode code, String message, SourceLocation location, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.location = location;
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /** The message prefixed with its location, as printed to a user. */
    public String describe() {
        return location == null ? getMessage() : location.describe() + ": " + getMessage();
    }
}
