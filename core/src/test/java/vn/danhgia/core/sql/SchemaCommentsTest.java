package vn.danhgia.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemaCommentsTest {
    private final SchemaComments comments = SchemaComments.fromClasspath();

    @Test
    void everyPublicTableAndColumnIsDescribedInTheDocumentation() {
        Map<String, SchemaComments.TableComment> documented = comments.tables().stream()
                .collect(Collectors.toMap(SchemaComments.TableComment::qualifiedName, table -> table));

        for (Map.Entry<String, List<String>> table : PublicContract.TABLES.entrySet()) {
            SchemaComments.TableComment comment = documented.get(table.getKey());
            assertThat(comment).as("sql/README.md describes " + table.getKey()).isNotNull();
            assertThat(comment.text()).as(table.getKey()).isNotBlank();
            for (String column : table.getValue()) {
                String name = column.split(" ")[0];
                assertThat(comment.columns())
                        .as("sql/README.md describes " + table.getKey() + "." + name)
                        .anySatisfy(described -> assertThat(described.from() + "," + described.to())
                                .containsPattern("(^|,)" + name + "(,|$)"));
            }
        }
    }

    @Test
    void aHeadingAParagraphAndAColumnTableBecomeComments() {
        List<SchemaComments.TableComment> tables = SchemaComments.parse("""
                ## mart.example
                What the table is for,
                on two lines with `code`.

                | column | type | meaning |
                |---|---|---|
                | `year` | int | rating year |
                | `count_a` ... `count_c` | int | the counts |
                | `source_file`, `load_id` | string | lineage |

                ## Not a table heading
                """);

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.qualifiedName()).isEqualTo("mart.example");
            assertThat(table.text()).isEqualTo("What the table is for, on two lines with code.");
            assertThat(table.columns())
                    .containsExactly(
                            new SchemaComments.ColumnComment("year", "year", "rating year"),
                            new SchemaComments.ColumnComment("count_a", "count_c", "the counts"),
                            new SchemaComments.ColumnComment("source_file,load_id", "source_file,load_id", "lineage"));
        });
    }

    @Test
    void aCatalogNamedLikeItsFileIsQuoted() throws Exception {
        SchemaComments example = new SchemaComments(SchemaComments.parse("""
                ## core.example
                A table in a file named w-2025.duckdb.

                | column | type | meaning |
                |---|---|---|
                | `year` | int | rating year |
                """));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("attach ':memory:' as \"w-2025\"");
            statement.execute("create schema \"w-2025\".core");
            statement.execute("create table \"w-2025\".core.example (year int)");

            assertThat(example.apply(connection, "w-2025")).isEqualTo(2);
        }
    }

    @Test
    void theCommentsAreWrittenIntoTheTablesThatExist() throws Exception {
        SchemaComments example = new SchemaComments(SchemaComments.parse("""
                ## mart.example
                Bảng ví dụ: 'quoted'.

                | column | type | meaning |
                |---|---|---|
                | `year` | int | rating year |
                | `count_a` ... `count_c` | int | the counts |
                | `missing` | int | a column the table does not have |

                ## mart.absent
                A table that does not exist.
                """));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("create schema mart");
            statement.execute("create table mart.example (year int, count_a int, count_b int, count_c int, other int)");

            int written = example.apply(connection, "memory");

            assertThat(written).isEqualTo(5);
            try (ResultSet rows =
                    statement.executeQuery("select comment from duckdb_tables() where table_name = 'example'")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("Bảng ví dụ: 'quoted'.");
            }
            try (ResultSet rows = statement.executeQuery(
                    "select column_name, comment from duckdb_columns() where table_name = 'example' order by column_index")) {
                StringBuilder seen = new StringBuilder();
                while (rows.next()) {
                    seen.append(rows.getString(1))
                            .append('=')
                            .append(rows.getString(2))
                            .append(';');
                }
                assertThat(seen.toString())
                        .isEqualTo(
                                "year=rating year;count_a=the counts;count_b=the counts;count_c=the counts;other=null;");
            }
        }
    }
}
