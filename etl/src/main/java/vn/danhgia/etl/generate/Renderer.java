package vn.danhgia.etl.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danhgia.core.text.TextEncoding;

/** Renders a {@link Table} as xlsx (streaming), xls or CSV, byte for byte the same for the same table. */
final class Renderer {
    enum Format {
        XLSX,
        XLS,
        CSV
    }

    /** What the manifest records about one written file. */
    record Written(String path, Format format, String encoding, int rows, List<String> badRows) {}

    private static final Date FIXED_DATE =
            Date.from(LocalDate.of(2025, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC));
    private static final long FIXED_ZIP_TIME =
            LocalDate.of(2025, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    private static final int STREAMING_ROWS = 2_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Renderer() {}

    static Written write(
            Table table,
            Path root,
            String relativeDir,
            Format format,
            TextEncoding encoding,
            char separator,
            boolean decimalComma)
            throws IOException {
        String extension = format.name().toLowerCase(Locale.ROOT);
        String relative = relativeDir + "/" + table.baseName + "." + extension;
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        List<String> bad = new ArrayList<>();
        byte[] bytes =
                switch (format) {
                    case CSV -> csv(table, encoding, separator, decimalComma, bad);
                    // Small workbooks are faster in memory; big ones stream through SXSSF's temp files.
                    case XLSX ->
                        fixZip(workbook(
                                table,
                                table.dataRows() > STREAMING_ROWS ? new SXSSFWorkbook(200) : new XSSFWorkbook(),
                                bad));
                    case XLS -> {
                        HSSFWorkbook workbook = new HSSFWorkbook();
                        // Empty property sets (no timestamps): POI warns when a workbook has none.
                        workbook.createInformationProperties();
                        workbook.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
                        workbook.getDocumentSummaryInformation()
                                .getFirstSection()
                                .setCodepage(CodePageUtil.CP_UNICODE);
                        yield workbook(table, workbook, bad);
                    }
                };
        Files.write(path, bytes);
        return new Written(relative, format, format == Format.CSV ? encoding.code() : null, table.dataRows(), bad);
    }

    private static byte[] workbook(Table table, Workbook workbook, List<String> bad) throws IOException {
        try (workbook) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (Table.Sheet part : table.sheets) {
                Sheet sheet = workbook.createSheet(part.name);
                int r = 0;
                for (Object[] title : table.titleRows) {
                    boolean cellLine = part.cellTitle != null && r == 2;
                    put(sheet.createRow(r++), cellLine ? new Object[] {part.cellTitle} : title, dateStyle);
                }
                int headerRow = r;
                put(sheet.createRow(r++), table.header, dateStyle);
                if (table.subHeader != null) {
                    put(sheet.createRow(r++), table.subHeader, dateStyle);
                    mergeHeader(sheet, table, headerRow);
                }
                if (table.numberingRow) {
                    Object[] numbers = new Object[table.header.length];
                    for (int i = 0; i < numbers.length; i++) {
                        numbers[i] = "(" + (i + 1) + ")";
                    }
                    put(sheet.createRow(r++), numbers, dateStyle);
                }
                for (int i = 0; i < part.rows.size(); i++) {
                    String reason = part.badRows.get(i);
                    if (reason != null) {
                        bad.add(part.name + "!" + (r + 1) + ":" + reason);
                    }
                    put(sheet.createRow(r++), part.rows.get(i), dateStyle);
                }
                for (Object[] footer : table.footerRows) {
                    put(sheet.createRow(r++), footer, dateStyle);
                }
            }
            XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook streaming
                    ? streaming.getXSSFWorkbook()
                    : workbook instanceof XSSFWorkbook plain ? plain : null;
            if (xssf != null) {
                var properties = xssf.getProperties().getCoreProperties();
                properties.setCreated(Optional.of(FIXED_DATE));
                properties.setModified(Optional.of(FIXED_DATE));
                properties.setCreator("danhgia generate (mô phỏng)");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            return out.toByteArray();
        }
    }

    /** Merges the header cells: a group over its sub-columns, single columns over both rows. */
    private static void mergeHeader(Sheet sheet, Table table, int headerRow) {
        int column = 0;
        while (column < table.header.length) {
            if (table.subHeader[column] == null) {
                sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow + 1, column, column));
                column++;
                continue;
            }
            int end = column;
            while (end + 1 < table.header.length && table.header[end + 1] == null && table.subHeader[end + 1] != null) {
                end++;
            }
            if (end > column) {
                sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow, column, end));
            }
            column = end + 1;
        }
    }

    private static void put(Row row, Object[] values, CellStyle dateStyle) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Rewrites the zip with fixed entry times so the same content gives the same bytes. */
    private static byte[] fixZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipFile in = ZipFile.builder()
                        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                        .get();
                ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_ZIP_TIME);
                rezipped.putNextEntry(copy);
                try (var data = in.getInputStream(entry)) {
                    data.transferTo(rezipped);
                }
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] csv(
            Table table, TextEncoding encoding, char separator, boolean decimalComma, List<String> bad) {
        StringBuilder text = new StringBuilder();
        line(text, table.flatHeader(), separator, decimalComma);
        int r = 2;
        for (Table.Sheet part : table.sheets) {
            for (int i = 0; i < part.rows.size(); i++) {
                if (part.groupRows.contains(i)) {
                    continue;
                }
                String reason = part.badRows.get(i);
                if (reason != null) {
                    bad.add(r + ":" + reason);
                }
                line(text, part.rows.get(i), separator, decimalComma);
                r++;
            }
        }
        return encoding.encode(text.toString());
    }

    private static void line(StringBuilder text, Object[] values, char separator, boolean decimalComma) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(separator);
            }
            Object value = values[i];
            String cell;
            if (value == null) {
                cell = "";
            } else if (value instanceof Double number) {
                cell = number == Math.rint(number) && Math.abs(number) < 1e9
                        ? String.valueOf(number.longValue())
                        : String.valueOf(number);
                if (decimalComma) {
                    cell = String.format(Locale.ROOT, "%.1f", number).replace('.', ',');
                }
            } else if (value instanceof LocalDate date) {
                cell = date.format(DAY);
            } else {
                cell = value.toString();
            }
            if (cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            text.append(cell);
        }
        text.append("\r\n");
    }
}
