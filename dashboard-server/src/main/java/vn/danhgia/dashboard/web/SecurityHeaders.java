package vn.danhgia.dashboard.web;

import io.javalin.http.Context;

/**
 * The headers every answer carries, static files included. The policy allows nothing from outside the
 * server and no inline script or style (the pages have none: charts are inline SVG with presentation
 * attributes, which a policy does not govern).
 */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    private SecurityHeaders() {}

    public static void apply(Context context) {
        context.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        context.header("X-Content-Type-Options", "nosniff");
        context.header("X-Frame-Options", "DENY");
        context.header("Referrer-Policy", "same-origin");
        context.header("Cross-Origin-Opener-Policy", "same-origin");
        context.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!context.path().startsWith("/assets/")) {
            // pages carry the data of one user's session: never keep them in a shared cache
            context.header("Cache-Control", "no-store");
        }
    }
}
