package vn.danhgia.dashboard.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.dashboard.report.SampleReports;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.ReportColumn;
import vn.danhgia.dashboard.report.model.ReportSection;
import vn.danhgia.dashboard.report.model.ReportTable;
import vn.danhgia.dashboard.report.model.SummaryPoint;
import vn.danhgia.dashboard.report.model.TitleBlock;
import vn.danhgia.dashboard.report.model.YearReport;

/**
 * Writes the sample district report as PDF and reads it back with PDFBox and poppler (pdffonts, pdftoppm):
 * the texts a reader looks for are there with their diacritics, long tables repeat their header on every page,
 * and every font is embedded.
 */
class PdfReportWriterIT {
    private static final YearReport REPORT = SampleReports.district();
    private static final Pattern PDFFONTS_ROW =
            Pattern.compile("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$");

    @TempDir
    static Path folder;

    private static Path pdf;
    private static List<String> pages;

    @BeforeAll
    static void writeAndRead() throws IOException {
        pdf = folder.resolve("district.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfReportWriter.write(REPORT, out);
        }
        // kept for a look with an image viewer: target/report-pdf/district.pdf
        Path kept = Path.of("target", "report-pdf");
        Files.createDirectories(kept);
        Files.copy(pdf, kept.resolve("district.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // in the order written (sorting by position splits words at accented capitals: "T ÓM")
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void firstPageHasTheTitleBlockOfAPartyDocument() {
        assertThat(pages.get(0))
                .contains("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
                .contains("HUYỆN ỦY THẠCH THẤT")
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                .contains("Số 15-BC/HU")
                .contains("Thạch Thất, ngày 07 tháng 12 năm 2026")
                .contains("BÁO CÁO")
                .contains("Kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 so với năm 2024")
                .contains("TÓM TẮT")
                .contains("12.345")
                .contains("Tăng 1,2 điểm phần trăm; vẫn dưới mức trần 20% theo quy định.");
    }

    @Test
    void sectionHeadingsAreNumberedWithTheirDiacritics() {
        String all = String.join(" ", pages);
        assertThat(all)
                .contains("I. Kết quả xếp loại đảng viên")
                .contains("II. Kết quả xếp loại tổ chức cơ sở đảng")
                .contains("III. Chất lượng dữ liệu và sáp nhập đơn vị");
    }

    @Test
    void numbersAreInTheVietnameseFormat() {
        String all = String.join(" ", pages);
        assertThat(all)
                .contains("Hoàn thành xuất sắc nhiệm vụ 1.389 11,3% 1.543 12,5% 1,2")
                .contains("Không hoàn thành nhiệm vụ 143 1,1% 99 0,8% -0,3");
    }

    @Test
    void everyPageIsNumberedOutOfTheTotalAndMarkedAsSimulated() {
        int total = pages.size();
        assertThat(total).isGreaterThanOrEqualTo(6);
        for (int page = 1; page <= total; page++) {
            assertThat(pages.get(page - 1))
                    .as("page %d", page)
                    .contains("Trang " + page + "/" + total)
                    .contains("DỮ LIỆU MÔ PHỎNG");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageItSpans() {
        List<Integer> spanned = new ArrayList<>();
        for (int page = 1; page <= pages.size(); page++) {
            if (pages.get(page - 1).contains("Chi bộ thôn")) {
                spanned.add(page);
            }
        }
        assertThat(spanned).hasSizeGreaterThanOrEqualTo(3);
        for (int page : spanned) {
            assertThat(pages.get(page - 1))
                    .as("page %d", page)
                    .contains("Bảng 2. Xếp loại theo tổ chức cơ sở đảng")
                    .contains("STT " + SampleReports.ORGANIZATION_HEADER + " Đảng viên HTXSNV 2024 HTXSNV 2025");
        }
        String all = String.join(" ", pages);
        assertThat(all).contains("200 Đảng bộ Công ty Hương Ngải 29 183 18,7% 18,3% Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void aTableTooWideForAPortraitPageGetsLandscapePages() throws IOException {
        List<Integer> landscape = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                if (document.getPage(page - 1).getRotation() == 90) {
                    landscape.add(page);
                }
            }
        }
        assertThat(landscape).isNotEmpty();
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(landscape.contains(page))
                    .as("page %d", page)
                    .isEqualTo(pages.get(page - 1).contains(SampleReports.WIDE_TABLE));
        }
        String first = pages.get(landscape.get(0) - 1);
        assertThat(first)
                .contains(
                        "Chi bộ Công ty cổ phần Gạch Ngọc Tiến 1 C40 2024 1.000 125 750 100 25 12,5% 75,0% 10,0% 2,5%")
                .contains("Sáp nhập vào Đảng bộ xã Tiến Xuân từ ngày 01/07/2025");
    }

    @Test
    void chartsAreVectorTextInTheEmbeddedFont() {
        String all = String.join(" ", pages);
        assertThat(all)
                .contains("Biểu đồ 1. Tỷ lệ xếp loại đảng viên qua các năm")
                .contains("Hoàn thành xuất sắc")
                .contains("Không hoàn thành")
                .contains("Năm 2024")
                .contains("Năm 2025");
    }

    @Test
    void saysItsLanguageAndTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("BÁO CÁO Kết quả đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 so với"
                            + " năm 2024");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("HUYỆN ỦY THẠCH THẤT");
        }
    }

    @Test
    void everyFontOfEveryPageIsEmbedded() throws IOException {
        Set<String> fonts = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, new HashSet<>());
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("embedded"));
        assertThat(fonts.stream()
                        .map(font -> font.replaceAll("^[A-Z]{6}\\+", "").replace(" embedded", "")))
                .isSubsetOf("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "DejaVuSans", "DejaVuSans-Bold")
                .contains("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "DejaVuSans");
    }

    @Test
    void popplerFindsEveryFontEmbeddedAndRendersEveryPage() throws IOException, InterruptedException {
        Result fonts = run("pdffonts", pdf.toString());
        assertThat(fonts.exitCode()).as(fonts.output()).isZero();
        List<String> rows = fonts.output().lines().skip(2).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            Matcher matcher = PDFFONTS_ROW.matcher(row);
            assertThat(matcher.find()).as(row).isTrue();
            assertThat(matcher.group(1)).as("emb of %s", row).isEqualTo("yes");
        }

        Path images = Files.createDirectories(folder.resolve("png"));
        Result render = run(
                "pdftoppm",
                "-r",
                "60",
                "-png",
                pdf.toString(),
                images.resolve("page").toString());
        assertThat(render.exitCode()).as(render.output()).isZero();
        assertThat(render.output()).doesNotContainIgnoringCase("missing").doesNotContainIgnoringCase("error");
        try (var files = Files.list(images)) {
            assertThat(files.count()).isEqualTo(pages.size());
        }
    }

    @Test
    void anEnglishReportOfRealDataHasNoMarkAndSaysWhenATableIsEmpty() throws IOException {
        ReportTable empty = new ReportTable(
                "Table 1. Late units",
                "Late units",
                List.of(new ReportColumn("Unit", ColumnKind.TEXT), new ReportColumn("Days late", ColumnKind.INTEGER)),
                List.of(),
                List.of());
        YearReport report = new YearReport(
                new TitleBlock(
                        "HANOI PARTY COMMITTEE",
                        "THACH THAT DISTRICT PARTY COMMITTEE",
                        "No. 15-BC/HU",
                        "Thạch Thất",
                        LocalDate.of(2026, 12, 7),
                        "REPORT",
                        "Ratings of 2025 against 2024"),
                false,
                "",
                List.of(new SummaryPoint("Members rated", "12,345", "Up 234 on 2024.")),
                List.of(new ReportSection("Late units", List.of(empty))),
                Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReportWriter.write(report, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(text)
                    .contains("COMMUNIST PARTY OF VIETNAM")
                    .contains("Thạch Thất, 7 December 2026")
                    .contains("SUMMARY")
                    .contains("12,345 Members rated Up 234 on 2024.")
                    .contains("I. Late units")
                    .contains("Unit Days late No data")
                    .contains("Page 1/2")
                    .contains("Page 2/2")
                    .doesNotContain("DỮ LIỆU MÔ PHỎNG");
        }
    }

    private static void collectFonts(PDResources resources, Set<String> fonts, Set<COSName> seen) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && seen.add(name)) {
                collectFonts(form.getResources(), fonts, seen);
            }
        }
    }

    private record Result(int exitCode, String output) {}

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        int exitCode = process.waitFor();
        return new Result(exitCode, output.toString(StandardCharsets.UTF_8));
    }
}
