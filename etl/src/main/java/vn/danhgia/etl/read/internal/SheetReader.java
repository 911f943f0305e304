package vn.danhgia.etl.read.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.level.LevelContext;
import vn.danhgia.core.level.LevelParser;
import vn.danhgia.core.level.ParsedRating;
import vn.danhgia.etl.read.RawRow;
import vn.danhgia.etl.read.RawRowSink;
import vn.danhgia.etl.read.RowIssue;

/**
 * Streams the data rows of one sheet below its header into raw rows. Skips blank rows, the numbering
 * row, total rows ('Tổng cộng', 'Cộng') and section labels; a row holding only a cell's name ('Chi bộ thôn
 * Đông') names the cell of the rows below it; the signature block ('T/M ĐẢNG ỦY', 'Người lập biểu', a
 * place-and-date line) ends the table. Levels given as x-marks become the marked column's level text.
 */
public final class SheetReader {
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:[ivxlc]+|\\d{1,2}|[a-z])\\s+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final String CELL_FIELD = "cell";

    private final SynonymTable synonyms;
    private final String sourceFile;
    private final RawRowSink sink;

    private long rowsRead;
    private long rowIssues;
    private boolean groupRowsSeen;

    public SheetReader(SynonymTable synonyms, String sourceFile, RawRowSink sink) {
        this.synonyms = synonyms;
        this.sourceFile = sourceFile;
        this.sink = sink;
    }

    /** The file-level facts every row of the sheet carries. */
    public record SheetContext(
            SheetPlan plan,
            InputKind kind,
            Optional<Integer> year,
            Optional<String> unit,
            Optional<String> sheetCell) {}

    public void read(SheetContext context, Iterator<TableRow> rows) {
        HeaderLayout header = context.plan().header();
        Optional<String> sheet = context.plan().sheetName();
        Optional<String> group = Optional.empty();
        boolean cellBound = header.binds(CELL_FIELD);
        boolean wantsCell = context.kind().fields().contains(CELL_FIELD);
        List<List<ColumnBinding>> markGroups = markGroups(header);
        Optional<String> unitField = header.rules().unitField().filter(header::binds);
        while (rows.hasNext()) {
            TableRow row = rows.next();
            if (row.number() <= header.lastRow() || row.number() == header.numberingRow() || row.isBlank()) {
                continue;
            }
            if (isSignature(row)) {
                return;
            }
            if (isTotal(row)) {
                continue;
            }
            if (row.filledCount() == 1 && !row.isTyped(row.firstFilledColumn())) {
                String label = row.value(row.firstFilledColumn());
                if (wantsCell && !cellBound && isGroupRow(row, synonyms)) {
                    group = Optional.of(label);
                    groupRowsSeen = true;
                }
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (ColumnBinding binding : header.columns()) {
                if (!binding.isMark()) {
                    String value = row.value(binding.column());
                    if (!value.isEmpty()) {
                        // a field in two columns (a name split as 'Họ đệm' | 'Tên') is read joined
                        fields.merge(binding.field(), value, (left, right) -> left + " " + right);
                    }
                }
            }
            // a column naming the row's own party organization gives its unit, before the file's
            Optional<String> rowUnit = unitField.map(fields::remove);
            if (fields.isEmpty() && !anyMarked(row, markGroups)) {
                continue;
            }
            if (!resolveMarks(row, sheet, markGroups, fields)) {
                continue;
            }
            if (wantsCell && !fields.containsKey(CELL_FIELD)) {
                Optional<String> cell = group.isPresent() ? group : context.sheetCell();
                cell.ifPresent(value -> fields.put(CELL_FIELD, value));
            }
            Optional<Integer> year = rowYear(context, fields);
            sink.row(new RawRow(
                    sourceFile, sheet, row.number(), context.kind(), year, rowUnit.or(context::unit), fields));
            rowsRead++;
        }
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowIssues() {
        return rowIssues;
    }

    public boolean groupRowsSeen() {
        return groupRowsSeen;
    }

    private Optional<Integer> rowYear(SheetContext context, Map<String, String> fields) {
        Optional<String> yearField = context.plan().header().rules().yearField();
        if (yearField.isPresent()) {
            String value = fields.getOrDefault(yearField.get(), "");
            if (YEAR.matcher(value).matches()) {
                return Optional.of(Integer.parseInt(value));
            }
        }
        return context.year();
    }

    private boolean isSignature(TableRow row) {
        // A data row may be sparse, but it has a number (its sequence number) where a signature line has none.
        if (row.filledCount() > 2 || row.hasTypedCell()) {
            return false;
        }
        for (int column = 0; column < row.width(); column++) {
            String value = row.value(column);
            if (!value.isEmpty() && !row.isTyped(column) && synonyms.isSignatureLabel(HeaderText.key(value))) {
                return true;
            }
        }
        return false;
    }

    private boolean isTotal(TableRow row) {
        int first = row.firstFilledColumn();
        return first >= 0 && !row.isTyped(first) && synonyms.isTotalLabel(HeaderText.key(row.value(first)));
    }

    /**
     * A row that opens a group of rows: one text cell naming a cell of the unit, perhaps numbered ('I. CHI BỘ
     * PHÒNG 1', 'Chi bộ thôn 3').
     */
    static boolean isGroupRow(TableRow row, SynonymTable synonyms) {
        if (row.filledCount() != 1 || row.isTyped(row.firstFilledColumn())) {
            return false;
        }
        String key = HeaderText.key(row.value(row.firstFilledColumn()));
        return synonyms.isGroupLabel(ENUMERATOR.matcher(key).replaceFirst(""));
    }

    /** The mark columns of each level field, in column order. */
    private static List<List<ColumnBinding>> markGroups(HeaderLayout header) {
        Map<String, List<ColumnBinding>> byField = new java.util.LinkedHashMap<>();
        for (ColumnBinding binding : header.columns()) {
            if (binding.isMark()) {
                byField.computeIfAbsent(binding.field(), field -> new ArrayList<>())
                        .add(binding);
            }
        }
        return List.copyOf(byField.values());
    }

    private static boolean anyMarked(TableRow row, List<List<ColumnBinding>> markGroups) {
        return markGroups.stream().flatMap(List::stream).anyMatch(binding -> !row.value(binding.column())
                .isEmpty());
    }

    /** Puts each mark group's level into the fields; reports the row and returns false when it cannot. */
    private boolean resolveMarks(
            TableRow row, Optional<String> sheet, List<List<ColumnBinding>> markGroups, Map<String, String> fields) {
        for (List<ColumnBinding> group : markGroups) {
            List<ColumnBinding> marked = new ArrayList<>();
            for (ColumnBinding binding : group) {
                String value = row.value(binding.column());
                if (value.isEmpty()) {
                    continue;
                }
                if (!synonyms.isMark(value)) {
                    report(row, sheet, ErrorCode.UNKNOWN_LEVEL, "issue.markUnknown", binding.header(), value);
                    return false;
                }
                marked.add(binding);
            }
            String headers = String.join(
                    ", ", group.stream().map(b -> b.markLevel().orElseThrow()).toList());
            if (marked.isEmpty()) {
                Optional<String> unrated = unratedStatus(fields);
                if (unrated.isPresent()) {
                    // exempt or new members get no mark: the self-assessment or note says why
                    fields.put(group.get(0).field(), unrated.get());
                    continue;
                }
                report(row, sheet, ErrorCode.MISSING_VALUE, "issue.marksNone", headers);
                return false;
            }
            if (marked.size() > 1) {
                report(row, sheet, ErrorCode.AMBIGUOUS_LEVEL, "issue.marksMany", marked.size(), headers);
                return false;
            }
            fields.put(marked.get(0).field(), marked.get(0).markLevel().orElseThrow());
        }
        return true;
    }

    /**
     * A status that explains a row without a mark ("Miễn đánh giá", "Chưa xếp loại", "Kết nạp chưa đủ
     * 6 tháng") written in the self-assessment or the note, as written; empty when there is none.
     */
    private static Optional<String> unratedStatus(Map<String, String> fields) {
        for (String field : List.of("self_level", "note")) {
            String text = fields.get(field);
            if (text == null) {
                continue;
            }
            for (String candidate : List.of(text, text.replaceAll("\\s*\\(.*\\)\\s*$", ""))) {
                try {
                    ParsedRating parsed = LevelParser.defaults().parse(candidate, LevelContext.LEVEL_COLUMN);
                    if (!parsed.isRated()) {
                        return Optional.of(candidate);
                    }
                } catch (DanhgiaException notAStatus) {
                    // not a status: look further
                }
            }
        }
        return Optional.empty();
    }

    private void report(TableRow row, Optional<String> sheet, ErrorCode code, String key, Object... arguments) {
        sink.issue(new RowIssue(sourceFile, sheet, row.number(), code, ReadErrors.message(key, arguments)));
        rowIssues++;
    }
}
