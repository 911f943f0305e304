package vn.danhgia.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.report.model.ReportBlock;
import vn.danhgia.dashboard.report.model.ReportTable;
import vn.danhgia.dashboard.report.model.YearReport;

/**
 * The "done when": the report of the generated district (seed 7, 2021-2025) is built in both
 * formats and read back. Every expected number is computed here with SQL of its own on the warehouse,
 * never with the builder's code: PDFBox finds the Vietnamese headings and those numbers in the PDF, POI
 * finds them in the workbook's cells, poppler finds every font embedded and renders every page; "as is"
 * and "as was" give the same district totals and differ for the commune formed by merging in 2025; the
 * command line refuses bad input with exit 2 and leaves no file.
 */
class ReportIT {
    private static final int YEAR = 2025;
    private static final int BASE = 2024;
    /** Formed on 01/07/2025 by merging X06, X07, X08 and X09 (the fixture's registry). */
    private static final String MERGED = "X26";

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern PDFFONTS_ROW =
            Pattern.compile("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$");

    @TempDir
    static Path folder;

    private static Path warehouse;
    private static YearReport asIs;
    private static YearReport asWas;
    private static Path pdf;
    private static Path xlsx;
    private static List<String> pages;

    @BeforeAll
    static void buildBothFormats() throws Exception {
        warehouse = DashboardFixture.warehouse();
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            ReportBuilder builder = new ReportBuilder(CLOCK);
            asIs = builder.build(connection, request(Restatement.AS_IS));
            asWas = builder.build(connection, request(Restatement.AS_WAS));
        }
        pdf = folder.resolve("bao-cao.pdf");
        xlsx = folder.resolve("bao-cao.xlsx");
        ReportFiles.write(asIs, ReportFormat.PDF, pdf);
        ReportFiles.write(asIs, ReportFormat.XLSX, xlsx);
        pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
    }

    private static ReportRequest request(Restatement restatement) {
        return new ReportRequest(
                YEAR, OptionalInt.of(BASE), Optional.empty(), restatement, Locale.forLanguageTag("vi"));
    }

    // ---- the PDF ----

    @Test
    void pdfPageOneIsThePartyDocumentsTitleBlockAndTheSummary() {
        assertThat(pages.get(0))
                .contains("ĐẢNG BỘ THÀNH PHỐ")
                .contains("HUYỆN ỦY")
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                .contains("-BC/HU")
                .contains("ngày 07 tháng 12 năm 2026")
                .contains("BÁO CÁO")
                .contains("năm 2025 so với năm 2024")
                .contains("Đảng viên HTXSNV năm 2025");
    }

    @Test
    void pdfSaysOnEveryPageThatTheDataIsSimulatedAndNumbersItsPages() {
        for (int page = 0; page < pages.size(); page++) {
            assertThat(pages.get(page))
                    .as("page %d", page + 1)
                    .contains("DỮ LIỆU MÔ PHỎNG")
                    .contains("Trang " + (page + 1) + "/" + pages.size());
        }
    }

    @Test
    void pdfHasTheVietnameseHeadingsOfEverySection() {
        String text = String.join(" ", pages);
        assertThat(text)
                .contains("Kết quả xếp loại đảng viên")
                .contains("Kết quả xếp loại tổ chức cơ sở đảng")
                .contains("Kết quả xếp loại cán bộ lãnh đạo, quản lý")
                .contains("Diễn biến qua các năm")
                .contains("Các phát hiện bất thường năm 2025")
                .contains("Hạn chế, khuyết điểm tái diễn và chưa khắc phục")
                .contains("Tổ chức kiểm điểm, báo cáo chậm")
                .contains("Chất lượng dữ liệu")
                .contains("Sắp xếp, sáp nhập đơn vị và cách quy đổi số liệu");
    }

    @Test
    void pdfNumbersEqualTheWarehouse() throws SQLException {
        long[] members = members(YEAR);
        long[] before = members(BASE);
        String text = String.join(" ", pages);

        // "1.263 trên 9.595 đảng viên được xếp loại": the year's excellent and rated members
        assertThat(text)
                .contains(vietnamese(members[1]) + " trên " + vietnamese(members[0]) + " đảng viên được xếp loại");
        assertThat(text).contains(percent(members[1], members[0]));
        assertThat(text).contains("năm 2024 là " + percent(before[1], before[0]));
        assertThat(text).contains("năm 2024 có " + vietnamese(before[4]));
        assertThat(text).contains("Năm 2025 các bộ phát hiện tìm thấy " + vietnamese(findings(YEAR)) + " trường hợp");
        assertThat(text).contains(vietnamese(organizations(YEAR)[1]) + " / " + vietnamese(organizations(YEAR)[0]));
        // the data quality counts the rejected rows of files that loaded with some rejected
        assertThat(rejected(YEAR)).isPositive();
        assertThat(text).contains("loại " + vietnamese(rejected(YEAR)) + " dòng");
    }

    @Test
    void popplerFindsEveryFontEmbeddedAndRendersEveryPage() throws Exception {
        Result fonts = run(List.of("pdffonts", pdf.toString()));
        assertThat(fonts.exitCode()).as(fonts.output()).isZero();
        List<String> rows = fonts.output().lines().skip(2).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            Matcher matcher = PDFFONTS_ROW.matcher(row);
            assertThat(matcher.find()).as(row).isTrue();
            assertThat(matcher.group(1)).as("embedded: %s", row).isEqualTo("yes");
        }
        Path images = Files.createDirectories(folder.resolve("png"));
        Result render = run(List.of(
                "pdftoppm",
                "-r",
                "30",
                "-png",
                pdf.toString(),
                images.resolve("page").toString()));
        assertThat(render.exitCode()).as(render.output()).isZero();
        assertThat(render.output()).doesNotContainIgnoringCase("missing").doesNotContainIgnoringCase("error");
        try (var files = Files.list(images)) {
            assertThat(files.count()).isEqualTo(pages.size());
        }
        assertThat(String.join(" ", pages)).doesNotContain("\uFFFD");
    }

    // ---- the workbook ----

    @Test
    void workbookCellsEqualTheWarehouse() throws Exception {
        long[] members = members(YEAR);
        long[] organizations = organizations(YEAR);
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook workbook = new XSSFWorkbook(in)) {
            Row total = row(workbook.getSheet("ĐV theo loại hình"), "Tổng cộng", YEAR);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(members[0]);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(members[1]);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(members[2]);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(members[3]);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(members[4]);
            Cell share = total.getCell(7);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue())
                    .isEqualTo(BigDecimal.valueOf(members[1])
                            .divide(BigDecimal.valueOf(members[0]), 4, RoundingMode.HALF_UP)
                            .doubleValue());
            assertThat(share.getCellStyle().getDataFormatString()).contains("%");

            Row organizationTotal = row(workbook.getSheet("TCCS theo loại hình"), "Tổng cộng", YEAR);
            assertThat(organizationTotal.getCell(2).getNumericCellValue()).isEqualTo(organizations[0]);
            assertThat(organizationTotal.getCell(3).getNumericCellValue()).isEqualTo(organizations[1]);

            assertThat(rowsBelowHeader(workbook.getSheet("Phát hiện bất thường"), "Loại phát hiện"))
                    .isEqualTo(findings(YEAR));
        }
    }

    /** The rows of the table under the header row (row 1) down to the first empty row (the notes follow it). */
    private static long rowsBelowHeader(Sheet sheet, String header) {
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(header);
        long rows = 0;
        for (int index = 1; sheet.getRow(index) != null && sheet.getRow(index).getCell(0) != null; index++) {
            rows++;
        }
        return rows;
    }

    /** The row of a sheet whose first cell is {@code name} and second (the year) {@code year}. */
    private static Row row(Sheet sheet, String name, int year) {
        assertThat(sheet).as("sheet").isNotNull();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            Cell second = row.getCell(1);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(name)
                    && second != null
                    && second.getCellType() == CellType.STRING
                    && second.getStringCellValue().equals(String.valueOf(year))) {
                return row;
            }
        }
        throw new AssertionError("no row '" + name + "' of " + year + " in sheet " + sheet.getSheetName());
    }

    // ---- restatement ----

    @Test
    void asIsAndAsWasAgreeOnTheDistrictAndDifferForTheMergedCommune() throws SQLException {
        long[] members = members(BASE);
        for (YearReport report : List.of(asIs, asWas)) {
            List<Object> total = line(table(report, "ĐV theo loại hình"), "Tổng cộng", BASE);
            assertThat(total.get(2)).isEqualTo(members[0]);
            assertThat(total.get(3)).isEqualTo(members[1]);
        }
        // "as is": the merged commune's 2024 is the sum of the communes it was formed from
        List<Object> restated = lineOf(table(asIs, "ĐV theo tổ chức"), MERGED, BASE);
        assertThat(restated.get(3)).isEqualTo(predecessorsRated(MERGED, BASE));
        assertThat((Long) restated.get(3)).isPositive();
        assertThat((String) lineOf(table(asIs, "ĐV theo tổ chức"), MERGED, YEAR).get(11))
                .startsWith("Quy đổi từ: ");
        // "as was": it did not exist in 2024, and its predecessors stand on their own, noted as merged
        List<Object> asItWas = lineOf(table(asWas, "ĐV theo tổ chức"), MERGED, BASE);
        assertThat(asItWas.get(3)).isEqualTo(0L);
        List<Object> predecessor = lineOf(table(asWas, "ĐV theo tổ chức"), "X07", YEAR);
        assertThat((String) predecessor.get(11)).startsWith("Sáp nhập vào ").contains("01/07/2025");
        // the table of totals in both restatements says the same every year
        for (List<Object> row : table(asIs, "Tổng theo hai cách quy đổi").rows()) {
            assertThat(row.get(1)).isEqualTo(row.get(2));
            assertThat(row.get(3)).isEqualTo(row.get(4));
        }
    }

    @Test
    void aGrassrootsOrganizationsReportCoversItAndWhatItWasFormedFrom() throws SQLException {
        YearReport report;
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            report = new ReportBuilder(CLOCK)
                    .build(
                            connection,
                            new ReportRequest(
                                    YEAR,
                                    OptionalInt.empty(),
                                    Optional.of(MERGED),
                                    Restatement.AS_IS,
                                    Locale.forLanguageTag("vi")));
        }

        assertThat(report.title().issuingBody()).startsWith("ĐẢNG ỦY XÃ ");
        assertThat(report.title().documentNumber()).endsWith("-BC/ĐU");
        assertThat(line(table(report, "ĐV theo loại hình"), "Tổng cộng", BASE).get(2))
                .isEqualTo(predecessorsRated(MERGED, BASE));
    }

    private static ReportTable table(YearReport report, String sheetName) {
        for (var section : report.sections()) {
            for (ReportBlock block : section.blocks()) {
                if (block instanceof ReportTable table && table.sheetName().equals(sheetName)) {
                    return table;
                }
            }
        }
        throw new AssertionError("no table " + sheetName);
    }

    private static List<Object> line(ReportTable table, String name, int year) {
        return table.rows().stream()
                .filter(row -> name.equals(row.get(0)) && String.valueOf(year).equals(row.get(1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " " + year + " in " + table.title()));
    }

    private static List<Object> lineOf(ReportTable table, String code, int year) {
        return table.rows().stream()
                .filter(row -> code.equals(row.get(1)) && String.valueOf(year).equals(row.get(2)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " " + year + " in " + table.title()));
    }

    // ---- the command line ----

    @Test
    void theCommandWritesAWholeReport() throws Exception {
        Path out = folder.resolve("cli").resolve("bao-cao.pdf");
        Files.createDirectories(out.getParent());

        Result result = danhgia("--year", "2025", "--format", "pdf", "--out", out.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("bao-cao.pdf");
        }
    }

    @Test
    void badInputIsOneMessageExitTwoAndNoFile() throws Exception {
        Path outFolder = Files.createDirectories(folder.resolve("refused"));
        Path out = outFolder.resolve("bao-cao.pdf");

        Result noData = danhgia("--year", "2030", "--format", "pdf", "--out", out.toString());
        Result after = danhgia("--year", "2024", "--compare", "2025", "--format", "pdf", "--out", out.toString());
        Result unknown = danhgia("--year", "2025", "--unit", "KHONG-CO", "--format", "xlsx", "--out", out.toString());
        Result unwritable = danhgia(
                "--year",
                "2025",
                "--format",
                "pdf",
                "--out",
                outFolder.resolve("no-folder/x.pdf").toString());
        Result english = danhgiaIn("en", "--year", "2030", "--format", "pdf", "--out", out.toString());

        assertThat(noData.exitCode()).isEqualTo(2);
        assertThat(noData.output())
                .contains(
                        "Lỗi: Năm 2030 không có dữ liệu xếp loại trong kho. Các năm đã nạp: 2021, 2022, 2023, 2024, 2025.");
        assertThat(after.exitCode()).isEqualTo(2);
        assertThat(after.output()).contains("Lỗi: Năm so sánh 2025 phải trước năm báo cáo 2024.");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.output())
                .contains("Lỗi: Không có tổ chức cơ sở đảng mã \"KHONG-CO\" trong danh mục đơn vị.");
        assertThat(unwritable.exitCode()).isEqualTo(2);
        assertThat(unwritable.output())
                .contains("Không ghi được tệp báo cáo")
                .contains("thư mục chứa tệp không tồn tại");
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.output()).contains("Error: The warehouse has no ratings for 2030.");
        for (Result result : List.of(noData, after, unknown, unwritable, english)) {
            assertThat(result.output()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        try (var files = Files.list(outFolder)) {
            assertThat(files).isEmpty();
        }
    }

    // ---- expected values, by SQL of this test's own ----

    /** rated, HTXSNV, HTTNV, HTNV, KHTNV members of the district in a year. */
    private static long[] members(int year) throws SQLException {
        return longs(
                "select sum(count_rated), sum(count_htxsnv), sum(count_httnv), sum(count_htnv), sum(count_khtnv)"
                        + " from mart.level_distribution where year = ?",
                year);
    }

    /** rated and HTXSNV grassroots organizations in a year (their type that year, as rated). */
    private static long[] organizations(int year) throws SQLException {
        return longs(
                "select count(distinct ratings.unit_code) filter (where ratings.final_level is not null),"
                        + " count(distinct ratings.unit_code) filter (where ratings.final_level = 'HTXSNV')"
                        + " from core.org_rating as ratings"
                        + " where ratings.year = ? and ratings.unit_code in"
                        + " (select unit_code from core.dim_unit where tier = 'grassroots')",
                year);
    }

    /** The values rejected from the year's files in force (neither failed nor replaced by a later file). */
    private static long rejected(int year) throws SQLException {
        return longs(
                "select count(*) from meta.rejects as rejects join meta.load_log as logs"
                        + " on logs.load_id = rejects.load_id and logs.file = rejects.file"
                        + " where logs.year = ? and logs.status not in ('failed', 'superseded')",
                year)[0];
    }

    private static long findings(int year) throws SQLException {
        return longs("select count(*) from mart.findings where year = ?", year)[0];
    }

    /**
     * The rated members in a year of the organizations a unit was formed from: merged into it, renamed to
     * it, or transferred to become one of its cells, through every such change before.
     */
    private static long predecessorsRated(String unit, int year) throws SQLException {
        return longs(
                "with recursive sources(unit_code) as ("
                        + " select cast(? as varchar)"
                        + " union select lineage.from_unit_code from core.unit_lineage as lineage"
                        + " inner join core.dim_unit as targets on targets.unit_code = lineage.to_unit_code"
                        + " inner join sources on sources.unit_code in (targets.unit_code, targets.parent_code)"
                        + " where lineage.change_kind in ('merge', 'transfer', 'rename'))"
                        + " select sum(count_rated) from mart.level_distribution"
                        + " where year = ? and org_code in (select unit_code from sources)",
                unit,
                year)[0];
    }

    private static long[] longs(String sql, Object... parameters) throws SQLException {
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                long[] values = new long[rows.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rows.getLong(i + 1);
                }
                return values;
            }
        }
    }

    /** 9595 as Vietnamese writes it: 9.595. */
    private static String vietnamese(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    /** part / whole as a Vietnamese percent with one decimal: 13,2%. */
    private static String percent(long part, long whole) {
        BigDecimal percent = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return percent.toPlainString().replace('.', ',') + "%";
    }

    private record Result(int exitCode, String output) {}

    private static Result danhgia(String... arguments) throws Exception {
        return danhgiaIn("vi", arguments);
    }

    private static Result danhgiaIn(String language, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin").resolve("danhgia").toString());
        command.add("report");
        command.add("--warehouse");
        command.add(warehouse.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("DANHGIA_LANG", language);
        return run(builder);
    }

    private static Result run(List<String> command) throws Exception {
        return run(new ProcessBuilder(command));
    }

    private static Result run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
    }
}
