package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a Word .docx file (POI XWPF), each one table: a cell spanning columns (gridSpan) keeps its
 * text in its first column and leaves the others empty, a cell continuing a vertical merge (vMerge) is
 * empty, columns skipped at the start of a row (gridBefore) are empty; the paragraphs before a table are
 * its title block ({@link DocumentTables}).
 */
final class DocxSource {
    private DocxSource() {}

    static TableSource open(Path file, String sourceFile) {
        DocumentTables collected = new DocumentTables();
        OPCPackage pack = null;
        try {
            pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
            // not closed: closing saves a package; the read-only package is reverted below
            XWPFDocument document = new XWPFDocument(pack);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines(paragraph.getText(), collected);
                } else if (element instanceof XWPFTable table) {
                    table(table, collected);
                } else if (element instanceof XWPFSDT control) {
                    lines(control.getContent().getText(), collected);
                }
            }
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw ReadErrors.unreadable(sourceFile, e, "read.corruptWord", ReadErrors.reason(e));
        } finally {
            if (pack != null) {
                pack.revert();
            }
        }
        List<GridSource.Table> tables = collected.tables();
        if (tables.isEmpty()) {
            throw ReadErrors.unreadable(sourceFile, "read.wordNoTable");
        }
        return new GridSource(tables);
    }

    /** A paragraph's text as lines: a line break ends a line, a tab separates cells as in a sheet row. */
    private static void lines(String text, DocumentTables collected) {
        for (String line : text.split("\\R")) {
            collected.line(line);
        }
    }

    private static void table(XWPFTable table, DocumentTables collected) {
        List<List<String>> grid = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            CTTrPr rowProperties = row.getCtRow().getTrPr();
            if (rowProperties != null && rowProperties.sizeOfGridBeforeArray() > 0) {
                pad(cells, number(rowProperties.getGridBeforeArray(0)));
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                cells.add(continuesMerge(properties) ? "" : cell.getText());
                if (properties != null && properties.isSetGridSpan()) {
                    pad(cells, number(properties.getGridSpan()) - 1);
                }
            }
            grid.add(cells);
        }
        collected.table(grid);
        if (grid.size() <= DocumentTables.LAYOUT_TABLE_ROWS) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    lines(cell.getText(), collected);
                }
            }
        }
    }

    /** A cell below the first of a vertical merge, or after the first of a legacy horizontal one. */
    private static boolean continuesMerge(CTTcPr properties) {
        if (properties == null) {
            return false;
        }
        if (properties.isSetVMerge()) {
            STMerge.Enum value = properties.getVMerge().getVal();
            if (value == null || value == STMerge.CONTINUE) {
                return true;
            }
        }
        if (properties.isSetHMerge()) {
            STMerge.Enum value = properties.getHMerge().getVal();
            return value == null || value == STMerge.CONTINUE;
        }
        return false;
    }

    private static int number(CTDecimalNumber value) {
        BigInteger number = value == null ? null : value.getVal();
        return number == null ? 1 : Math.max(0, Math.min(number.intValue(), Columns.MAX));
    }

    private static void pad(List<String> cells, int count) {
        for (int index = 0; index < count && cells.size() < Columns.MAX; index++) {
            cells.add("");
        }
    }
}
