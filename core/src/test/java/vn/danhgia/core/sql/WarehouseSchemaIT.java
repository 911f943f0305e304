package vn.danhgia.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.form.InputKind;

/** Applies the warehouse schema to real DuckDB databases and checks it against the public contract. */
class WarehouseSchemaIT {
    /** The version this build records (sql/schema/index.yaml; WarehouseSchemaTest pins its value). */
    private static final int CURRENT = WarehouseSchema.fromClasspath().version();

    @Test
    void appliesTwiceToAnInMemoryDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            WarehouseSchema schema = WarehouseSchema.fromClasspath();
            schema.apply(connection);
            schema.apply(connection);

            assertThat(queryStrings(connection, "select cast(version as varchar) from meta.schema_version"))
                    .containsExactly(String.valueOf(CURRENT));
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void appliesToAFileAgainAfterReopeningAndKeepsItsRows(@TempDir Path folder) throws SQLException {
        String url = "jdbc:duckdb:" + folder.resolve("warehouse.duckdb");
        try (Connection connection = DriverManager.getConnection(url)) {
            WarehouseSchema.fromClasspath().apply(connection);
            execute(connection, "insert into core.dim_person values ('p1', 1970, 'female', false)");
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            WarehouseSchema.fromClasspath().apply(connection);

            assertThat(queryStrings(connection, "select person_key from core.dim_person"))
                    .containsExactly("p1");
            assertThat(queryStrings(connection, "select cast(version as varchar) from meta.schema_version"))
                    .containsExactly(String.valueOf(CURRENT));
        }
    }

    @Test
    void recordsTheVersionWithItsUtcTime() throws SQLException {
        Clock clock = Clock.fixed(Instant.parse("2026-12-10T01:02:03.456789Z"), ZoneOffset.UTC);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            WarehouseSchema.fromClasspath(WarehouseSchema.class.getClassLoader(), clock)
                    .apply(connection);

            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select version, applied_at from meta.schema_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(CURRENT);
                assertThat(rows.getObject(2, LocalDateTime.class))
                        .isEqualTo(LocalDateTime.parse("2026-12-10T01:02:03.456789"));
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void bringsAVersionOneWarehouseUpToDateAndKeepsItsFacts() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                // what version 1 made: dim_rule_year without the rule columns, and its version row
                statement.execute(
                        "create schema meta; create schema core;"
                                + " create table meta.schema_version (version int, applied_at timestamp);"
                                + " insert into meta.schema_version values (1, timestamp '2026-11-20 10:00:00');"
                                + " create table core.dim_rule_year (year int, framework varchar);"
                                + " insert into core.dim_rule_year values (2024, 'QĐ 124');"
                                + " create table core.org_rating (year int, unit_code varchar, self_level varchar,"
                                + " proposed_level varchar, final_level varchar, score decimal(5, 2), source_file varchar,"
                                + " source_sheet varchar, source_row int, load_id varchar);"
                                + " insert into core.org_rating values (2024, 'X01', null, null, 'HTTNV', null, 'f', null, 2, 'L1')");
            }

            WarehouseSchema.fromClasspath().apply(connection);

