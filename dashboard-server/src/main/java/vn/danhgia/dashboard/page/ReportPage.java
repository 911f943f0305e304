package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.report.ReportBuilder;
import vn.danhgia.dashboard.report.ReportFormat;
import vn.danhgia.dashboard.report.ReportInputException;
import vn.danhgia.dashboard.report.ReportRequest;
import vn.danhgia.dashboard.report.Restatement;
import vn.danhgia.dashboard.report.model.YearReport;
import vn.danhgia.dashboard.web.CurrentUser;
import vn.danhgia.dashboard.web.Gatekeeper;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.Texts;

/**
 * Báo cáo: the year-over-year comparison report to download, the same document as {@code danhgia report},
 * from the year-against-year and unit pages. Address:
 * {@code /bao-cao.pdf?year=2025&compare=2024&unit=X26&mode=as_is} (or {@code .xlsx}); every download is
 * written to the audit log, like the findings' exports.
 */
final class ReportPage {
    static final String[] PARAMETERS = {"year", "compare", "unit", "mode"};
    static final List<String> MODES = List.of("as_is", "as_was");

    private final Pages pages;

    ReportPage(Pages pages) {
        this.pages = pages;
    }

    /** The address of the report of a year against another, for one organization or the district. */
    static String link(ReportFormat format, int year, int compare, Optional<String> unit, String mode) {
        return "/bao-cao." + format.extension() + "?year=" + year + "&compare=" + compare
                + unit.map(code -> "&unit=" + Links.encode(code)).orElse("") + "&mode=" + mode;
    }

    void pdf(Context context) {
        download(context, ReportFormat.PDF);
    }

    void xlsx(Context context) {
        download(context, ReportFormat.XLSX);
    }

    private void download(Context context, ReportFormat format) {
        Form.allow(context, PARAMETERS);
        Texts texts = pages.texts(context);
        List<Integer> years = pages.dashboard().site().options().years();
        int year = Form.year(context, "year", years);
        Optional<Integer> compare = Form.integer(context, "compare");
        Optional<String> unit = Form.text(context, "unit");
        String mode = Form.choice(context, "mode", MODES, "as_is");
        ReportRequest request = new ReportRequest(
                year,
                compare.map(OptionalInt::of).orElse(OptionalInt.empty()),
                unit,
                Restatement.of(mode),
                texts.language().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
        YearReport report;
        try {
            report = pages.dashboard().cache().read(connection -> new ReportBuilder(
                            pages.dashboard().settings().clock())
                    .build(connection, request));
        } catch (ReportInputException e) {
            int status = e.problem() == ReportInputException.Problem.COMPARE_NOT_BEFORE ? 400 : 404;
            throw new HttpError(status, "report.error", e.getMessage());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            format.write(report, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CurrentUser user = Gatekeeper.requireUser(context);
        String name = "bao-cao-" + year + "-" + request.baseYear()
                + unit.map(code -> "-" + code).orElse("") + "." + format.extension();
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(
                                user.name(), AuditAction.EXPORT, "/bao-cao." + format.extension(), AuditOutcome.SUCCESS)
                        .withDetail(link(format, year, request.baseYear(), unit, mode) + "; bytes=" + bytes.size())
                        .withAddress(context.ip()));
        context.contentType(format.contentType());
        context.header(
                "Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        context.result(bytes.toByteArray());
    }
}
