package vn.danhgia.etl.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.cli.TextTable;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.etl.read.FileReader;
import vn.danhgia.etl.read.FileUnderstanding;
import vn.danhgia.etl.read.FormFields;
import vn.danhgia.etl.read.FoundIn;
import vn.danhgia.etl.read.RawRow;
import vn.danhgia.etl.read.ReadHints;
import vn.danhgia.etl.read.RowIssue;
import vn.danhgia.etl.read.internal.HeaderText;
import vn.danhgia.etl.read.internal.Provenance;
import vn.danhgia.etl.read.internal.ReadErrors;
import vn.danhgia.etl.read.internal.SynonymTable;

/** What {@code inspect} found in each file, printed for a person (tables) or a script (JSON). */
final class InspectReport {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.cli.messages");

    private InspectReport() {}

    /**
     * One file: its name, what the reader found, or the error that stopped it (with, for a layout not
     * understood, the row that came closest to a header); and a profile saved for it.
     */
    record FileResult(
            String file,
            Optional<FileReader.Inspection> inspection,
            Optional<String> error,
            Optional<ReadErrors.UnknownLayout> unknownLayout,
            Optional<Path> savedProfile) {
        FileResult {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(inspection, "inspection");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(unknownLayout, "unknownLayout");
            Objects.requireNonNull(savedProfile, "savedProfile");
        }
    }

    static FileResult inspect(
            FileReader reader, Path file, Path root, ReadHints hints, int rows, Optional<Path> savedProfile) {
        String name = Provenance.relative(file, root);
        try {
            return new FileResult(
                    name,
                    Optional.of(reader.inspect(file, root, hints, rows)),
                    Optional.empty(),
                    Optional.empty(),
                    savedProfile);
        } catch (DanhgiaException e) {
            Optional<ReadErrors.UnknownLayout> unknown =
                    e instanceof ReadErrors.UnknownLayout layout ? Optional.of(layout) : Optional.empty();
            return new FileResult(name, Optional.empty(), Optional.of(e.describe()), unknown, savedProfile);
        }
    }

