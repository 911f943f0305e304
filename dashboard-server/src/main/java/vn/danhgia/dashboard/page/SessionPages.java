package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.auth.LoginResult;
import vn.danhgia.dashboard.auth.Session;
import vn.danhgia.dashboard.web.CurrentUser;
import vn.danhgia.dashboard.web.Gatekeeper;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.Texts;

/**
 * Logging in and out, and the language switch. The login form carries a token that must equal a cookie
 * set with the form (a login CSRF defence: another site cannot log a browser into an account of its
 * choosing); a successful login starts a new session, so a session id planted before login is useless.
 */
final class SessionPages {
    static final String LOGIN_COOKIE = "danhgia_login";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pages pages;
    private final Gatekeeper gatekeeper;

    SessionPages(Pages pages, Gatekeeper gatekeeper) {
        this.pages = pages;
        this.gatekeeper = gatekeeper;
    }

    void loginForm(Context context) {
        Form.allow(context, "next", "expired", "out", "lang");
        if (Gatekeeper.user(context).isPresent()) {
            context.redirect(safeNext(context.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        String lang = context.queryParam("lang");
        if (lang != null) {
            context.cookie(new Cookie(
                    Pages.LANGUAGE_COOKIE,
                    Texts.of(lang).language(),
                    "/",
                    365 * 24 * 3600,
                    gatekeeper.secureCookies(),
                    true,
                    null,
                    SameSite.STRICT));
        }
        Texts texts = pages.texts(context);
        String notice = context.queryParam("expired") != null
                ? texts.t("login.expired")
                : context.queryParam("out") != null ? texts.t("login.loggedOut") : "";
        showForm(context, notice, "", "", HttpStatus.OK);
    }

    void login(Context context) {
        Texts texts = pages.texts(context);
        String expected = context.cookie(LOGIN_COOKIE);
        String sent = context.formParam("_login");
        String name = Optional.ofNullable(context.formParam("name")).orElse("").strip();
        if (expected == null
                || sent == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            showForm(context, "", texts.t("login.stale"), name, HttpStatus.FORBIDDEN);
            return;
        }
        String password = Optional.ofNullable(context.formParam("password")).orElse("");
        String address = context.ip();
        LoginResult result = pages.dashboard().accounts().authenticate(name, password.toCharArray(), address);
        if (result instanceof LoginResult.Success success) {
            Session created = pages.dashboard().sessions().create(success.account(), address, userAgent(context));
            audit(context, name, AuditAction.LOGIN_SUCCESS, AuditOutcome.SUCCESS, "");
            context.removeCookie(LOGIN_COOKIE, "/dang-nhap");
            context.cookie(gatekeeper.sessionCookie(created.token(), -1));
            context.redirect(safeNext(context.formParam("next")), HttpStatus.SEE_OTHER);
        } else if (result instanceof LoginResult.Throttled throttled) {
            audit(context, name, AuditAction.LOGIN_FAILURE, AuditOutcome.DENIED, "throttled");
            showForm(
                    context,
                    "",
                    texts.t("login.throttled", throttled.retryAfter().toSeconds()),
                    name,
                    HttpStatus.TOO_MANY_REQUESTS);
        } else if (result instanceof LoginResult.Disabled) {
            audit(context, name, AuditAction.LOGIN_FAILURE, AuditOutcome.DENIED, "disabled");
            showForm(context, "", texts.t("login.disabled"), name, HttpStatus.FORBIDDEN);
        } else {
            audit(context, name, AuditAction.LOGIN_FAILURE, AuditOutcome.FAILURE, "bad credentials");
            showForm(context, "", texts.t("login.failed"), name, HttpStatus.UNAUTHORIZED);
        }
    }

    void logout(Context context) {
        CurrentUser user = Gatekeeper.requireUser(context);
        String token = context.cookie(Gatekeeper.SESSION_COOKIE);
        if (token != null) {
            pages.dashboard().sessions().invalidate(token);
        }
        audit(context, user.name(), AuditAction.LOGOUT, AuditOutcome.SUCCESS, "");
        context.cookie(gatekeeper.expiredSessionCookie());
        context.redirect("/dang-nhap?out=1", HttpStatus.SEE_OTHER);
    }

    void language(Context context) {
        CurrentUser user = Gatekeeper.requireUser(context);
        String language = context.formParam("language");
        if (!"vi".equals(language) && !"en".equals(language)) {
            throw HttpError.badRequest("error.badParameter", "language", String.valueOf(language), "vi | en");
        }
        pages.dashboard().accounts().setLanguage(user.name(), language);
        context.redirect(safeNext(context.formParam("next")), HttpStatus.SEE_OTHER);
    }

    private void showForm(Context context, String notice, String error, String name, HttpStatus status) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        context.cookie(new Cookie(
                LOGIN_COOKIE, token, "/dang-nhap", 3600, gatekeeper.secureCookies(), true, null, SameSite.STRICT));
        PageContext page = pages.context(context, "login");
        String next = context.formParam("next") != null ? context.formParam("next") : context.queryParam("next");
        context.status(status);
        pages.render(
                context,
                page,
                "login.jte",
                "loginToken",
                token,
                "next",
                safeNext(next),
                "notice",
                notice,
                "error",
                error,
                "name",
                name);
    }

    private void audit(Context context, String actor, AuditAction action, AuditOutcome outcome, String detail) {
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(actor, action, "", outcome)
                        .withDetail(detail)
                        .withAddress(context.ip()));
    }

    /** Only a path on this server: never "//host" or "https://host" (an open redirect). */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.startsWith("/dang-nhap")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/tong-quan";
        }
        return next;
    }

    private static String userAgent(Context context) {
        String agent = context.userAgent();
        return agent == null ? "" : agent.length() > 200 ? agent.substring(0, 200) : agent;
    }
}
