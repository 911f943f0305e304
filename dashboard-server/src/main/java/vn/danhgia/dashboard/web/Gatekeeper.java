package vn.danhgia.dashboard.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.dashboard.auth.Account;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.auth.Session;
import vn.danhgia.dashboard.auth.Sessions;

/**
 * Runs before every matched route: finds the request's session, checks the role the route declares
 * (deny by default: a route that declares none is refused to everybody) and the CSRF token of every
 * state-changing request. The user it finds is put on the request for the controllers.
 */
public final class Gatekeeper {
    public static final String SESSION_COOKIE = "danhgia_session";
    static final String USER_ATTRIBUTE = "danhgia.user";
    static final String SESSION_ATTRIBUTE = "danhgia.session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final Sessions sessions;
    private final boolean secureCookies;

    public Gatekeeper(Sessions sessions, boolean secureCookies) {
        this.sessions = sessions;
        this.secureCookies = secureCookies;
    }

    /** The signed-in user of a request that passed the gate, if any. */
    public static Optional<CurrentUser> user(Context context) {
        return Optional.ofNullable(context.attribute(USER_ATTRIBUTE));
    }

    /** The signed-in user of a route that requires one. */
    public static CurrentUser requireUser(Context context) {
        return user(context).orElseThrow(HttpError::forbidden);
    }

    public void check(Context context) {
        Set<RouteRole> roles = context.routeRoles();
        Optional<CurrentUser> user = resolve(context);
        user.ifPresent(found -> context.attribute(USER_ATTRIBUTE, found));
        if (roles.isEmpty()) {
            throw HttpError.forbidden(); // deny by default
        }
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        if (user.isEmpty()) {
            if (context.method() == HandlerType.GET) {
                String next =
                        context.queryString() == null ? context.path() : context.path() + "?" + context.queryString();
                boolean hadSession = context.cookie(SESSION_COOKIE) != null;
                throw new LoginRequired(next, hadSession);
            }
            throw new HttpError(401, "error.expired");
        }
        CurrentUser current = user.get();
        boolean allowed = roles.stream().anyMatch(role -> role instanceof Access access && current.may(access));
        if (!allowed) {
            throw HttpError.forbidden();
        }
        if (changesState(context.method()) && !csrfMatches(context)) {
            throw new HttpError(403, "error.csrf");
        }
    }

    private Optional<CurrentUser> resolve(Context context) {
        String token = context.cookie(SESSION_COOKIE);
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<Session> session = sessions.find(token);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Account found = session.get().account();
        if (found.disabled()) {
            return Optional.empty();
        }
        context.attribute(SESSION_ATTRIBUTE, session.get());
        return Optional.of(new CurrentUser(
                found.name(),
                access(found.role()),
                found.language(),
                session.get().csrfToken()));
    }

    private boolean csrfMatches(Context context) {
        Session session = context.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            return false;
        }
        String sent = context.header(CSRF_HEADER);
        if (sent == null) {
            sent = context.formParam(CSRF_FIELD);
        }
        return sent != null && session.csrfMatches(sent);
    }

    private static boolean changesState(HandlerType method) {
        return method == HandlerType.POST
                || method == HandlerType.PUT
                || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    public static Access access(Role role) {
        return switch (role) {
            case VIEWER -> Access.VIEWER;
            case ANALYST -> Access.ANALYST;
            case ADMIN -> Access.ADMIN;
        };
    }

    /** The session cookie: HttpOnly, SameSite=Strict, Secure when the server is behind TLS. */
    public Cookie sessionCookie(String token, int maxAgeSeconds) {
        return new Cookie(SESSION_COOKIE, token, "/", maxAgeSeconds, secureCookies, true, null, SameSite.STRICT);
    }

    public Cookie expiredSessionCookie() {
        return sessionCookie("", 0);
    }

    public boolean secureCookies() {
        return secureCookies;
    }

    /** A page that needs an account was asked for without one: the login page, then back to {@code next}. */
    public static final class LoginRequired extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String next;
        private final boolean expired;

        LoginRequired(String next, boolean expired) {
            super("login required", null, false, false);
            this.next = next;
            this.expired = expired;
        }

        public String next() {
            return next;
        }

        public boolean expired() {
            return expired;
        }
    }
}
