package vn.danhgia.dashboard.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.danhgia.core.cli.TextTable;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.ResultColumn;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.core.sandbox.SandboxLimits;
import vn.danhgia.dashboard.console.ResultExport;
import vn.danhgia.dashboard.export.CsvExport;

/**
 * {@code danhgia sql}: one read-only query against the analysts' copy of the warehouse, in the same sandbox
 * as the dashboard's console ({@link Sandbox}): the same timeout, row cap and refusals. A refused or failed
 * statement prints one line saying why and exits non-zero.
 */
@Command(name = "sql", mixinStandardHelpOptions = true)
public final class SqlCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.cli.messages");

    /** How the rows are printed. */
    enum Format {
        table,
        csv,
        json
    }

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "sql.option.format")
    Format format;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000", descriptionKey = "sql.option.maxRows")
    int maxRows;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", descriptionKey = "sql.option.timeout")
    int timeoutSeconds;

    @Option(names = "--explain", descriptionKey = "sql.option.explain")
    boolean explain;

    @ArgGroup(multiplicity = "1")
    Source source;

    /** The statement: given inline or read from a file. */
    static final class Source {
        @Parameters(paramLabel = "SQL", arity = "1", descriptionKey = "sql.parameter.sql")
        String text;

        @Option(names = "--file", paramLabel = "FILE", descriptionKey = "sql.option.file")
        Path file;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (maxRows < 1 || maxRows > SandboxLimits.MAX_ROWS_CEILING) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_USAGE, MESSAGES.format("sql.maxRows", maxRows, SandboxLimits.MAX_ROWS_CEILING));
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("sql.timeout", timeoutSeconds));
        }
        SandboxLimits limits =
                SandboxLimits.defaults().withMaxRows(maxRows).withTimeout(Duration.ofSeconds(timeoutSeconds));
        Sandbox sandbox = Sandbox.forWarehouse(warehouse.warehouse(), limits, Messages.locale());
        String sql = statement();
        QueryResult result = explain ? sandbox.explain(sql) : sandbox.query(sql);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> {
                if (explain) {
                    printPlan(result, out);
                } else {
                    printTable(result, out);
                }
            }
            case csv -> {
                out.flush();
                OutputStream stream = System.out;
                CsvExport.write(ResultExport.of("sql", result), stream);
                stream.flush();
            }
            case json -> printJson(result, out);
        }
        out.flush();
        if (result.truncated()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(MESSAGES.format("sql.truncated", result.rowCount()));
            err.flush();
        }
        return 0;
    }

    private String statement() {
        if (source.file == null) {
            return source.text;
        }
        try {
            return Files.readString(source.file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("sql.fileNotUtf8", source.file));
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_USAGE, MESSAGES.format("sql.fileUnreadable", source.file, e.getMessage()));
        }
    }

    private static void printTable(QueryResult result, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(result.columns().stream().map(ResultColumn::name).toArray(String[]::new));
        for (List<Object> row : result.rows()) {
            rows.add(row.stream().map(SqlCommand::text).toArray(String[]::new));
        }
        TextTable.print(rows, column -> result.columns().get(column).numeric(), out);
        out.println(MESSAGES.format(
                "sql.summary", result.rowCount(), result.elapsed().toMillis()));
    }

    /** EXPLAIN's rows are a key and a drawing of the plan on several lines: the drawing as it is. */
    private static void printPlan(QueryResult result, PrintWriter out) {
        for (List<Object> row : result.rows()) {
            out.println(row.get(row.size() - 1));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        // one line per row: a value's own line breaks are shown as such
        return value.toString().replace("\r", "\\r").replace("\n", "\\n");
    }

    private static void printJson(QueryResult result, PrintWriter out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("columns");
            for (ResultColumn column : result.columns()) {
                json.writeStartObject();
                json.writeStringField("name", column.name());
                json.writeStringField("type", column.type());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (List<Object> row : result.rows()) {
                json.writeStartArray();
                for (Object value : row) {
                    writeValue(json, value);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeBooleanField("truncated", result.truncated());
            json.writeNumberField("elapsed_ms", result.elapsed().toMillis());
            json.writeEndObject();
        }
        out.println();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                json.writeString(number.toString());
            } else {
                json.writeNumber(number);
            }
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Temporal) {
            json.writeString(value.toString());
        } else {
            json.writeString(value.toString());
        }
    }
}
