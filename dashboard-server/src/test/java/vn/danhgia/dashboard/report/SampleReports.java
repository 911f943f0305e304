package vn.danhgia.dashboard.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.danhgia.dashboard.chart.ChartKind;
import vn.danhgia.dashboard.chart.ChartSeries;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.ReportChart;
import vn.danhgia.dashboard.report.model.ReportColumn;
import vn.danhgia.dashboard.report.model.ReportParagraph;
import vn.danhgia.dashboard.report.model.ReportSection;
import vn.danhgia.dashboard.report.model.ReportTable;
import vn.danhgia.dashboard.report.model.SummaryPoint;
import vn.danhgia.dashboard.report.model.TitleBlock;
import vn.danhgia.dashboard.report.model.YearReport;

/** Reports built by hand, with fixed values, for the writers' tests. */
public final class SampleReports {
    /** The number of rows of the long per-organization table (several PDF pages). */
    public static final int ORGANIZATION_ROWS = 200;

    /** The header of the long table's first column, looked for on every page it spans. */
    public static final String ORGANIZATION_HEADER = "Tổ chức cơ sở đảng";

    private SampleReports() {}

    /** A district's report for 2025 against 2024, of simulated data. */
    public static YearReport district() {
        TitleBlock title = new TitleBlock(
                "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
                "HUYỆN ỦY THẠCH THẤT",
                "Số 15-BC/HU",
                "Thạch Thất",
                LocalDate.of(2026, 12, 7),
                "BÁO CÁO",
                "Kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 so với năm 2024");
        List<SummaryPoint> summary = List.of(
                new SummaryPoint(
                        "Đảng viên được đánh giá, xếp loại", "12.345", "Tăng 234 đảng viên (1,9%) so với năm 2024."),
                new SummaryPoint(
                        "Hoàn thành xuất sắc nhiệm vụ",
                        "12,5%",
                        "Tăng 1,2 điểm phần trăm; vẫn dưới mức trần 20% theo quy định."),
                new SummaryPoint(
                        "Không hoàn thành nhiệm vụ",
                        "0,8%",
                        "Giảm 0,3 điểm phần trăm; 18 đảng viên hai năm liền không hoàn thành."),
                new SummaryPoint(
                        "Đơn vị nộp báo cáo muộn",
                        "7",
                        "Ít hơn năm 2024 bốn đơn vị; xã Đại Đồng muộn ba năm liên tiếp."));
        ReportSection members = new ReportSection(
                "Kết quả xếp loại đảng viên",
                List.of(
                        new ReportParagraph("Năm 2025, toàn Đảng bộ huyện có 12.345 đảng viên được đánh giá,"
                                + " xếp loại; tỷ lệ hoàn thành xuất sắc nhiệm vụ tăng nhẹ so với năm 2024."),
                        levelsTable(),
                        new ReportChart("Biểu đồ 1. Tỷ lệ xếp loại đảng viên qua các năm", trendChart())));
        ReportSection organizations = new ReportSection(
                "Kết quả xếp loại tổ chức cơ sở đảng",
                List.of(
                        organizationsTable(),
                        new ReportChart("Biểu đồ 2. Số tổ chức cơ sở đảng theo mức xếp loại", levelsChart()),
                        wideTable()));
        ReportSection quality = new ReportSection(
                "Chất lượng dữ liệu và sáp nhập đơn vị",
                List.of(new ReportParagraph("Có 12 dòng bị từ chối khi nạp; 3 đơn vị còn số liệu tạm thời."
                        + " Xã Tiến Xuân sáp nhập từ Tiến Xuân và Yên Bình: số liệu các năm trước là tổng của"
                        + " hai xã cũ.")));
        return new YearReport(
                title,
                true,
                "DỮ LIỆU MÔ PHỎNG",
                summary,
                List.of(members, organizations, quality),
                Locale.forLanguageTag("vi-VN"));
    }

    static ReportTable levelsTable() {
        List<ReportColumn> columns = List.of(
                new ReportColumn("Mức xếp loại", ColumnKind.TEXT),
                new ReportColumn("Năm 2024", ColumnKind.INTEGER),
                new ReportColumn("Tỷ lệ 2024", ColumnKind.PERCENT),
                new ReportColumn("Năm 2025", ColumnKind.INTEGER),
                new ReportColumn("Tỷ lệ 2025", ColumnKind.PERCENT),
                new ReportColumn("Chênh lệch (điểm %)", ColumnKind.DECIMAL));
        List<List<Object>> rows = List.of(
                List.of("Hoàn thành xuất sắc nhiệm vụ", 1_389L, 0.113, 1_543L, 0.125, new BigDecimal("1.2")),
                List.of("Hoàn thành tốt nhiệm vụ", 9_012L, 0.746, 9_259L, 0.75, 0.4),
                List.of("Hoàn thành nhiệm vụ", 1_567L, 0.13, 1_444L, 0.117, -1.3),
                List.of("Không hoàn thành nhiệm vụ", 143L, 0.011, 99L, 0.008, -0.3),
                List.of("=1+1", 0L, 0.0, 0L, 0.0, 0.0));
        return new ReportTable(
                "Bảng 1. Xếp loại đảng viên năm 2025 so với năm 2024",
                "Đảng viên",
                columns,
                rows,
                List.of("Nguồn: kho dữ liệu đánh giá, xếp loại; số liệu năm 2024 tính theo đơn vị hiện nay."));
    }

