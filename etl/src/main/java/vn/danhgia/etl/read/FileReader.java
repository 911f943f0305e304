package vn.danhgia.etl.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.text.TextEncoding;
import vn.danhgia.etl.read.internal.FileSniffer;
import vn.danhgia.etl.read.internal.HeaderDetector;
import vn.danhgia.etl.read.internal.HeaderMeaning;
import vn.danhgia.etl.read.internal.Provenance;
import vn.danhgia.etl.read.internal.ReadErrors;
import vn.danhgia.etl.read.internal.SheetPlan;
import vn.danhgia.etl.read.internal.SheetReader;
import vn.danhgia.etl.read.internal.SynonymTable;
import vn.danhgia.etl.read.internal.TableRow;
import vn.danhgia.etl.read.internal.TableSource;
import vn.danhgia.etl.read.internal.TableSources;
import vn.danhgia.etl.read.internal.TableSources.OpenedText;
import vn.danhgia.etl.read.internal.Units;

/**
 * Reads one unit file (xlsx, xls, csv, txt; an HTML page or a Word .docx as its tables) into raw rows, detecting everything from its content: what
 * it is (from its first bytes), its text encoding and separator, the header row(s) and with them the
 * kind of form, the year and issuing unit (title block, year column, folder, file name, then the hints),
 * and the layout (cell column, cell-group rows, one sheet per cell, x-marks, SL/% pairs).
 *
 * <p>Detection uses only each sheet's top rows; the data are then streamed to the sink, row by row, with
 * nothing buffered. A file that cannot be read, whose layout is unknown, or whose year or unit is missing
 * fails before any row is delivered. A workbook damaged midway fails with {@code UNREADABLE_FILE} after
 * some rows were delivered: the caller must discard that file's rows (see {@link RawRowSink}).
 */
public final class FileReader {
    /** How many rows from the top of a sheet are searched for the title block and header. */
    public static final int HEAD_ROWS = 40;

    private static final Logger LOG = LoggerFactory.getLogger(FileReader.class);

    private final SynonymTable synonyms;
    private final HeaderDetector detector;

    public FileReader() {
        this(MappingProfiles.none());
    }

    /** A reader that applies saved mapping profiles to the headers they match. */
    public FileReader(MappingProfiles profiles) {
        this(SynonymTable.defaults(), profiles);
    }

    FileReader(SynonymTable synonyms) {
        this(synonyms, MappingProfiles.none());
    }

    FileReader(SynonymTable synonyms, MappingProfiles profiles) {
        this.synonyms = synonyms;
        this.detector = new HeaderDetector(synonyms, HeaderMeaning.defaults(), profiles);
    }

    public FileSummary read(Path file, Path root, ReadHints hints, RawRowSink sink) {
        String sourceFile = Provenance.relative(file, root);
        FileSniffer.Format format = FileSniffer.sniff(file, sourceFile);
        RawRowSink guarded = new GuardedSink(sink);
        try {
            return switch (format) {
                case TEXT -> readText(file, sourceFile, hints, guarded);
                case XLSX, XLS, HTML, DOCX -> readWorkbook(file, sourceFile, format, hints, guarded);
            };
        } catch (SinkFailure e) {
            throw e.getCause();
        } catch (DanhgiaException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw ReadErrors.unreadable(sourceFile, e, "read.encrypted");
        } catch (IOException | UncheckedIOException e) {
            throw ReadErrors.unreadable(sourceFile, e, "read.io", ReadErrors.reason(e));
        } catch (RuntimeException e) {
            // POI and the XML parser signal damaged content with assorted runtime exceptions
            throw ReadErrors.unreadable(sourceFile, e, "read.corrupt", ReadErrors.reason(e));
        }
    }

    /** What {@link #inspect} finds: how the file is understood, its first rows and their issues. */
    public record Inspection(FileUnderstanding understanding, List<RawRow> rows, List<RowIssue> issues) {
        public Inspection {
            java.util.Objects.requireNonNull(understanding, "understanding");
            rows = List.copyOf(rows);
            issues = List.copyOf(issues);
        }
    }

