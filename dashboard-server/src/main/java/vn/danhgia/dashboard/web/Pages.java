package vn.danhgia.dashboard.web;

import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders pages: builds each page's {@link PageContext} (the user's language, the simulated-data notice,
 * the data's origin) and hands the model to a template. Error pages go through here too, so that a 404
 * or a 500 speaks the user's language and never shows a stack trace.
 */
public final class Pages {
    public static final String LANGUAGE_COOKIE = "danhgia_lang";

    private final Dashboard dashboard;

    public Pages(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    public Dashboard dashboard() {
        return dashboard;
    }

    /** The user's language: the account's choice, else the login page's switch (a cookie), else Vietnamese. */
    public Texts texts(Context context) {
        Optional<CurrentUser> user = Gatekeeper.user(context);
        if (user.isPresent()) {
            return Texts.of(user.get().language());
        }
        String asked = context.queryParam("lang");
        if (asked != null) {
            return Texts.of(asked);
        }
        String cookie = context.cookie(LANGUAGE_COOKIE);
        return Texts.of(cookie == null ? "vi" : cookie);
    }

    public PageContext context(Context context, String section) {
        Texts texts = texts(context);
        SiteInfo.Facts known = siteFacts(texts);
        // who has no account learns only whether the data is simulated, not what the warehouse holds
        SiteInfo.Facts facts = Gatekeeper.user(context).isPresent()
                ? known
                : new SiteInfo.Facts(known.simulated(), texts.t("app.short"));
        return new PageContext(
                texts,
                Gatekeeper.user(context),
                section,
                context.path(),
                context.queryString() == null ? "" : context.queryString(),
                facts.simulated(),
                facts.origin(),
                LocalDateTime.now(dashboard.settings().clock()),
                List.of());
    }

    private SiteInfo.Facts siteFacts(Texts texts) {
        try {
            return dashboard.site().facts(texts);
        } catch (RuntimeException e) {
            // an error page must render even when the warehouse cannot be read
            return new SiteInfo.Facts(
                    false, dashboard.settings().warehouse().getFileName().toString());
        }
    }

    /** Renders {@code template} with the page context as {@code page} and the given model entries. */
    public void render(Context context, PageContext page, String template, Object... pairs) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        for (int i = 0; i < pairs.length; i += 2) {
            model.put((String) pairs[i], pairs[i + 1]);
        }
        context.html(dashboard.templates().render(template, model));
    }

    /** A template's output as text, for a part of a page that is kept (see {@link SnapshotCache}). */
    public String renderBody(String template, PageContext page, Object... pairs) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        for (int i = 0; i < pairs.length; i += 2) {
            model.put((String) pairs[i], pairs[i + 1]);
        }
        return dashboard.templates().render(template, model);
    }

    public void error(Context context, int status, String message) {
        PageContext page = context(context, "error");
        context.status(status);
        render(context, page, "error.jte", "status", status, "message", message);
    }
}
