package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.export.CsvExport;
import vn.danhgia.dashboard.export.ExportTable;
import vn.danhgia.dashboard.export.XlsxExport;
import vn.danhgia.dashboard.query.EvidenceView;
import vn.danhgia.dashboard.query.FilterOptions;
import vn.danhgia.dashboard.query.FindingsQuery;
import vn.danhgia.dashboard.query.FindingsQuery.Finding;
import vn.danhgia.dashboard.query.FindingsQuery.SortKey;
import vn.danhgia.dashboard.query.Labels;
import vn.danhgia.dashboard.web.Access;
import vn.danhgia.dashboard.web.CurrentUser;
import vn.danhgia.dashboard.web.Gatekeeper;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.SnapshotCache;
import vn.danhgia.dashboard.web.Texts;

/**
 * Cảnh báo: the detectors' findings, filtered by detector, year, severity and grassroots organization,
 * sorted by a column, 50 to a page; one finding with its evidence in words; the filtered list as XLSX
 * or CSV (every matching row, audited). Viewers never see a pseudonym: a person is "một đảng viên".
 */
final class FindingsPage {
    static final int PAGE_SIZE = 50;
    private static final Pattern FINDING_ID = Pattern.compile("[0-9a-f]{64}");
    private static final List<SortKey> COLUMNS =
            List.of(SortKey.DETECTOR, SortKey.YEAR, SortKey.UNIT, SortKey.SEVERITY, SortKey.SCORE);

    private final Pages pages;
    private final SnapshotCache cache;

    FindingsPage(Pages pages) {
        this.pages = pages;
        this.cache = pages.dashboard().cache();
    }

    /** {@code GET /canh-bao}: the list. */
    void list(Context context) {
        FilterOptions options = options();
        FindingsCriteria criteria = FindingsCriteria.read(context, options, FindingsCriteria.LIST_PARAMETERS);
        FindingsQuery.FindingsPage found = cache.get(
                "findings|" + criteria.query() + "|page=" + criteria.page(), connection -> new FindingsQuery(connection)
                        .list(
                                criteria.filter(),
                                criteria.sort(),
                                criteria.ascending(),
                                PAGE_SIZE,
                                (criteria.page() - 1) * PAGE_SIZE));
        PageContext page = pages.context(context, "findings");
        Texts texts = page.texts();
        page = page.withFilters(criteria.describe(texts, options));
        pages.render(context, page, "findings.jte", "view", listView(texts, user(context), criteria, found, options));
    }

    /** {@code GET /canh-bao/{id}}: one finding; the list's filters ride along for the way back. */
    void show(Context context) {
        String id = context.pathParam("id");
        FilterOptions options = options();
        FindingsCriteria criteria = FindingsCriteria.read(context, options, FindingsCriteria.LIST_PARAMETERS);
        if (!FINDING_ID.matcher(id).matches()) {
            throw HttpError.notFound("error.unknownFinding", id);
        }
        PageContext page = pages.context(context, "findings");
        Texts texts = page.texts();
        Labels labels = Labels.of(texts.locale());
        Optional<FindingWithEvidence> found = cache.get("finding|" + id + "|" + texts.language(), connection -> {
            FindingsQuery query = new FindingsQuery(connection);
            Optional<Finding> finding = query.byId(id);
            if (finding.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FindingWithEvidence(finding.get(), query.evidence(finding.get(), labels)));
        });
        if (found.isEmpty()) {
            throw HttpError.notFound("error.unknownFinding", id);
        }
        Finding finding = found.get().finding();
        FindingsView.Row row = row(texts, labels, user(context), finding, "/canh-bao/" + id);
        String detectorKey = "findings.meaning." + finding.detector();
        String scoreKey = "findings.score." + finding.detector();
        FindingsView.Detail detail = new FindingsView.Detail(
                row,
                texts.has(detectorKey) ? texts.t(detectorKey) : "",
                texts.has(scoreKey) ? texts.t(scoreKey) : "",
                found.get().evidence(),
                FindingsView.sourceLines(found.get().evidence().sources()),
                criteria.pageLink(criteria.page()),
                "/canh-bao?detector=" + Links.encode(finding.detector()) + "&year=" + finding.year());
        page = page.withFilters(
                List.of(row.detectorName(), texts.t("filter.year") + " " + finding.year(), row.unitName()));
        pages.render(context, page, "finding.jte", "detail", detail);
    }

    /** {@code GET /canh-bao.xlsx}: every finding the filters keep, as a workbook. */
    void xlsx(Context context) {
        ExportTable table = export(context, XlsxExport.EXTENSION);
        context.contentType(XlsxExport.CONTENT_TYPE);
        context.header("Content-Disposition", "attachment; filename=\"canh-bao.xlsx\"");
        context.result(XlsxExport.bytes(table));
    }

    /** {@code GET /canh-bao.csv}: the same as CSV (UTF-8 with a byte order mark, for Excel). */
    void csv(Context context) {
        ExportTable table = export(context, CsvExport.EXTENSION);
        context.contentType(CsvExport.CONTENT_TYPE);
        context.header("Content-Disposition", "attachment; filename=\"canh-bao.csv\"");
        context.result(CsvExport.bytes(table));
    }

