package vn.danhgia.dashboard.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.dashboard.export.SpreadsheetSafety;
import vn.danhgia.dashboard.report.ReportNumbers;
import vn.danhgia.dashboard.report.ReportTexts;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.ReportBlock;
import vn.danhgia.dashboard.report.model.ReportChart;
import vn.danhgia.dashboard.report.model.ReportColumn;
import vn.danhgia.dashboard.report.model.ReportSection;
import vn.danhgia.dashboard.report.model.ReportTable;
import vn.danhgia.dashboard.report.model.YearReport;

/**
 * Writes a {@link YearReport} as an XLSX workbook: a summary sheet first (the title block, the simulated-data
 * mark, the summary points, the list of tables and charts), then one sheet per table with its header row bold
 * and frozen, an autofilter, numbers stored as numbers (shares as fractions shown as percentages) and a print
 * setup (A4, fit to width, header row repeated, "Trang x/y", the simulated mark in the page header).
 *
 * <p>Every text cell passes through {@link SpreadsheetSafety#neutralize}: a unit name beginning with "=" is
 * text, never a formula. Charts are listed by title on the summary sheet (no images). The caller owns {@code
 * out} (it is not closed).
 */
public final class XlsxReportWriter {
    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Logger LOG = LoggerFactory.getLogger(XlsxReportWriter.class);
    /** Rows kept in memory while writing; older ones go to a compressed temporary file. */
    private static final int WINDOW = 200;

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int SUMMARY_TEXT_WIDTH = 80;
    private static final int HEADER_TEXT = 100;

    private final YearReport report;
    private final ReportTexts texts;
    private final ReportNumbers numbers;

    private XlsxReportWriter(YearReport report) {
        this.report = report;
        this.texts = new ReportTexts(report.locale());
        this.numbers = new ReportNumbers(report.locale());
    }

