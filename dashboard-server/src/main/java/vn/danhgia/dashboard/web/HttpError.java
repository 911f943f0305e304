package vn.danhgia.dashboard.web;

import java.util.List;
import java.util.Objects;

/**
 * An answer other than a page: the status and a message (a key of the dashboard's messages, with its
 * arguments) shown on the error page in the user's language. Thrown by controllers, mapped once in
 * {@link DashboardApp}.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient List<Object> arguments;

    public HttpError(int status, String messageKey, Object... arguments) {
        super(messageKey);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.of(arguments);
    }

    public static HttpError badRequest(String messageKey, Object... arguments) {
        return new HttpError(400, messageKey, arguments);
    }

    public static HttpError notFound(String messageKey, Object... arguments) {
        return new HttpError(404, messageKey, arguments);
    }

    public static HttpError forbidden() {
        return new HttpError(403, "error.forbidden");
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
