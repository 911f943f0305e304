package vn.danhgia.core.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.sql.ClasspathText;
import vn.danhgia.core.sql.SchemaComments;

/**
 * The analysts' copy of a warehouse: the file the SQL console, {@code danhgia sql} and the notebooks open,
 * published beside the serving warehouse ({@code data/warehouse.duckdb} → {@code
 * data/warehouse.analyst.duckdb}) by the same atomic swap at every load, analyze and publish.
 *
 * <p>It holds the public layers only ({@code core}, {@code mart}, {@code meta}). {@code raw} and {@code
 * restricted} hold names, card numbers and birth dates: they are never copied, so a query for them fails as
 * "no such table" whatever the sandbox around the connection does. Tables are created afresh in a new file
 * (never copied and then dropped: a dropped table's blocks may stay in the file). The rejects keep no value
 * of a personal field ({@code sql/analyst/*.sql}). Every table and column documented in {@code sql/README.md}
 * and {@code sql/marts/README.md} carries its description ({@link SchemaComments}).
 */
public final class AnalystSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(AnalystSnapshot.class);

    /** The layers the analysts' copy holds; everything else stays in the serving warehouse only. */
    public static final List<String> PUBLIC_SCHEMAS = List.of("core", "mart", "meta");

    /** Tables whose rows may quote a personal value: copied through a query that blanks it. */
    private static final Map<String, String> FILTERED_TABLES =
            Map.of("meta.rejects", "sql/analyst/rejects.sql", "meta.read_issue", "sql/analyst/read_issue.sql");

    /** The catalog name the new file is attached under while it is written. */
    private static final String TARGET = "analyst_build";

    private static final String SUFFIX = ".analyst.duckdb";

    private AnalystSnapshot() {}

    /** The analysts' copy of a warehouse: {@code w.duckdb} → {@code w.analyst.duckdb}. */
    public static Path fileOf(Path warehouse) {
        Path file = warehouse.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        String stem = name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
        return file.resolveSibling(stem + SUFFIX);
    }

    /**
     * Writes the analysts' copy of what {@code source} holds into {@code target} (a new file: any file there
     * is replaced). The caller publishes it.
     */
    static void write(Connection source, Path target) throws SQLException, IOException {
        Files.deleteIfExists(target);
        Files.deleteIfExists(target.resolveSibling(target.getFileName() + ".wal"));
        long started = System.nanoTime();
        String database = currentDatabase(source);
        try (Statement statement = source.createStatement()) {
            statement.execute("attach '" + target.toString().replace("'", "''") + "' as " + TARGET);
        }
        int tables = 0;
        try {
            for (String schema : PUBLIC_SCHEMAS) {
                try (Statement statement = source.createStatement()) {
                    statement.execute("create schema if not exists " + TARGET + "." + schema);
                }
            }
            for (String table : publicTables(source, database)) {
                String select = FILTERED_TABLES.containsKey(table)
                        ? ClasspathText.read(AnalystSnapshot.class.getClassLoader(), FILTERED_TABLES.get(table))
                        : "select * from " + SchemaComments.quoted(database) + "." + table;
                try (Statement statement = source.createStatement()) {
                    // identifiers only, read from the catalog; no value is joined into the text
                    statement.execute("create table " + TARGET + "." + table + " as " + stripSemicolon(select));
                }
                tables++;
            }
            SchemaComments.fromClasspath().apply(source, TARGET);
        } finally {
            try (Statement statement = source.createStatement()) {
                statement.execute("detach " + TARGET);
            }
        }
        LOG.info("{}: {} tables written in {} ms", target, tables, (System.nanoTime() - started) / 1_000_000);
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** {@code schema.table} of every base table of the public schemas, in a stable order. */
    private static List<String> publicTables(Connection connection, String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        String sql = "select schema_name, table_name from duckdb_tables() where database_name = ? and not temporary"
                + " order by schema_name, table_name";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, database);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String schema = rows.getString(1);
                    String table = rows.getString(2);
                    if (PUBLIC_SCHEMAS.contains(schema) && isPlainIdentifier(table)) {
                        tables.add(schema + "." + table);
                    }
                }
            }
        }
        return tables;
    }

    /** The project names its tables in lower-case words; anything else is not ours to publish. */
    private static boolean isPlainIdentifier(String name) {
        return name.matches("[a-z][a-z0-9_]*");
    }

    private static String stripSemicolon(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** The personal fields whose values the analysts' copy of the rejects blanks (for the tests). */
    static Set<String> personalFields() {
        return Set.of("full_name", "birth", "birth_date", "card_number", "official_code", "note");
    }
}
