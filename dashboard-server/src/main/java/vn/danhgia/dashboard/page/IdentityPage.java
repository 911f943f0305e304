package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.query.SqlQueries;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;

/**
 * Tra cứu danh tính: an admin resolves one pseudonym (person_key) to a name, with a stated reason. The only
 * page that reads {@code restricted.*} ({@code sql/dashboard/identity_lookup.sql}); every look-up, found or
 * not, is written to the audit log with the key and the reason, never the name. Nothing is cached and the
 * answer is marked not to be stored by the browser.
 */
public final class IdentityPage {
    static final int MIN_REASON = 10;
    static final int MAX_REASON = 500;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Logger LOG = LoggerFactory.getLogger(IdentityPage.class);

    private final Pages pages;

    IdentityPage(Pages pages) {
        this.pages = pages;
    }

    /** One identity row of the key. */
    public record Identity(String personKey, String fullName, String cardNumber, Optional<LocalDate> birthDate) {
        public Identity {
            Objects.requireNonNull(personKey, "personKey");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(cardNumber, "cardNumber");
            Objects.requireNonNull(birthDate, "birthDate");
        }
    }

    /** What the form was sent with and what came of it; {@code error} is a message key. */
    public record Lookup(String key, String reason, Optional<String> error, Optional<List<Identity>> found) {
        public Lookup {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(error, "error");
            found = found.map(List::copyOf);
        }

        static Lookup empty(String key) {
            return new Lookup(key, "", Optional.empty(), Optional.empty());
        }
    }

    void form(Context context) {
        Form.allow(context, "key");
        String key = Form.text(context, "key").orElse("");
        render(context, Lookup.empty(key.length() <= 64 ? key : ""));
    }

    void lookup(Context context) {
        String key = Optional.ofNullable(context.formParam("key")).orElse("").strip();
        String reason =
                Optional.ofNullable(context.formParam("reason")).orElse("").strip();
        Optional<String> error = check(key, reason);
        if (error.isPresent()) {
            context.status(400);
            render(context, new Lookup(key.length() <= 64 ? key : "", reason, error, Optional.empty()));
            return;
        }
        List<Identity> found = pages.dashboard()
                .cache()
                .read(connection -> SqlQueries.list(
                        connection,
                        "identity_lookup",
                        row -> new Identity(
                                row.string("person_key"),
                                row.optionalString("full_name").orElse(""),
                                row.optionalString("card_number").orElse(""),
                                row.optionalDate("birth_date")),
                        key));
        PageContext page = pages.context(context, "identity");
        String actor = page.user().orElseThrow().name();
        AuditOutcome outcome = found.isEmpty() ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS;
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(actor, AuditAction.IDENTITY_LOOKUP, key, outcome)
                        .withDetail(reason)
                        .withAddress(context.ip()));
        LOG.info("identity look-up of {} by {}: {}", key, actor, outcome.code());
        if (found.isEmpty()) {
            context.status(404);
            render(context, new Lookup(key, reason, Optional.of("admin.identity.unknown"), Optional.empty()));
            return;
        }
        render(context, new Lookup(key, "", Optional.empty(), Optional.of(found)));
    }

    private static Optional<String> check(String key, String reason) {
        if (key.isEmpty()) {
            return Optional.of("admin.identity.error.noKey");
        }
        if (!KEY.matcher(key).matches()) {
            return Optional.of("admin.identity.error.badKey");
        }
        if (reason.codePointCount(0, reason.length()) < MIN_REASON) {
            return Optional.of("admin.identity.error.shortReason");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            return Optional.of("admin.identity.error.longReason");
        }
        return Optional.empty();
    }

    private void render(Context context, Lookup lookup) {
        context.header("Cache-Control", "no-store");
        PageContext page = pages.context(context, "identity");
        pages.render(context, page, "identity.jte", "lookup", lookup, "minReason", MIN_REASON, "maxReason", MAX_REASON);
    }
}
