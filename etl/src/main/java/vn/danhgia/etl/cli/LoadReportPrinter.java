package vn.danhgia.etl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
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
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            MESSAGES.format("load.column.file"),
            MESSAGES.format("load.column.kind"),
            MESSAGES.format("load.column.year"),
            MESSAGES.format("load.column.unit"),
            MESSAGES.format("load.column.read"),
            MESSAGES.format("load.column.loaded"),
            MESSAGES.format("load.column.rejected"),
            MESSAGES.format("load.column.time"),
            MESSAGES.format("load.column.status")
        });
        for (FileOutcome file : report.files()) {
            rows.add(new String[] {
                file.file(),
                file.kind().map(kind -> MESSAGES.format("kind." + kind)).orElse("-"),
                file.year().isPresent() ? String.valueOf(file.year().getAsInt()) : "-",
                file.unit().orElse("-"),
                String.valueOf(file.rowsRead()),
                String.valueOf(file.rowsLoaded()),
                String.valueOf(file.rowsRejected()),
                String.format(Locale.ROOT, "%.1f s", file.time().toMillis() / 1000.0),
                MESSAGES.format("status." + file.status().code())
            });
        }
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

    static void json(LoadReport report, PrintWriter out) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("load_id", report.loadId());
        root.put("warehouse", report.warehouse().toString());
        root.put("rows_read", report.rowsRead());
        root.put("rows_loaded", report.rowsLoaded());
        root.put("rows_rejected", report.rowsRejected());
        root.put("files_failed", report.filesFailed());
        root.put("seconds", report.time().toMillis() / 1000.0);
        ArrayNode files = root.putArray("files");
        for (FileOutcome file : report.files()) {
            ObjectNode node = files.addObject();
            node.put("file", file.file());
            node.put("kind", file.kind().orElse(null));
            if (file.year().isPresent()) {
                node.put("year", file.year().getAsInt());
            } else {
                node.putNull("year");
            }
            node.put("unit", file.unit().orElse(null));
            node.put("rows_read", file.rowsRead());
            node.put("rows_loaded", file.rowsLoaded());
            node.put("rows_rejected", file.rowsRejected());
            node.put("seconds", file.time().toMillis() / 1000.0);
            node.put("status", file.status().code());
            node.put("message", file.message().orElse(null));
        }
        ArrayNode provisional = root.putArray("provisional_units");
        for (LoadReport.ProvisionalUnit unit : report.provisionalUnits()) {
            provisional.addObject().put("code", unit.code()).put("name", unit.name());
        }
        out.println(mapper.writeValueAsString(root));
        out.flush();
    }
}
