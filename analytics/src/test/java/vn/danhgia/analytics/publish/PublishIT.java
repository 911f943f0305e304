package vn.danhgia.analytics.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.analytics.cli.AnalyticsMain;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.lake.Lake;

/**
 * {@code danhgia publish} on a real Delta Lake written by Spark, read back without Spark. The good lake
 * has rows in several year partitions (and a null year), a delete and a merge that rewrote files, a
 * mart created by the analysis, and raw rows that must not be served. The bad tables live in lakes of
 * their own, written by the same Spark session at other paths, so that the good lake publishes.
 */
class PublishIT {
    private static final Messages LAKE_MESSAGES = Messages.of("vn.danhgia.etl.lake.messages");
    private static final List<String> COMPARED =
            List.of("core.member_rating", "mart.leniency_index", "meta.schema_version", "core.dim_unit");

    @TempDir
    static Path temp;

    static Lake lake;
    static SparkSession spark;

    @BeforeAll
    static void writeTheLake() {
        lake = Lake.open(temp.resolve("lake"));
        spark = lake.spark();
        spark.sql("insert into core.member_rating (year, person_key, org_code, final_level, score) values "
                + "(2023, 'p1', 'o1', 'excellent', 9.50), (2023, 'p2', 'o1', 'good', 8.00), "
                + "(2024, 'p1', 'o1', 'good', 8.25), (2024, 'p2', 'o1', 'good', 7.75), "
                + "(2024, 'p3', 'o2', 'fair', 6.00), (2025, 'p3', 'o2', 'excellent', 9.00), "
                + "(null, 'p4', 'o2', 'good', null)");
        spark.sql("delete from core.member_rating where person_key = 'p3' and year = 2024");
        spark.sql("merge into core.member_rating as target using (select 2024 as year, 'p2' as person_key, "
                + "'excellent' as final_level union all select 2025, 'p5', 'good') as source "
                + "on target.year = source.year and target.person_key = source.person_key "
                + "when matched then update set final_level = source.final_level "
                + "when not matched then insert (year, person_key, final_level) "
                + "values (source.year, source.person_key, source.final_level)");
        spark.sql("create or replace table mart.leniency_index as select org_code, year, "
                + "count(*) as count_members, avg(score) as average_score, current_date() as computed_on "
                + "from core.member_rating group by org_code, year");
        spark.sql("insert into raw.member_rating (year, full_name) values (2024, 'Nguyễn Văn A')");
    }