    /** Writes the report as XLSX to {@code out}. */
    public static void write(YearReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        long started = System.nanoTime();
        new XlsxReportWriter(report).writeTo(out);
        LOG.info(
                "Report '{}': XLSX of {} sections written in {} ms",
                report.title().subtitle(),
                report.sections().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void writeTo(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            XlsxStyles styles = new XlsxStyles(workbook);
            workbook.getXSSFWorkbook()
                    .getProperties()
                    .getCoreProperties()
                    .setTitle(report.title().title() + " " + report.title().subtitle());
            Set<String> taken = new HashSet<>();
            String summaryName = texts.text("report.summarySheet");
            taken.add(summaryName.toLowerCase(Locale.ROOT));
            List<ReportTable> tables = new ArrayList<>();
            List<String> tableSheets = new ArrayList<>();
            for (ReportSection section : report.sections()) {
                for (ReportBlock block : section.blocks()) {
                    if (block instanceof ReportTable table) {
                        tables.add(table);
                        tableSheets.add(uniqueName(table.sheetName(), taken));
                    }
                }
            }
            summarySheet(workbook.createSheet(summaryName), styles, tables, tableSheets);
            for (int index = 0; index < tables.size(); index++) {
                tableSheet(workbook.createSheet(tableSheets.get(index)), styles, tables.get(index));
            }
            workbook.write(out);
        }
    }

    private void summarySheet(SXSSFSheet sheet, XlsxStyles styles, List<ReportTable> tables, List<String> names) {
        int row = 0;
        row = line(sheet, row, styles.text, report.title().issuingBodyParent(), texts.text("report.party"));
        row = line(sheet, row, styles.bold, report.title().issuingBody(), "");
        row = line(sheet, row, styles.text, report.title().documentNumber(), texts.placeAndDate(report.title()));
        row++;
        row = line(sheet, row, styles.title, report.title().title());
        row = line(sheet, row, styles.bold, report.title().subtitle());
        if (report.simulated()) {
            row = line(sheet, row, styles.mark, report.simulatedMark());
        }
        row++;
        if (!report.summary().isEmpty()) {
            row = line(sheet, row, styles.bold, texts.text("report.summary"));
            for (var point : report.summary()) {
                Row cells = sheet.createRow(row++);
                text(cells, 0, styles.wrapped, point.label());
                text(cells, 1, styles.bold, point.value());
                text(cells, 2, styles.wrapped, point.sentence());
            }
            row++;
        }
        if (!tables.isEmpty()) {
            row = line(sheet, row, styles.bold, texts.text("report.tables"));
            for (int index = 0; index < tables.size(); index++) {
                row = line(sheet, row, styles.text, tables.get(index).title(), names.get(index));
            }
            row++;
        }
        List<String[]> charts = charts();
        if (!charts.isEmpty()) {
            row = line(sheet, row, styles.bold, texts.text("report.charts"));
            for (String[] chart : charts) {
                row = line(sheet, row, styles.wrapped, chart);
            }
        }
        sheet.setColumnWidth(0, 42 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, SUMMARY_TEXT_WIDTH * 256);
        printSetup(sheet, report.title().title());
    }

    /** Each chart: its section, its caption and what it shows. */
    private List<String[]> charts() {
        List<String[]> charts = new ArrayList<>();
        List<ReportSection> sections = report.sections();
        for (int index = 0; index < sections.size(); index++) {
            String section =
                    ReportTexts.roman(index + 1) + ". " + sections.get(index).heading();
            for (ReportBlock block : sections.get(index).blocks()) {
                if (block instanceof ReportChart chart) {
                    charts.add(
                            new String[] {section, chart.title(), chart.spec().description()});
                }
            }
        }
        return charts;
    }

    private void tableSheet(SXSSFSheet sheet, XlsxStyles styles, ReportTable table) {
        List<ReportColumn> columns = table.columns();
        int lastRow = table.rows().size();
        if (lastRow >= SpreadsheetVersion.EXCEL2007.getMaxRows() - table.notes().size() - 1) {
            throw new IllegalArgumentException(
                    "Table '" + table.title() + "' has " + lastRow + " rows, more than an XLSX sheet holds: split it");
        }
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int column = 0; column < columns.size(); column++) {
            text(header, column, styles.header, columns.get(column).header());
            widths[column] = longestWord(columns.get(column).header()) + 2;
        }
        int rowIndex = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                if (value == null) {
                    continue;
                }
                ColumnKind kind = columns.get(column).kind();
                Cell cell = row.createCell(column);
                cell.setCellStyle(styles.of(kind));
                if (value instanceof String string) {
                    cell.setCellValue(SpreadsheetSafety.neutralize(string));
                } else if (value instanceof BigDecimal exact) {
                    cell.setCellValue(exact.doubleValue());
                } else {
                    cell.setCellValue(((Number) value).doubleValue());
                }
                widths[column] =
                        Math.max(widths[column], numbers.format(kind, value).length() + 2);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        rowIndex++;
        for (String note : table.notes()) {
            text(sheet.createRow(rowIndex++), 0, styles.italic, note);
        }
        for (int column = 0; column < columns.size(); column++) {
            sheet.setColumnWidth(column, Math.max(MIN_WIDTH, Math.min(widths[column], MAX_WIDTH)) * 256);
        }
        printSetup(sheet, table.title());
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        sheet.getPrintSetup().setLandscape(columns.size() > 6);
    }

    /** A4, fit to the page's width, the title and simulated mark at the head, "Trang x/y" at the foot. */
    private void printSetup(Sheet sheet, String title) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        Header header = sheet.getHeader();
        header.setCenter(headerText(title));
        if (report.simulated()) {
            header.setRight(headerText(report.simulatedMark()));
        }
        Footer footer = sheet.getFooter();
        footer.setCenter(texts.text("report.page", "&P", "&N"));
    }

    /**
     * A text for a page header: "&" doubled (it starts a field code there), and shortened, as a header holds
     * at most 255 characters in all.
     */
    private static String headerText(String text) {
        String shortened = text.length() > HEADER_TEXT ? text.substring(0, HEADER_TEXT - 1) + "…" : text;
        return shortened.replace("&", "&&");
    }

    private static int line(Sheet sheet, int rowIndex, CellStyle style, String... values) {
        Row row = sheet.createRow(rowIndex);
        for (int column = 0; column < values.length; column++) {
            if (!values[column].isEmpty()) {
                text(row, column, style, values[column]);
            }
        }
        return rowIndex + 1;
    }

    private static void text(Row row, int column, CellStyle style, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SpreadsheetSafety.neutralize(value));
        cell.setCellStyle(style);
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(longest, Math.min(text.length(), 16));
    }

    /** The sheet name, made unique (case-insensitively, as spreadsheet programs compare them) with " (2)"… */
    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int copy = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); copy++) {
            String suffix = " (" + copy + ")";
            candidate =
                    name.substring(0, Math.min(name.length(), ReportTable.MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }
}