    /** Stops reading once the first rows are in. */
    private static final class EnoughRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnoughRows() {
            super(null, null, false, false);
        }
    }

    /**
     * How a file is understood, without loading it: reads the top rows, the header and the first {@code
     * firstRows} data rows, then stops. Fails as {@link #read} does when the file is not understood.
     */
    public Inspection inspect(Path file, Path root, ReadHints hints, int firstRows) {
        List<RawRow> rows = new ArrayList<>();
        List<RowIssue> issues = new ArrayList<>();
        FileUnderstanding[] understood = new FileUnderstanding[1];
        RawRowSink sink = new RawRowSink() {
            @Override
            public void row(RawRow row) {
                rows.add(row);
                stopWhenEnough();
            }

            @Override
            public void issue(RowIssue issue) {
                issues.add(issue);
                stopWhenEnough();
            }

            @Override
            public void understood(FileUnderstanding understanding) {
                understood[0] = understanding;
                stopWhenEnough();
            }

            private void stopWhenEnough() {
                if (rows.size() + issues.size() >= firstRows) {
                    throw new EnoughRows();
                }
            }
        };
        try {
            read(file, root, hints, sink);
        } catch (EnoughRows enough) {
            // the first rows are in
        }
        return new Inspection(understood[0], rows, issues);
    }

    /**
     * A mapping profile for a file the reader does not understand by itself: the first header row (of any
     * sheet, among its top rows) holding every mapped column, named by its title as written (compared
     * folded) or by its letter ('C'), and the kind that mapping makes of it.
     */
    public MappingProfile profile(Path file, Path root, String name, Map<String, String> columns) {
        String sourceFile = Provenance.relative(file, root);
        for (String field : columns.values()) {
            if (!FormFields.isKnown(field)) {
                throw new DanhgiaException(
                        vn.danhgia.core.error.ErrorCode.INVALID_USAGE,
                        ReadErrors.message("profile.unknownField", field, FormFields.allFields()));
            }
        }
        for (List<TableRow> head : heads(file, sourceFile)) {
            for (TableRow row : head) {
                Optional<Map<String, String>> byTitle = titles(row, columns);
                if (byTitle.isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.width(); column++) {
                    if (!row.value(column).isEmpty()) {
                        cells.add(row.value(column));
                    }
                }
                InputKind kind = detector.kindOf(row, byTitle.get())
                        .orElseThrow(() -> new DanhgiaException(
                                vn.danhgia.core.error.ErrorCode.INVALID_USAGE,
                                ReadErrors.message(
                                        "profile.noFields", sourceFile, String.join(", ", columns.values()))));
                return new MappingProfile(name, kind, cells, byTitle.get());
            }
        }
        throw new DanhgiaException(
                vn.danhgia.core.error.ErrorCode.INVALID_USAGE,
                ReadErrors.message("profile.noHeaderRow", String.join(", ", columns.keySet()), HEAD_ROWS));
    }

    /** The mapping by the row's titles, when the row holds every mapped column (by title or letter). */
    private static Optional<Map<String, String>> titles(TableRow row, Map<String, String> columns) {
        Map<String, String> byTitle = new java.util.LinkedHashMap<>();
        for (var entry : columns.entrySet()) {
            String wanted = vn.danhgia.etl.read.internal.HeaderText.key(entry.getKey());
            Optional<String> title = Optional.empty();
            for (int column = 0; column < row.width() && title.isEmpty(); column++) {
                String text = row.value(column);
                if (!text.isEmpty()
                        && !row.isTyped(column)
                        && vn.danhgia.etl.read.internal.HeaderText.key(text).equals(wanted)) {
                    title = Optional.of(text);
                }
            }
            if (title.isEmpty() && entry.getKey().strip().matches("[A-Za-z]{1,2}")) {
                int column = letterIndex(entry.getKey().strip());
                if (column < row.width() && !row.value(column).isEmpty() && !row.isTyped(column)) {
                    title = Optional.of(row.value(column));
                }
            }
            if (title.isEmpty()) {
                return Optional.empty();
            }
            byTitle.put(title.get(), entry.getValue());
        }
        return Optional.of(byTitle);
    }

    private static int letterIndex(String letters) {
        int index = 0;
        for (char letter : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            index = index * 26 + (letter - 'A' + 1);
        }
        return index - 1;
    }

    /** The top rows of every sheet. */
    private static List<List<TableRow>> heads(Path file, String sourceFile) {
        FileSniffer.Format format = FileSniffer.sniff(file, sourceFile);
        List<List<TableRow>> heads = new ArrayList<>();
        try {
            if (format == FileSniffer.Format.TEXT) {
                try (TableSource table = TableSources.openText(Files.readAllBytes(file), sourceFile)
                        .source()) {
                    heads.add(head(table.rows(0)));
                }
            } else {
                try (TableSource table = TableSources.openWorkbook(file, format, sourceFile)) {
                    for (int index = 0; index < table.sheetNames().size(); index++) {
                        heads.add(head(table.rows(index)));
                    }
                }
            }
        } catch (IOException e) {
            throw ReadErrors.unreadable(sourceFile, e, "read.io", ReadErrors.reason(e));
        }
        return heads;
    }

    /** A failure of the caller's sink, kept apart so it is never reported as a damaged file. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private record GuardedSink(RawRowSink sink) implements RawRowSink {
        @Override
        public void row(RawRow row) {
            try {
                sink.row(row);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void issue(RowIssue issue) {
            try {
                sink.issue(issue);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void understood(FileUnderstanding understanding) {
            try {
                sink.understood(understanding);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }
    }

    private FileSummary readText(Path file, String sourceFile, ReadHints hints, RawRowSink sink) throws IOException {
        OpenedText opened = TableSources.openText(Files.readAllBytes(file), sourceFile);
        try (TableSource table = opened.source()) {
            List<TableRow> head = head(table.rows(0));
            Optional<SheetPlan> plan = SheetPlan.of(0, Optional.empty(), head, detector, synonyms);
            if (plan.isEmpty()) {
                throw ReadErrors.unknownLayout(sourceFile, HEAD_ROWS, Optional.empty(), detector.closest(head));
            }
            Survey survey = new Survey(List.of(plan.get()), List.of());
            Iterator<TableRow> rows = table.rows(0);
            return readPlanned(
                    file,
                    sourceFile,
                    hints,
                    sink,
                    survey,
                    index -> rows,
                    Optional.of(opened.encoding()),
                    Optional.of(opened.separator()));
        }
    }

    private FileSummary readWorkbook(
            Path file, String sourceFile, FileSniffer.Format format, ReadHints hints, RawRowSink sink)
            throws IOException {
        try (TableSource table = TableSources.openWorkbook(file, format, sourceFile)) {
            int sheets = table.sheetNames().size();
            if (sheets == 1) {
                Iterator<TableRow> rows = table.rows(0);
                List<TableRow> head = head(rows);
                Survey survey = survey(
                        sourceFile, table.sheetNames(), List.of(plan(table, 0, head)), List.of(head), head.isEmpty());
                Iterator<TableRow> all = new HeadThenRest(head.iterator(), rows);
                return readPlanned(
                        file, sourceFile, hints, sink, survey, index -> all, Optional.empty(), Optional.empty());
            }
            Survey survey;
            // A second opening reads only the top rows of every sheet, so that the unit and the cells of a
            // one-sheet-per-cell workbook are known before the first row is delivered.
            try (TableSource surveyed = TableSources.openWorkbook(file, format, sourceFile)) {
                List<Optional<SheetPlan>> plans = new ArrayList<>();
                List<List<TableRow>> heads = new ArrayList<>();
                boolean allBlank = true;
                for (int index = 0; index < sheets; index++) {
                    List<TableRow> head = head(surveyed.rows(index));
                    allBlank &= head.isEmpty();
                    plans.add(plan(surveyed, index, head));
                    heads.add(head);
                }
                survey = survey(sourceFile, surveyed.sheetNames(), plans, heads, allBlank);
            }
            return readPlanned(file, sourceFile, hints, sink, survey, table::rows, Optional.empty(), Optional.empty());
        }
    }

    private Optional<SheetPlan> plan(TableSource table, int index, List<TableRow> head) {
        return SheetPlan.of(index, table.sheetNames().get(index), head, detector, synonyms);
    }

    /** The sheets of the file's kind (that of the first sheet with a header) and the names of the others. */
    private record Survey(List<SheetPlan> plans, List<String> skippedSheets) {}

    private Survey survey(
            String sourceFile,
            List<Optional<String>> names,
            List<Optional<SheetPlan>> plans,
            List<List<TableRow>> heads,
            boolean allBlank) {
        Optional<InputKind> kind = plans.stream()
                .flatMap(Optional::stream)
                .map(plan -> plan.header().rules().kind())
                .findFirst();
        if (kind.isEmpty()) {
            if (allBlank) {
                throw ReadErrors.empty(sourceFile, "read.emptyWorkbook");
            }
            throw unknownLayout(sourceFile, names, heads);
        }
        List<SheetPlan> read = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Optional<SheetPlan> plan : plans) {
            if (plan.isPresent() && plan.get().header().rules().kind() == kind.get()) {
                read.add(plan.get());
            }
        }
        for (int index = 0; index < plans.size(); index++) {
            int sheetIndex = index;
            if (read.stream().noneMatch(plan -> plan.sheetIndex() == sheetIndex)) {
                skipped.add(names.get(sheetIndex).orElse(String.valueOf(sheetIndex + 1)));
            }
        }
        return new Survey(read, skipped);
    }

    /** The unknown-layout error naming the sheet and row that came closest to a header. */
    private DanhgiaException unknownLayout(
            String sourceFile, List<Optional<String>> names, List<List<TableRow>> heads) {
        HeaderDetector.Attempt best = null;
        Optional<String> sheet = Optional.empty();
        for (int index = 0; index < heads.size(); index++) {
            Optional<HeaderDetector.Attempt> attempt = detector.closest(heads.get(index));
            if (attempt.isPresent()
                    && (best == null
                            || attempt.get().bound().size() > best.bound().size())) {
                best = attempt.get();
                sheet = names.get(index);
            }
        }
        return ReadErrors.unknownLayout(sourceFile, HEAD_ROWS, sheet, Optional.ofNullable(best));
    }

    private interface RowsOfSheet {
        Iterator<TableRow> rows(int sheet);
    }

    private FileSummary readPlanned(
            Path file,
            String sourceFile,
            ReadHints hints,
            RawRowSink sink,
            Survey survey,
            RowsOfSheet rowsOfSheet,
            Optional<TextEncoding> encoding,
            Optional<Character> separator) {
        SheetPlan first = survey.plans().get(0);
        InputKind kind = first.header().rules().kind();
        Units.Resolved units = Units.resolve(survey.plans(), file, sourceFile, hints, synonyms);
        YearFound found = year(file, sourceFile, hints, survey.plans());
        Optional<Integer> year = found.year();
        sink.understood(understanding(sourceFile, kind, found, units, survey));
        SheetReader reader = new SheetReader(synonyms, sourceFile, sink);
        List<String> sheets = new ArrayList<>();
        for (SheetPlan plan : survey.plans()) {
            Optional<String> sheetCell = units.sheetCells().getOrDefault(plan.sheetIndex(), Optional.empty());
            reader.read(
                    new SheetReader.SheetContext(plan, kind, year, units.unit(), sheetCell),
                    rowsOfSheet.rows(plan.sheetIndex()));
            plan.sheetName().ifPresent(sheets::add);
        }
        Layout layout = new Layout(
                first.header().firstRow(),
                first.header().depth(),
                first.header().hasNumberingRow(),
                first.header().hasMarks(),
                first.header().countShares(),
                cellSource(kind, first, units, reader),
                separator);
        FileSummary summary = new FileSummary(
                sourceFile,
                kind,
                year,
                units.unit(),
                sheets,
                survey.skippedSheets(),
                reader.rowsRead(),
                reader.rowIssues(),
                encoding,
                layout);
        LOG.info(
                "{}: {} ({}), year {}, unit {}, {} rows, {} row issues",
                sourceFile,
                kind.code(),
                layout.cellSource(),
                year.map(String::valueOf).orElse("-"),
                units.unit().orElse("-"),
                reader.rowsRead(),
                reader.rowIssues());
        return summary;
    }

    private static Layout.CellSource cellSource(
            InputKind kind, SheetPlan first, Units.Resolved units, SheetReader reader) {
        if (!kind.fields().contains("cell")) {
            return Layout.CellSource.NONE;
        }
        if (first.header().binds("cell")) {
            return Layout.CellSource.COLUMN;
        }
        if (reader.groupRowsSeen()) {
            return Layout.CellSource.GROUP_ROWS;
        }
        return units.sheetCells().values().stream().anyMatch(Optional::isPresent)
                ? Layout.CellSource.SHEETS
                : Layout.CellSource.NONE;
    }

    private static FileUnderstanding understanding(
            String sourceFile, InputKind kind, YearFound year, Units.Resolved units, Survey survey) {
        List<FileUnderstanding.SheetHeader> sheets = new ArrayList<>();
        for (SheetPlan plan : survey.plans()) {
            List<FileUnderstanding.Column> columns = plan.header().columns().stream()
                    .map(binding -> new FileUnderstanding.Column(
                            binding.column(),
                            binding.header(),
                            binding.field(),
                            binding.source().name().toLowerCase(java.util.Locale.ROOT),
                            binding.score(),
                            binding.markLevel()))
                    .toList();
            sheets.add(new FileUnderstanding.SheetHeader(
                    plan.sheetName(),
                    plan.header().firstRow(),
                    plan.headerCells(),
                    plan.header().numberingRow(),
                    columns));
        }
        Optional<String> profile = survey.plans().stream()
                .map(plan -> plan.header().profile())
                .flatMap(Optional::stream)
                .findFirst();
        return new FileUnderstanding(
                sourceFile,
                kind,
                year.year(),
                year.foundIn(),
                units.unit(),
                units.foundIn(),
                profile,
                sheets,
                survey.skippedSheets());
    }

    /** A year and where it was found. */
    private record YearFound(Optional<Integer> year, Optional<FoundIn> foundIn) {}

    /**
     * The title, then the file name, then the nearest folder, then the hint; for kinds whose rows carry a
     * year (a year column) none is needed.
     */
    private YearFound year(Path file, String sourceFile, ReadHints hints, List<SheetPlan> plans) {
        Optional<Integer> year = plans.stream()
                .map(SheetPlan::titleYear)
                .flatMap(Optional::stream)
                .findFirst();
        Optional<FoundIn> foundIn = year.map(found -> FoundIn.TITLE);
        if (year.isEmpty()) {
            year = Provenance.fileNameYear(file);
            foundIn = year.map(found -> FoundIn.FILE_NAME);
        }
        if (year.isEmpty()) {
            year = Provenance.folderYear(file, sourceFile);
            foundIn = year.map(found -> FoundIn.FOLDER);
        }
        if (year.isEmpty()) {
            year = hints.year();
            foundIn = year.map(found -> FoundIn.HINT);
        }
        var rules = plans.get(0).header().rules();
        if (year.isEmpty() && rules.yearField().isPresent()) {
            foundIn = Optional.of(FoundIn.COLUMN);
        }
        if (year.isEmpty() && rules.needsYear() && rules.yearField().isEmpty()) {
            throw ReadErrors.missingYear(sourceFile, rules.kind());
        }
        return new YearFound(year, foundIn);
    }

    private static List<TableRow> head(Iterator<TableRow> rows) {
        List<TableRow> head = new ArrayList<>();
        while (head.size() < HEAD_ROWS && rows.hasNext()) {
            TableRow row = rows.next();
            if (!row.isBlank()) {
                head.add(row);
            }
        }
        return head;
    }

    /** The buffered top rows, then the rest of the same stream. */
    private record HeadThenRest(Iterator<TableRow> head, Iterator<TableRow> rest) implements Iterator<TableRow> {
        @Override
        public boolean hasNext() {
            return head.hasNext() || rest.hasNext();
        }

        @Override
        public TableRow next() {
            return head.hasNext() ? head.next() : rest.next();
        }
    }
}