    @Test
    void publishesTheActiveRowsOfEveryServedTableIncludingTheYearPartition() throws Exception {
        Path warehouse = temp.resolve("serving-1/warehouse.duckdb");
        CommandRun run = runPublish(temp.resolve("lake").toString(), warehouse);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_OK);
        assertThat(run.out())
                .contains("core.member_rating", "mart.leniency_index")
                .doesNotContain("raw.");
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            for (String table : COMPARED) {
                assertThat(duckdbRows(connection, "select * from " + table))
                        .as(table)
                        .containsExactlyInAnyOrderElementsOf(sparkRows(table));
            }
            assertThat(duckdbRows(connection, "select year, person_key, final_level from core.member_rating"))
                    .containsExactlyInAnyOrder(
                            "2023|p1|excellent",
                            "2023|p2|good",
                            "2024|p1|good",
                            "2024|p2|excellent",
                            "2025|p3|excellent",
                            "2025|p5|good",
                            "null|p4|good");
            assertThat(duckdbRows(connection, "select count(*) from raw.member_rating"))
                    .containsExactly("0");
            assertThat(columns(connection, "core", "dim_unit"))
                    .containsExactly(spark.table("core.dim_unit").columns());
            assertThat(duckdbRows(connection, "select action, object, detail from meta.audit"))
                    .singleElement()
                    .asString()
                    .startsWith("publish|")
                    .contains("core.member_rating@");
        }
        // the merge and the delete left replaced files in the folder: reading it whole would double count
        assertThat(parquetFiles(temp.resolve("lake/core/member_rating")))
                .isGreaterThan(spark.sql("select distinct input_file_name() from core.member_rating")
                        .count());
    }

    @Test
    void publishingAgainGivesTheSameContentAndSwapsTheFileUnderOpenReaders() throws Exception {
        Path warehouse = temp.resolve("serving-2/warehouse.duckdb");
        LakeLayout layout = new LakeLayout(temp.resolve("lake"));
        ServingPublisher publisher =
                new ServingPublisher(new DeltaSnapshotReader(), java.time.Clock.systemUTC(), "test");
        publisher.publish(layout, warehouse);
        List<String> first;
        try (Connection before = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            first = content(before);
            publisher.publish(layout, warehouse);
            assertThat(content(before)).isEqualTo(first);
        }
        try (Connection after = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            assertThat(content(after)).isEqualTo(first);
        }

        spark.sql("insert into core.unit_alias (match_key) values ('x')");
        try (Connection old = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            Publication publication = publisher.publish(layout, warehouse);
            assertThat(publication.tables())
                    .filteredOn(table -> table.qualifiedName().equals("core.unit_alias"))
                    .singleElement()
                    .extracting(PublishedTable::rows)
                    .isEqualTo(1L);
            // the open reader keeps the file it opened: the new one came in by a rename, not by writes
            assertThat(duckdbRows(old, "select count(*) from core.unit_alias")).containsExactly("0");
        }
        try (Connection fresh = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            assertThat(duckdbRows(fresh, "select match_key from core.unit_alias"))
                    .containsExactly("x");
        }
        try (Stream<Path> files = Files.list(warehouse.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.contains(".building-"));
        }
    }

    @Test
    void refusesATableWithDeletionVectorsAndNamesItEvenOnceTheFeatureIsTurnedOff() throws Exception {
        Path badLake = temp.resolve("lake-deletion-vectors");
        String table = "delta.`" + badLake.resolve("mart/with_deletion_vectors").toUri() + "`";
        spark.sql("create table " + table + " (id int, label string) using delta "
                + "tblproperties ('delta.enableDeletionVectors' = 'true')");
        spark.sql("insert into " + table + " values (1, 'a'), (2, 'b'), (3, 'c')");
        spark.sql("delete from " + table + " where id = 2");
        Path warehouse = temp.resolve("serving-3/warehouse.duckdb");
        String refusal = LAKE_MESSAGES.format("lake.deletionVectors", "mart.with_deletion_vectors");

        CommandRun enabled = runPublish(badLake.toString(), warehouse);
        // turning the property off keeps the vectors already written: the files still carry them
        spark.sql("alter table " + table + " set tblproperties ('delta.enableDeletionVectors' = 'false')");
        CommandRun turnedOff = runPublish(badLake.toString(), warehouse);

        assertThat(enabled.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(enabled.err()).contains(refusal);
        assertThat(turnedOff.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(turnedOff.err()).contains(refusal);
        assertThat(warehouse).doesNotExist();
    }

    @Test
    void refusesATableWithColumnMapping() throws Exception {
        Path badLake = temp.resolve("lake-column-mapping");
        String table = "delta.`" + badLake.resolve("mart/with_mapping").toUri() + "`";
        spark.sql("create table " + table + " (id int, label string) using delta tblproperties ("
                + "'delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', "
                + "'delta.minWriterVersion' = '5')");
        spark.sql("insert into " + table + " values (1, 'a')");

        CommandRun run = runPublish(badLake.toString(), temp.resolve("serving-5/warehouse.duckdb"));

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains(LAKE_MESSAGES.format("lake.columnMapping", "mart.with_mapping", "name"));
    }

    @Test
    void aFolderWithoutALakeIsBadUsage() {
        Path nowhere = temp.resolve("no-lake-here");

        CommandRun run = runPublish(nowhere.toString(), temp.resolve("serving-6/warehouse.duckdb"));

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains(LAKE_MESSAGES.format("lake.noLake", nowhere));
    }

    private record CommandRun(int exitCode, String out, String err) {}

    /** The real command line, with its output captured. */
    private static CommandRun runPublish(String lakeFolder, Path warehouse) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exitCode =
                    Cli.run(new AnalyticsMain(), "publish", "--lake", lakeFolder, "--warehouse", warehouse.toString());
            return new CommandRun(
                    exitCode, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Every served table but meta.audit (which gets one row per publish), as text rows. */
    private static List<String> content(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (LakeLayout.TableFolder table : new LakeLayout(temp.resolve("lake")).servedTables()) {
            String name = table.schema() + "." + table.table();
            if (!name.equals("meta.audit")) {
                duckdbRows(connection, "select * from " + name + " order by all")
                        .forEach(row -> rows.add(name + ": " + row));
            }
        }
        return rows;
    }

    private static List<String> sparkRows(String table) {
        return spark.table(table).collectAsList().stream().map(PublishIT::text).toList();
    }

    private static String text(Row row) {
        List<String> values = new ArrayList<>();
        for (int index = 0; index < row.length(); index++) {
            Object value = row.get(index);
            // Spark gives a timestamp as an instant; DuckDB as the UTC wall time the lake's sessions use
            values.add(
                    value instanceof java.sql.Timestamp timestamp
                            ? timestamp
                                    .toInstant()
                                    .atOffset(ZoneOffset.UTC)
                                    .toLocalDateTime()
                                    .toString()
                            : normalize(value));
        }
        return String.join("|", values);
    }

    private static List<String> duckdbRows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int count = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= count; column++) {
                    values.add(normalize(result.getObject(column)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet result = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (result.next()) {
                names.add(result.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    /** One spelling for a value from either engine (a DuckDB timestamp is a wall time). */
    private static String normalize(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        } else if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof Object[] array) {
            return Arrays.stream(array).map(PublishIT::normalize).collect(Collectors.joining(",", "[", "]"));
        }
        return value.toString();
    }

    private static long parquetFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".parquet")).count();
        }
    }
}
