package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.Texts;

/**
 * Tài khoản: the accounts, read only. Accounts change through {@code bin/danhgia user ...} on the server,
 * where each change is audited with the operating-system user who made it.
 */
public final class AccountsPage {
    private final Pages pages;

    AccountsPage(Pages pages) {
        this.pages = pages;
    }

    /** One account as the page writes it. */
    public record Row(
            String name, String role, boolean disabled, String language, String created, String passwordChanged) {}

    void show(Context context) {
        Form.allow(context);
        ZoneId zone = pages.dashboard().settings().clock().getZone();
        PageContext page = pages.context(context, "accounts");
        Texts texts = page.texts();
        List<Row> rows = pages.dashboard().accounts().list().stream()
                .map(account -> new Row(
                        account.name(),
                        texts.t("role." + account.role().code()),
                        account.disabled(),
                        account.language(),
                        AdminTexts.time(texts, account.createdAt(), zone),
                        AdminTexts.time(texts, account.passwordChangedAt(), zone)))
                .toList();
        pages.render(context, page, "accounts.jte", "rows", rows);
    }
}