    private ExportTable export(Context context, String extension) {
        FilterOptions options = options();
        FindingsCriteria criteria = FindingsCriteria.read(context, options, FindingsCriteria.EXPORT_PARAMETERS);
        List<Finding> findings = cache.read(connection -> all(new FindingsQuery(connection), criteria));
        Texts texts = pages.texts(context);
        CurrentUser user = user(context);
        ExportTable table = FindingsExport.table(texts, findings, user.may(Access.ANALYST));
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(user.name(), AuditAction.EXPORT, "/canh-bao." + extension, AuditOutcome.SUCCESS)
                        .withDetail(criteria.query() + "; rows=" + findings.size())
                        .withAddress(context.ip()));
        return table;
    }

    /** Every finding the criteria keep, read page by page in one snapshot. */
    private static List<Finding> all(FindingsQuery query, FindingsCriteria criteria) throws java.sql.SQLException {
        List<Finding> findings = new ArrayList<>();
        while (true) {
            FindingsQuery.FindingsPage page = query.list(
                    criteria.filter(), criteria.sort(), criteria.ascending(), FindingsQuery.MAX_LIMIT, findings.size());
            findings.addAll(page.findings());
            if (page.findings().isEmpty() || findings.size() >= page.total()) {
                return findings;
            }
        }
    }

    private record FindingWithEvidence(Finding finding, EvidenceView evidence) {}

    private FindingsView.ListView listView(
            Texts texts,
            CurrentUser user,
            FindingsCriteria criteria,
            FindingsQuery.FindingsPage found,
            FilterOptions options) {
        Labels labels = Labels.of(texts.locale());
        // the list's address rides along to a finding, so that its page links back here
        String suffix = "?" + criteria.query() + (criteria.page() == 1 ? "" : "&page=" + criteria.page());
        List<FindingsView.Row> rows = new ArrayList<>();
        for (Finding finding : found.findings()) {
            rows.add(row(texts, labels, user, finding, "/canh-bao/" + finding.id() + suffix));
        }
        List<FindingsView.SortHeader> headers = new ArrayList<>();
        for (SortKey key : COLUMNS) {
            boolean sorted = key == criteria.sort();
            headers.add(new FindingsView.SortHeader(
                    key.code(),
                    texts.t("findings.column." + key.code()),
                    criteria.sortLink(key),
                    sorted ? (criteria.ascending() ? "ascending" : "descending") : "none",
                    sorted ? (criteria.ascending() ? "▲" : "▼") : "",
                    key == SortKey.SCORE || key == SortKey.YEAR));
        }
        int pageCount = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<FindingsView.PageLink> pageLinks = new ArrayList<>();
        for (int number : pagerNumbers(criteria.page(), pageCount)) {
            pageLinks.add(new FindingsView.PageLink(number, criteria.pageLink(number), number == criteria.page()));
        }
        int first = found.findings().isEmpty() ? 0 : found.offset() + 1;
        int last = found.offset() + found.findings().size();
        return new FindingsView.ListView(
                rows,
                found.total(),
                criteria.page(),
                pageCount,
                first,
                last,
                headers,
                pageLinks,
                criteria.page() > 1
                        ? Optional.of(criteria.pageLink(Math.min(criteria.page() - 1, pageCount)))
                        : Optional.empty(),
                criteria.page() < pageCount ? Optional.of(criteria.pageLink(criteria.page() + 1)) : Optional.empty(),
                criteria.exportLink(XlsxExport.EXTENSION),
                criteria.exportLink(CsvExport.EXTENSION),
                "/canh-bao",
                options,
                criteria.filter().detector(),
                criteria.filter().year(),
                criteria.filter().severity(),
                criteria.filter().organizationCode(),
                criteria.sort().code(),
                criteria.order());
    }

    /** The page numbers the pager offers: the first, the last, and two either side of the current one. */
    static List<Integer> pagerNumbers(int current, int pageCount) {
        List<Integer> numbers = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            if (number == 1 || number == pageCount || Math.abs(number - current) <= 2) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    static FindingsView.Row row(Texts texts, Labels labels, CurrentUser user, Finding finding, String link) {
        boolean person = finding.subjectKey().isPresent();
        return new FindingsView.Row(
                link,
                finding.detector(),
                texts.label("detector", finding.detector()),
                finding.year(),
                finding.unitCode(),
                finding.unitName().isEmpty() ? finding.unitCode() : finding.unitName(),
                finding.organizationCode(),
                finding.organizationName(),
                subject(texts, user.may(Access.ANALYST), finding),
                person,
                finding.severity(),
                texts.label("severity", finding.severity()),
                labels.decimal(finding.score()));
    }

    /** Who a finding is about, as this user may see it: a pseudonym only for analysts and admins. */
    static String subject(Texts texts, boolean showPseudonyms, Finding finding) {
        if (finding.subjectKey().isEmpty()) {
            return texts.t("findings.subject.unit");
        }
        return showPseudonyms ? finding.subjectKey().get() : texts.t("findings.subject.member");
    }

    private static CurrentUser user(Context context) {
        return Gatekeeper.requireUser(context);
    }

    private FilterOptions options() {
        return pages.dashboard().site().options();
    }
}
