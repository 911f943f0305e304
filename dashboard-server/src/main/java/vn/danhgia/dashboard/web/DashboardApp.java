package vn.danhgia.dashboard.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.dashboard.page.Routes;

/**
 * The whole server, configured in one place: static assets from the jar, the templates, the gate
 * (sessions, roles, CSRF) before every route, the security headers on every answer, typed HTTP errors
 * mapped once to a page in the user's language, and the routes, each with the role it requires.
 */
public final class DashboardApp {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardApp.class);

    private DashboardApp() {}

    public static Javalin create(Dashboard dashboard) {
        Gatekeeper gatekeeper =
                new Gatekeeper(dashboard.sessions(), dashboard.settings().secureCookies());
        Pages pages = new Pages(dashboard);
        return Javalin.create(config -> configure(config, dashboard, gatekeeper, pages));
    }

    private static void configure(JavalinConfig config, Dashboard dashboard, Gatekeeper gatekeeper, Pages pages) {
        config.startup.showJavalinBanner = false;
        config.fileRenderer(dashboard.templates());
        config.http.maxRequestSize = dashboard.settings().maxUploadBytes() + 64 * 1024;
        config.jetty.multipartConfig.maxFileSize(dashboard.settings().maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(
                dashboard.settings().maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.jetty.host = dashboard.settings().host();
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/public/assets";
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Access.PUBLIC); // the stylesheet, the icon: the login page needs them too
        });
        config.router.ignoreTrailingSlashes = true;

        config.routes.before(SecurityHeaders::apply);
        config.routes.beforeMatched(gatekeeper::check);

        config.routes.exception(
                HttpError.class,
                (error, context) -> pages.error(
                        context, error.status(), pages.texts(context).t(error.messageKey(), error.arguments())));
        config.routes.exception(Gatekeeper.LoginRequired.class, (required, context) -> {
            String target = "/dang-nhap?next=" + URLEncoder.encode(required.next(), StandardCharsets.UTF_8)
                    + (required.expired() ? "&expired=1" : "");
            if (required.expired()) {
                context.cookie(gatekeeper.expiredSessionCookie());
            }
            context.redirect(target, HttpStatus.SEE_OTHER);
        });
        config.routes.exception(DanhgiaException.class, (error, context) -> {
            if (error.code() == ErrorCode.WAREHOUSE_UNAVAILABLE) {
                LOG.warn("{}: {}", context.path(), error.getMessage());
                pages.error(context, 503, pages.texts(context).t("error.warehouse", error.getMessage()));
            } else {
                internalError(pages, context, error);
            }
        });
        config.routes.exception(Exception.class, (error, context) -> {
            if (tooLarge(error)) {
                // Jetty's multipart parser refuses a part over the limit while a form field is read
                pages.error(
                        context, 413, pages.texts(context).t("error.tooLarge", megabytes(dashboard, pages, context)));
            } else {
                internalError(pages, context, error);
            }
        });
        config.routes.error(404, context -> {
            if (context.result() == null || context.result().isEmpty() || !isHtml(context)) {
                pages.error(context, 404, pages.texts(context).t("error.notFound", context.path()));
            }
        });
        config.routes.error(
                405, context -> pages.error(context, 405, pages.texts(context).t("error.method")));
        config.routes.error(
                413,
                context -> pages.error(
                        context,
                        413,
                        pages.texts(context)
                                .t(
                                        "error.tooLarge",
                                        pages.texts(context)
                                                        .number(dashboard
                                                                        .settings()
                                                                        .maxUploadBytes()
                                                                / (1024 * 1024))
                                                + " MB")));

        Routes.declare(config.routes, dashboard, gatekeeper, pages);
    }

    private static String megabytes(Dashboard dashboard, Pages pages, Context context) {
        return pages.texts(context).number(dashboard.settings().maxUploadBytes() / (1024 * 1024)) + " MB";
    }

    /** Whether a failure is a request body over the limits (Jetty says so in its own exception types). */
    static boolean tooLarge(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadMessageException bad && bad.getCode() == 413) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max file size") || message.contains("exceeds max") || message.contains("too large")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHtml(Context context) {
        String type = context.res().getContentType();
        return type != null && type.startsWith("text/html");
    }

    private static void internalError(Pages pages, Context context, Exception error) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("{} {}: failed (reference {})", context.method(), context.path(), reference, error);
        pages.error(context, 500, pages.texts(context).t("error.internal", reference));
    }
}