    /** The warnings of an inspection: sheets skipped, header cells that bound nothing, row issues. */
    static List<String> warnings(FileReader.Inspection inspection) {
        List<String> warnings = new ArrayList<>();
        FileUnderstanding understanding = inspection.understanding();
        for (String sheet : understanding.skippedSheets()) {
            warnings.add(MESSAGES.format("inspect.warning.skippedSheet", sheet));
        }
        for (FileUnderstanding.SheetHeader sheet : understanding.sheets()) {
            List<Integer> bound = sheet.columns().stream()
                    .map(FileUnderstanding.Column::column)
                    .toList();
            List<String> last = sheet.rows().isEmpty()
                    ? List.of()
                    : sheet.rows().get(sheet.rows().size() - 1);
            List<String> first =
                    sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0);
            int width = Math.max(first.size(), last.size());
            for (int column = 0; column < width; column++) {
                String top = column < first.size() ? first.get(column) : "";
                String sub = column < last.size() && sheet.rows().size() > 1 ? last.get(column) : "";
                String text = (top + " " + sub).strip();
                // a share column ('%' under a level's count) is read and dropped on purpose
                boolean share = SynonymTable.defaults().isShareHeader(HeaderText.key(sub.isEmpty() ? top : sub));
                if (!text.isEmpty() && !bound.contains(column) && !share) {
                    warnings.add(MESSAGES.format("inspect.warning.unboundColumn", letter(column), text));
                }
            }
        }
        for (RowIssue issue : inspection.issues()) {
            warnings.add(MESSAGES.format("inspect.warning.rowIssue", issue.row(), issue.message()));
        }
        return warnings;
    }

    static void table(List<FileResult> results, PrintWriter out) {
        for (FileResult result : results) {
            out.println(MESSAGES.format("inspect.file", result.file()));
            result.savedProfile().ifPresent(path -> out.println("  " + MESSAGES.format("inspect.saved", path)));
            if (result.error().isPresent()) {
                out.println("  " + result.error().get());
                out.println();
                continue;
            }
            FileReader.Inspection inspection = result.inspection().orElseThrow();
            FileUnderstanding understanding = inspection.understanding();
            out.println("  "
                    + MESSAGES.format(
                            "inspect.kind",
                            ReadErrors.kindName(understanding.kind()),
                            understanding.kind().code()));
            out.println("  "
                    + MESSAGES.format(
                            "inspect.year",
                            understanding.year().map(String::valueOf).orElse("-"),
                            foundIn(understanding.yearFoundIn())));
            out.println("  "
                    + MESSAGES.format(
                            "inspect.unit", understanding.unit().orElse("-"), foundIn(understanding.unitFoundIn())));
            understanding.sheets().stream()
                    .flatMap(sheet -> sheet.columns().stream())
                    .filter(column -> column.field().equals(FormFields.PARTY_UNIT))
                    .findFirst()
                    .ifPresent(column -> out.println(
                            "  " + MESSAGES.format("inspect.unitColumn", letter(column.column()), column.header())));
            understanding.profile().ifPresent(name -> out.println("  " + MESSAGES.format("inspect.profile", name)));
            for (FileUnderstanding.SheetHeader sheet : understanding.sheets()) {
                out.println("  "
                        + MESSAGES.format(
                                "inspect.header",
                                sheet.sheet().orElse("-"),
                                sheet.firstRow(),
                                sheet.rows().size(),
                                sheet.numberingRow() > 0 ? String.valueOf(sheet.numberingRow()) : "-"));
                List<String[]> columns = new ArrayList<>();
                columns.add(new String[] {
                    MESSAGES.format("inspect.column.column"),
                    MESSAGES.format("inspect.column.header"),
                    MESSAGES.format("inspect.column.field"),
                    MESSAGES.format("inspect.column.boundBy"),
                    MESSAGES.format("inspect.column.score")
                });
                for (FileUnderstanding.Column column : sheet.columns()) {
                    columns.add(new String[] {
                        letter(column.column()),
                        column.header(),
                        column.field()
                                + column.markLevel().map(level -> " = " + level).orElse(""),
                        MESSAGES.format("inspect.boundBy." + column.boundBy()),
                        String.format(Locale.ROOT, "%.2f", column.score())
                    });
                }
                out.println();
                TextTable.print(indent(columns), column -> column == 4, out);
                out.println();
            }
            if (!inspection.rows().isEmpty()) {
                out.println("  " + MESSAGES.format("inspect.firstRows"));
                List<String> fields = new ArrayList<>(understanding.kind().fields().stream()
                        .filter(field -> inspection.rows().stream()
                                .anyMatch(row -> row.field(field).isPresent()))
                        .toList());
                boolean rowUnits = understanding.sheets().stream()
                        .flatMap(sheet -> sheet.columns().stream())
                        .anyMatch(column -> column.field().equals(FormFields.PARTY_UNIT));
                if (rowUnits) {
                    fields.add(FormFields.PARTY_UNIT);
                }
                List<String[]> table = new ArrayList<>();
                List<String> header = new ArrayList<>(List.of(MESSAGES.format("inspect.column.row")));
                header.addAll(fields);
                table.add(header.toArray(String[]::new));
                for (RawRow row : inspection.rows()) {
                    List<String> cells = new ArrayList<>(List.of(String.valueOf(row.row())));
                    fields.forEach(field -> cells.add(
                            field.equals(FormFields.PARTY_UNIT)
                                    ? row.unit().orElse("")
                                    : row.field(field).orElse("")));
                    table.add(cells.toArray(String[]::new));
                }
                TextTable.print(indent(table), column -> column == 0, out);
                out.println();
            }
            for (String warning : warnings(inspection)) {
                out.println("  " + MESSAGES.format("inspect.warning", warning));
            }
            out.println();
        }
    }

    private static List<String[]> indent(List<String[]> rows) {
        List<String[]> indented = new ArrayList<>();
        for (String[] row : rows) {
            String[] copy = row.clone();
            copy[0] = "  " + copy[0];
            indented.add(copy);
        }
        return indented;
    }

    private static String foundIn(Optional<FoundIn> foundIn) {
        return foundIn.map(found ->
                        MESSAGES.format("inspect.foundIn." + found.name().toLowerCase(Locale.ROOT)))
                .orElse("-");
    }

    /** The spreadsheet letter of a 0-based column: 0 → A, 26 → AA. */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        int index = column + 1;
        while (index > 0) {
            int remainder = (index - 1) % 26;
            letters.insert(0, (char) ('A' + remainder));
            index = (index - 1) / 26;
        }
        return letters.toString();
    }

    static void json(List<FileResult> results, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("files");
            for (FileResult result : results) {
                json.writeStartObject();
                json.writeStringField("file", result.file());
                if (result.savedProfile().isPresent()) {
                    json.writeStringField(
                            "saved_profile", result.savedProfile().get().toString());
                }
                if (result.error().isPresent()) {
                    json.writeStringField("error", result.error().get());
                    if (result.unknownLayout().isPresent()) {
                        writeClosest(json, result.unknownLayout().get());
                    }
                } else {
                    writeInspection(json, result.inspection().orElseThrow());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void writeInspection(JsonGenerator json, FileReader.Inspection inspection) throws IOException {
        FileUnderstanding understanding = inspection.understanding();
        json.writeStringField("kind", understanding.kind().code());
        if (understanding.year().isPresent()) {
            json.writeNumberField("year", understanding.year().get());
        } else {
            json.writeNullField("year");
        }
        writeOptional(json, "year_found_in", understanding.yearFoundIn().map(InspectReport::code));
        writeOptional(json, "unit", understanding.unit());
        writeOptional(json, "unit_found_in", understanding.unitFoundIn().map(InspectReport::code));
        writeOptional(json, "profile", understanding.profile());
        json.writeArrayFieldStart("sheets");
        for (FileUnderstanding.SheetHeader sheet : understanding.sheets()) {
            json.writeStartObject();
            writeOptional(json, "sheet", sheet.sheet());
            json.writeNumberField("header_row", sheet.firstRow());
            json.writeNumberField("header_depth", sheet.rows().size());
            if (sheet.numberingRow() > 0) {
                json.writeNumberField("numbering_row", sheet.numberingRow());
            }
            json.writeArrayFieldStart("header_rows");
            for (List<String> row : sheet.rows()) {
                json.writeStartArray();
                for (String cell : row) {
                    json.writeString(cell);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("columns");
            for (FileUnderstanding.Column column : sheet.columns()) {
                json.writeStartObject();
                json.writeStringField("column", letter(column.column()));
                json.writeStringField("header", column.header());
                json.writeStringField("field", column.field());
                json.writeStringField("bound_by", column.boundBy());
                json.writeNumberField("score", column.score());
                writeOptional(json, "mark_level", column.markLevel());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("first_rows");
        for (RawRow row : inspection.rows()) {
            json.writeStartObject();
            writeOptional(json, "sheet", row.sheet());
            json.writeNumberField("row", row.row());
            writeOptional(json, "unit", row.unit());
            json.writeObjectFieldStart("fields");
            for (var field : row.fields().entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("warnings");
        for (String warning : warnings(inspection)) {
            json.writeString(warning);
        }
        json.writeEndArray();
    }

    /**
     * A layout not understood: the row closest to a header ({@code closest}: sheet, row, the non-empty
     * cells as written, the kind it came closest to, what bound and the fields still missing).
     */
    private static void writeClosest(JsonGenerator json, ReadErrors.UnknownLayout unknown) throws IOException {
        json.writeStringField("error_code", "UNKNOWN_LAYOUT");
        if (unknown.closest().isEmpty()) {
            return;
        }
        var closest = unknown.closest().get();
        json.writeObjectFieldStart("closest");
        writeOptional(json, "sheet", unknown.sheet());
        json.writeNumberField("row", closest.row());
        json.writeStringField("kind", closest.rules().kind().code());
        json.writeArrayFieldStart("cells");
        for (String cell : closest.cells()) {
            json.writeString(cell);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("bound");
        for (var binding : closest.bound()) {
            json.writeStartObject();
            json.writeStringField("column", letter(binding.column()));
            json.writeStringField("header", binding.header());
            json.writeStringField("field", binding.field());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("missing");
        for (String field : closest.missing()) {
            json.writeString(field);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String code(FoundIn foundIn) {
        return foundIn.name().toLowerCase(Locale.ROOT);
    }

    private static void writeOptional(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }
}
