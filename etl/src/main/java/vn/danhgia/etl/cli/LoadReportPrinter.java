package vn.danhgia.etl.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import vn.danhgia.core.cli.TextTable;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.etl.load.FileOutcome;
import vn.danhgia.etl.load.LoadReport;

/** Prints a load's per-file table for a person, or the same content as JSON for a script. */
final class LoadReportPrinter {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.cli.messages");

    private LoadReportPrinter() {}

    static void table(LoadReport report, PrintWriter out) {
        String[] header = {
            MESSAGES.format("load.column.file"),
            MESSAGES.format("load.column.kind"),
            MESSAGES.format("load.column.year"),
            MESSAGES.format("load.column.unit"),
            MESSAGES.format("load.column.read"),
            MESSAGES.format("load.column.loaded"),
            MESSAGES.format("load.column.rejected"),
            MESSAGES.format("load.column.time"),
            MESSAGES.format("load.column.status")
        };
        List<FileOutcome> files = report.files();
        // each row is formatted when printed (twice: widths, then lines), never all at once: a national
        // load's table has 600,000 rows
        List<String[]> rows = new AbstractList<>() {
            @Override
            public String[] get(int index) {
                return index == 0 ? header : row(files.get(index - 1));
            }

            @Override
            public int size() {
                return files.size() + 1;
            }
        };
        TextTable.print(rows, column -> column >= 4 && column <= 7, out);
        out.println();
        for (FileOutcome file : report.files()) {
            file.message().ifPresent(message -> out.println(MESSAGES.format("load.fileMessage", file.file(), message)));
        }
        for (LoadReport.ProvisionalUnit unit : report.provisionalUnits()) {
            out.println(MESSAGES.format("load.provisionalUnit", unit.name(), unit.code()));
        }
        out.println(MESSAGES.format(
                "load.summary",
                report.files().size(),
                report.rowsRead(),
                report.rowsLoaded(),
                report.rowsRejected(),
                report.filesFailed(),
                report.time().toMillis() / 1000.0,
                report.warehouse()));
        out.flush();
    }

    private static String[] row(FileOutcome file) {
        return new String[] {
            file.file(),
            file.kind().map(kind -> MESSAGES.format("kind." + kind)).orElse("-"),
            file.year().isPresent() ? String.valueOf(file.year().getAsInt()) : "-",
            file.unit().orElse("-"),
            String.valueOf(file.rowsRead()),
            String.valueOf(file.rowsLoaded()),
            String.valueOf(file.rowsRejected()),
            String.format(Locale.ROOT, "%.1f s", file.time().toMillis() / 1000.0),
            MESSAGES.format("status." + file.status().code())
        };
    }

    /** Streamed as it is written: a national load's report would not fit in memory as one JSON tree. */
    static void json(LoadReport report, PrintWriter out) throws java.io.IOException {
        try (JsonGenerator json = new JsonFactory()
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                .createGenerator(out)
                .useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("load_id", report.loadId());
            json.writeStringField("warehouse", report.warehouse().toString());
            json.writeNumberField("rows_read", report.rowsRead());
            json.writeNumberField("rows_loaded", report.rowsLoaded());
            json.writeNumberField("rows_rejected", report.rowsRejected());
            json.writeNumberField("files_failed", report.filesFailed());
            json.writeNumberField("seconds", report.time().toMillis() / 1000.0);
            json.writeArrayFieldStart("files");
            for (FileOutcome file : report.files()) {
                json.writeStartObject();
                json.writeStringField("file", file.file());
                json.writeStringField("kind", file.kind().orElse(null));
                if (file.year().isPresent()) {
                    json.writeNumberField("year", file.year().getAsInt());
                } else {
                    json.writeNullField("year");
                }
                json.writeStringField("unit", file.unit().orElse(null));
                json.writeNumberField("rows_read", file.rowsRead());
                json.writeNumberField("rows_loaded", file.rowsLoaded());
                json.writeNumberField("rows_rejected", file.rowsRejected());
                json.writeNumberField("seconds", file.time().toMillis() / 1000.0);
                json.writeStringField("status", file.status().code());
                json.writeStringField("message", file.message().orElse(null));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("provisional_units");
            for (LoadReport.ProvisionalUnit unit : report.provisionalUnits()) {
                json.writeStartObject();
                json.writeStringField("code", unit.code());
                json.writeStringField("name", unit.name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
        out.flush();
    }
}
