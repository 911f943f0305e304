package vn.danhgia.core.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descriptions of the warehouse's tables and columns, read from the documentation that holds them
 * ({@code sql/README.md}, {@code sql/marts/README.md}, {@code sql/stats/README.md}: a heading naming
 * {@code schema.table}, a paragraph, then a table of {@code | column | type | meaning |}) and written into
 * the warehouse as {@code COMMENT ON TABLE} and {@code COMMENT ON COLUMN}, so the SQL console, DBeaver or the
 * DuckDB CLI show them. The documentation is the one source: a description is never written twice.
 *
 * <p>Applied at every publish (the marts are rebuilt by {@code analyze}, and a rebuilt table loses its
 * comment), to the tables and columns that exist; a documented column that a table does not have is
 * skipped.
 */
public final class SchemaComments {
    /** The documentation files, in the core jar under {@code sql/}. */
    public static final List<String> SOURCES = List.of("sql/README.md", "sql/marts/README.md", "sql/stats/README.md");

    private static final Pattern HEADING = Pattern.compile("^#{2,3}\\s+`?([a-z_]+)\\.([a-z_]+)`?\\s*$");
    private static final Pattern NAME = Pattern.compile("`([a-z_][a-z0-9_]*)`");
    private static final Pattern RANGE = Pattern.compile("^`([a-z0-9_]+)`\\s*(\\.\\.\\.|…)\\s*`([a-z0-9_]+)`$");

    /** One documented column, or a range of columns in table order ({@code from} ... {@code to}). */
    public record ColumnComment(String from, String to, String text) {
        public ColumnComment {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(text, "text");
        }

        boolean isRange() {
            return !from.equals(to);
        }
    }

    /** One documented table: its description and its columns' descriptions. */
    public record TableComment(String schema, String table, String text, List<ColumnComment> columns) {
        public TableComment {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(text, "text");
            columns = List.copyOf(columns);
        }

        public String qualifiedName() {
            return schema + "." + table;
        }
    }

    private final List<TableComment> tables;

    public SchemaComments(List<TableComment> tables) {
        this.tables = List.copyOf(tables);
    }

    /** The descriptions in the documentation packaged in the core jar. */
    public static SchemaComments fromClasspath() {
        ClassLoader loader = SchemaComments.class.getClassLoader();
        Map<String, TableComment> tables = new LinkedHashMap<>();
        for (String source : SOURCES) {
            for (TableComment table : parse(ClasspathText.read(loader, source))) {
                tables.putIfAbsent(table.qualifiedName(), table);
            }
        }
        return new SchemaComments(new ArrayList<>(tables.values()));
    }

    public List<TableComment> tables() {
        return tables;
    }

    /** Reads the documented tables of one Markdown text. */
    public static List<TableComment> parse(String markdown) {
        List<TableComment> result = new ArrayList<>();
        String[] lines = markdown.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher heading = HEADING.matcher(lines[i].strip());
            if (!heading.matches()) {
                continue;
            }
            StringBuilder description = new StringBuilder();
            List<ColumnComment> columns = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.length && !lines[j].startsWith("#"); j++) {
                String line = lines[j].strip();
                if (line.startsWith("|")) {
                    columnComment(line).ifPresent(columns::add);
                } else if (!line.isEmpty() && columns.isEmpty()) {
                    description.append(description.isEmpty() ? "" : " ").append(line);
                }
            }
            result.add(new TableComment(heading.group(1), heading.group(2), plain(description.toString()), columns));
            i = j - 1;
        }
        return result;
    }

    private static java.util.Optional<ColumnComment> columnComment(String row) {
        String[] cells = row.split("\\|", -1);
        if (cells.length < 5) {
            return java.util.Optional.empty();
        }
        String names = cells[1].strip();
        String meaning = plain(cells[cells.length - 2].strip());
        if (names.equals("column") || names.startsWith("---") || meaning.isEmpty()) {
            return java.util.Optional.empty();
        }
        Matcher range = RANGE.matcher(names);
        if (range.matches()) {
            return java.util.Optional.of(new ColumnComment(range.group(1), range.group(3), meaning));
        }
        // one name, or several sharing a meaning ("`source_file`, `source_sheet`, ... | lineage")
        Matcher name = NAME.matcher(names);
        List<String> found = new ArrayList<>();
        while (name.find()) {
            found.add(name.group(1));
        }
        if (found.size() != 1) {
            return found.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            new ColumnComment(String.join(",", found), String.join(",", found), meaning));
        }
        return java.util.Optional.of(new ColumnComment(found.get(0), found.get(0), meaning));
    }

    /** The text without Markdown's code marks and emphasis. */
    private static String plain(String text) {
        return text.replace("`", "").replace("**", "").strip();
    }

    /**
     * Writes the descriptions into the tables of {@code catalog} (a database attached to {@code connection},
     * or its own) that exist; returns how many comments were written.
     */
    public int apply(Connection connection, String catalog) throws SQLException {
        Map<String, List<String>> existing = columnsOf(connection, catalog);
        int written = 0;
        for (TableComment table : tables) {
            List<String> columns = existing.get(table.qualifiedName());
            if (columns == null) {
                continue;
            }
            String target = quoted(catalog) + "." + table.qualifiedName();
            if (!table.text().isEmpty()) {
                execute(connection, "comment on table " + target + " is " + literal(table.text()));
                written++;
            }
            for (ColumnComment column : table.columns()) {
                for (String name : expand(column, columns)) {
                    execute(connection, "comment on column " + target + "." + name + " is " + literal(column.text()));
                    written++;
                }
            }
        }
        return written;
    }

    private static List<String> expand(ColumnComment column, List<String> columns) {
        if (column.from().contains(",")) {
            return List.of(column.from().split(",")).stream()
                    .filter(columns::contains)
                    .toList();
        }
        int from = columns.indexOf(column.from());
        int to = columns.indexOf(column.to());
        if (from < 0 || to < from) {
            return List.of();
        }
        return columns.subList(from, to + 1);
    }

    private static Map<String, List<String>> columnsOf(Connection connection, String catalog) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        String sql = "select schema_name, table_name, column_name from duckdb_columns() where database_name = ?"
                + " order by schema_name, table_name, column_index";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, catalog);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1) + "." + rows.getString(2), key -> new ArrayList<>())
                            .add(rows.getString(3));
                }
            }
        }
        return columns;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A catalog's name as an identifier: DuckDB names an attached file after it ("w-2025", "a.b"). */
    public static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * A string literal of documentation text written in this repository (COMMENT ON takes no parameter):
     * quotes doubled, control characters dropped.
     */
    static String literal(String text) {
        return "'" + text.replaceAll("\\p{Cntrl}", " ").replace("'", "''") + "'";
    }
}
