package vn.danhgia.dashboard.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.danhgia.core.warehouse.WarehouseReader;
import vn.danhgia.dashboard.report.model.ReportSection;
import vn.danhgia.dashboard.report.model.TitleBlock;
import vn.danhgia.dashboard.report.model.YearReport;

/**
 * Builds the year-over-year comparison report ({@link YearReport}) of a district or one grassroots
 * organization from the warehouse: the title block of a party document dated today (from the clock), the
 * one-page summary, the level tables and charts of members, organizations and leaders (the two years and
 * every loaded year), the year's findings with their evidence, the open shortcomings, the late
 * organizations, the data's quality and the reorganizations. It only reads.
 */
public final class ReportBuilder {
    /** The levels from the top, by code. */
    static final List<String> LEVELS = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");

    private final Clock clock;

    public ReportBuilder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The report of {@code request} from a published warehouse. */
    public YearReport build(WarehouseReader reader, ReportRequest request) {
        Objects.requireNonNull(reader, "reader");
        return reader.read(connection -> build(connection, request));
    }

    /**
     * The report of {@code request} from a warehouse connection (read only).
     *
     * @throws ReportInputException when the unit is unknown, a year has no ratings or the comparison year
     *     is not before the report year
     */
    public YearReport build(Connection connection, ReportRequest request) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(request, "request");
        LocalDate today = LocalDate.now(clock);
        ReportData data = new ReportDataQuery(connection).load(request, today);
        ReportData.Scope district =
                request.unitCode().isEmpty() ? data.scope() : new ReportDataQuery(connection).districtScope(request);
        ReportWording texts = new ReportWording(request.locale());
        List<ReportSection> sections = new ArrayList<>(new LevelSections(texts, data).sections());
        sections.addAll(new ReviewSections(texts, data).sections());
        return new YearReport(
                title(texts, data, district),
                data.scope().simulated(),
                texts.t("simulated"),
                new ReportSummary(texts, data).points(),
                sections,
                texts.locale());
    }

    private static TitleBlock title(ReportWording texts, ReportData data, ReportData.Scope district) {
        ReportData.Scope scope = data.scope();
        Locale locale = texts.locale();
        return new TitleBlock(
                body(scope.parentName(), false).toUpperCase(locale),
                body(scope.unitName(), true).toUpperCase(locale),
                texts.t(scope.unitCode().isPresent() ? "title.numberUnit" : "title.number"),
                place(district.unitName()),
                data.today(),
                texts.t("title.kind"),
                texts.t(
                        scope.unitCode().isPresent() ? "title.subtitleUnit" : "title.subtitle",
                        String.valueOf(data.year()),
                        String.valueOf(data.baseYear()),
                        scope.unitName(),
                        texts.t("restatement." + data.restatement().code())));
    }

    /**
     * A party body as the title block names it: without a remark in brackets, and for the issuing body its
     * committee ("Đảng bộ huyện Đông Lâm (mô phỏng)" issues as "Huyện ủy Đông Lâm", "Đảng bộ xã Kim
     * Nguyên" as "Đảng ủy xã Kim Nguyên"); a cell issues in its own name.
     */
    static String body(String name, boolean issuing) {
        String body = name.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
        if (!issuing || !body.startsWith("Đảng bộ ")) {
            return body;
        }
        String rest = body.substring("Đảng bộ ".length());
        if (rest.startsWith("huyện ")) {
            return "Huyện ủy " + rest.substring("huyện ".length());
        }
        return "Đảng ủy " + rest;
    }

    /**
     * The place of the date line: the district's name without its organ ("Đảng bộ huyện Đông Lâm (mô
     * phỏng)" is "Đông Lâm").
     */
    static String place(String districtName) {
        String place = districtName.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
        for (String prefix : List.of("Đảng bộ ", "Huyện ủy ", "Huyện uỷ ", "Thị ủy ", "Quận ủy ", "Thành ủy ")) {
            if (place.startsWith(prefix)) {
                place = place.substring(prefix.length());
                break;
            }
        }
        for (String prefix : List.of("huyện ", "thị xã ", "quận ", "thành phố ", "Huyện ", "Thị xã ", "Quận ")) {
            if (place.startsWith(prefix)) {
                return place.substring(prefix.length()).strip();
            }
        }
        return place;
    }
}