    static ReportTable organizationsTable() {
        List<ReportColumn> columns = List.of(
                new ReportColumn("STT", ColumnKind.INTEGER),
                new ReportColumn(ORGANIZATION_HEADER, ColumnKind.TEXT),
                new ReportColumn("Đảng viên", ColumnKind.INTEGER),
                new ReportColumn("HTXSNV 2024", ColumnKind.PERCENT),
                new ReportColumn("HTXSNV 2025", ColumnKind.PERCENT),
                new ReportColumn("Xếp loại 2025", ColumnKind.TEXT));
        String[] kinds = {"Đảng bộ xã", "Chi bộ thôn", "Chi bộ trường", "Đảng bộ Công ty"};
        String[] names = {"Bình Yên", "Cẩm Yên", "Đại Đồng", "Hương Ngải", "Lại Thượng", "Phú Kim", "Tân Xã"};
        String[] levels = {"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"};
        List<List<Object>> rows = new ArrayList<>();
        for (int index = 0; index < ORGANIZATION_ROWS; index++) {
            List<Object> row = new ArrayList<>();
            row.add(index + 1);
            row.add(kinds[index % kinds.length] + " " + names[index % names.length] + " " + (index / 7 + 1));
            row.add(20L + (index * 37L) % 480);
            row.add((index * 13 % 200) / 1000.0);
            row.add(index % 11 == 0 ? null : (index * 17 % 200) / 1000.0);
            row.add(levels[index % levels.length]);
            rows.add(row);
        }
        return new ReportTable(
                "Bảng 2. Xếp loại theo tổ chức cơ sở đảng", "Tổ chức cơ sở đảng", columns, rows, List.of());
    }

    /** The title of the table too wide for a portrait page. */
    public static final String WIDE_TABLE = "Bảng 3. Đảng viên theo mức xếp loại và tổ chức cơ sở đảng, 2024–2025";

    /** Thirteen columns: too wide for a portrait page at a readable size. */
    static ReportTable wideTable() {
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(new ReportColumn("Tổ chức cơ sở đảng", ColumnKind.TEXT));
        columns.add(new ReportColumn("Mã", ColumnKind.TEXT));
        columns.add(new ReportColumn("Năm", ColumnKind.TEXT));
        for (String level : List.of("Được xếp loại", "HTXSNV", "HTTNV", "HTNV", "KHTNV")) {
            columns.add(new ReportColumn(level, ColumnKind.INTEGER));
        }
        for (String share : List.of("Tỷ lệ HTXSNV", "Tỷ lệ HTTNV", "Tỷ lệ HTNV", "Tỷ lệ KHTNV")) {
            columns.add(new ReportColumn(share, ColumnKind.PERCENT));
        }
        columns.add(new ReportColumn("Ghi chú", ColumnKind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (int index = 0; index < 40; index++) {
            List<Object> row = new ArrayList<>();
            row.add("Chi bộ Công ty cổ phần Gạch Ngọc Tiến " + (index + 1));
            row.add("C" + (40 + index));
            row.add(index % 2 == 0 ? "2024" : "2025");
            long rated = 1_000L + index * 37L;
            long excellent = rated / 8;
            long good = rated * 3 / 4;
            long done = rated / 10;
            long failed = rated - excellent - good - done;
            row.addAll(List.of(rated, excellent, good, done, failed));
            row.addAll(List.of(
                    (double) excellent / rated, (double) good / rated, (double) done / rated, (double) failed / rated));
            row.add(index == 3 ? "Sáp nhập vào Đảng bộ xã Tiến Xuân từ ngày 01/07/2025" : null);
            rows.add(row);
        }
        return new ReportTable(WIDE_TABLE, "Theo tổ chức, hai năm", columns, rows, List.of());
    }

    static ChartSpec trendChart() {
        List<String> years = List.of("2021", "2022", "2023", "2024", "2025");
        return new ChartSpec(
                ChartKind.LINE,
                "Tỷ lệ xếp loại đảng viên 2021–2025",
                "Năm",
                "Tỷ lệ",
                years,
                List.of(
                        ChartSeries.of(
                                "excellent",
                                "Hoàn thành xuất sắc",
                                Optional.of("HTXSNV"),
                                List.of(0.098, 0.104, 0.109, 0.113, 0.125)),
                        ChartSeries.of(
                                "failed",
                                "Không hoàn thành",
                                Optional.of("KHTNV"),
                                List.of(0.015, 0.014, 0.012, 0.011, 0.008))),
                true,
                "Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ tăng đều qua năm năm.");
    }

    static ChartSpec levelsChart() {
        return new ChartSpec(
                ChartKind.GROUPED_BAR,
                "Tổ chức cơ sở đảng theo mức xếp loại",
                "Mức xếp loại",
                "Số tổ chức",
                List.of("Xuất sắc", "Tốt", "Hoàn thành", "Không hoàn thành"),
                List.of(
                        ChartSeries.of("y2024", "Năm 2024", Optional.empty(), List.of(21.0, 98.0, 30.0, 2.0)),
                        ChartSeries.of("y2025", "Năm 2025", Optional.empty(), List.of(25.0, 101.0, 24.0, 1.0))),
                false,
                "Số tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tăng từ 21 lên 25.");
    }
}