            assertThat(queryStrings(connection, "select cast(version as varchar) from meta.schema_version order by 1"))
                    .containsExactly("1", String.valueOf(CURRENT));
            assertThat(queryStrings(
                            connection,
                            "select count(*) from information_schema.columns"
                                    + " where table_schema = 'core' and table_name = 'dim_rule_year'"))
                    .containsExactly(String.valueOf(
                            PublicContract.TABLES.get("core.dim_rule_year").size()));
            assertThat(queryStrings(connection, "select final_level from core.org_rating"))
                    .containsExactly("HTTNV");
        }
    }

    @Test
    void refusesAWarehouseOfANewerVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "create schema meta; create table meta.schema_version (version int, applied_at timestamp);"
                                + " insert into meta.schema_version values (99, timestamp '2030-01-01 00:00:00')");
            }

            assertThatThrownBy(() -> WarehouseSchema.fromClasspath().apply(connection))
                    .isInstanceOf(DanhgiaException.class)
                    .hasMessageContaining("99")
                    .hasMessageContaining("mới hơn");
        }
    }

    @Test
    void publicTablesHaveExactlyTheContractColumnsAndTypes() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            WarehouseSchema.fromClasspath().apply(connection);

            Map<String, List<String>> actual = columnsBySchema(connection, "core", "mart", "meta", "restricted");
            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(PublicContract.TABLES.keySet());
            PublicContract.TABLES.forEach(
                    (table, columns) -> assertThat(actual.get(table)).as(table).containsExactlyElementsOf(columns));
        }
    }

    @Test
    void eachRawTableHasTheLineageColumnsThenItsInputKindFieldsAsText() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            WarehouseSchema.fromClasspath().apply(connection);
            Map<String, List<String>> actual = columnsBySchema(connection, "raw");

            Map<String, List<String>> expected = new LinkedHashMap<>();
            for (InputKind kind : InputKind.values()) {
                List<String> columns = new ArrayList<>(List.of(
                        "load_id string",
                        "source_file string",
                        "source_sheet string",
                        "source_row int",
                        "year int",
                        "unit string"));
                assertThat(InputKind.LINEAGE_COLUMNS)
                        .containsExactlyElementsOf(
                                columns.stream().map(c -> c.split(" ")[0]).toList());
                kind.fields().forEach(field -> columns.add(field + " string"));
                expected.put("raw." + kind.code(), columns);
            }
            expected.put(
                    "raw.person_link",
                    List.of(
                            "load_id string",
                            "source_file string",
                            "source_sheet string",
                            "source_row int",
                            "kind string",
                            "person_key string",
                            "identity_basis string"));

            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach(
                    (table, columns) -> assertThat(actual.get(table)).as(table).containsExactlyElementsOf(columns));
        }
    }

    @Test
    void eachStagingTableKeepsTheLineageOfItsRawRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            WarehouseSchema.fromClasspath().apply(connection);
            Map<String, List<String>> actual = columnsBySchema(connection, "staging");

            assertThat(actual.keySet())
                    .containsExactlyInAnyOrderElementsOf(List.of(InputKind.values()).stream()
                            .map(kind -> "staging." + kind.code())
                            .toList());
            actual.forEach((table, columns) -> assertThat(columns.subList(0, 5))
                    .as(table)
                    .containsExactly(
                            "load_id string",
                            "source_file string",
                            "source_sheet string",
                            "source_row int",
                            "year int"));
        }
    }

    @Test
    void rollsBackAndNamesTheFileAndLineWhenAStatementFails(@TempDir Path classes) throws Exception {
        Path folder = Files.createDirectories(classes.resolve("sql/schema"));
        Files.writeString(
                folder.resolve("index.yaml"),
                "version: 7\nfiles: [00_first.sql, 10_broken.sql]\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("00_first.sql"),
                "create schema if not exists meta;\ncreate table if not exists meta.schema_version (version int, applied_at timestamp);\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("10_broken.sql"),
                "-- a broken file\ncreate schema if not exists core;\ncreate tabel core.oops (a int);\n",
                StandardCharsets.UTF_8);
        try (var loader = new java.net.URLClassLoader(
                        new java.net.URL[] {classes.toUri().toURL()}, null);
                Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            WarehouseSchema schema = WarehouseSchema.fromClasspath(loader, Clock.systemUTC());

            assertThatThrownBy(() -> schema.apply(connection))
                    .isInstanceOf(DanhgiaException.class)
                    .hasMessageStartingWith(
                            "Không tạo được lược đồ kho dữ liệu: tệp 10_broken.sql, câu lệnh bắt đầu ở dòng 3: ")
                    .hasMessageEndingWith(
                            "Kho dữ liệu không bị thay đổi. Hãy kiểm tra rằng không có tiến trình nào khác đang mở tệp kho để ghi, rồi chạy lại.")
                    .extracting(e -> ((DanhgiaException) e).code())
                    .isEqualTo(ErrorCode.WAREHOUSE_UNAVAILABLE);
            assertThat(
                            queryStrings(
                                    connection,
                                    "select schema_name from information_schema.schemata where schema_name in ('meta', 'core')"))
                    .isEmpty();
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void failsClearlyWhenTheSchemaIsNotOnTheClasspath(@TempDir Path classes) throws Exception {
        try (var loader =
                new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> WarehouseSchema.fromClasspath(loader, Clock.systemUTC()))
                    .isInstanceOf(DanhgiaException.class)
                    .hasMessage("Thiếu tệp SQL của kho dữ liệu 'sql/schema/index.yaml' trong gói chương trình "
                            + "danhgia-core. Hãy cài lại bản phát hành đầy đủ của danhgia.");
        }
    }

    @Test
    void appliesTheSchemaAndRunsTheDataTestsPackagedInTheCoreJar() throws Exception {
        Path jar = coreJar();
        try (var loader = new java.net.URLClassLoader(
                        new java.net.URL[] {jar.toUri().toURL()}, null);
                Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            WarehouseSchema schema = WarehouseSchema.fromClasspath(loader, Clock.systemUTC());
            schema.apply(connection);

            assertThat(schema.scripts()).hasSize(7);
            List<DataTest> tests = DataTests.fromClasspath(loader);
            assertThat(tests).hasSize(DataTests.fromClasspath().size());
            // the marts' tests need the analysis; the core layer's run on a fresh schema
            List<DataTest> core = tests.stream()
                    .filter(test -> test.name().startsWith("core/"))
                    .toList();
            assertThat(core).isNotEmpty();
            assertThat(DataTests.run(connection, core)).allMatch(DataTestResult::passed);
        }
    }

    /** The core jar built by this Maven run (integration tests run after the package phase). */
    private static Path coreJar() throws java.io.IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith("danhgia-core-")
                                && name.endsWith(".jar")
                                && !name.endsWith("-tests.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No danhgia-core jar in core/target: run the integration tests with `mvn verify`"));
        }
    }

    /** table -> "column type" in ordinal order, types in the DDL's portable vocabulary. */
    private static Map<String, List<String>> columnsBySchema(Connection connection, String... schemas)
            throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String sql = "select table_schema, table_name, column_name, data_type from information_schema.columns "
                + "where table_catalog = current_database() and table_schema = ? "
                + "order by table_name, ordinal_position";
        for (String schema : schemas) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, schema);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tables.computeIfAbsent(rows.getString(1) + "." + rows.getString(2), t -> new ArrayList<>())
                                .add(rows.getString(3) + " " + portableType(rows.getString(4)));
                    }
                }
            }
        }
        return tables;
    }

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

    private static String portableType(String duckdbType) {
        Matcher decimal = DECIMAL.matcher(duckdbType);
        if (decimal.matches()) {
            return "decimal(" + decimal.group(1) + "," + decimal.group(2) + ")";
        }
        return switch (duckdbType) {
            case "VARCHAR" -> "string";
            case "INTEGER" -> "int";
            case "BIGINT" -> "bigint";
            case "DOUBLE" -> "double";
            case "DATE" -> "date";
            case "TIMESTAMP" -> "timestamp";
            case "BOOLEAN" -> "boolean";
            default -> "unexpected:" + duckdbType.toLowerCase(Locale.ROOT);
        };
    }

    private static List<String> queryStrings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
