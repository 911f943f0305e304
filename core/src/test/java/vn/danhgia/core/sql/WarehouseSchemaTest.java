package vn.danhgia.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WarehouseSchemaTest {

    @Test
    void listsTheSchemaFilesInLayerOrder() {
        WarehouseSchema schema = WarehouseSchema.fromClasspath();

        assertThat(schema.version()).isEqualTo(3);
        assertThat(schema.migrations()).containsOnlyKeys(2);
        assertThat(schema.scripts())
                .extracting(SqlScript::name)
                .containsExactly(
                        "00_schemas.sql",
                        "10_raw.sql",
                        "20_staging.sql",
                        "30_core.sql",
                        "40_mart.sql",
                        "50_meta.sql",
                        "60_restricted.sql");
        assertThat(schema.scripts())
                .allSatisfy(script -> assertThat(script.statements()).isNotEmpty());
    }

    @Test
    void everyStatementIsAnIdempotentCreate() {
        // Applying twice must be harmless: the schema only creates what is missing.
        for (SqlScript script : WarehouseSchema.fromClasspath().scripts()) {
            for (SqlStatement statement : script.statements()) {
                String text = statement.text().toLowerCase(Locale.ROOT);
                assertThat(text)
                        .as("%s line %d", script.name(), statement.line())
                        .matches("(?s)create (schema|table) if not exists .*");
            }
        }
    }

    @Test
    void usesOnlyLowercaseKeywordsAndPortableTypes() {
        // string, int, bigint, double, decimal(p, s), date, timestamp, boolean: accepted by DuckDB and Spark.
        String portableColumn =
                "[a-z][a-z0-9_]* (string|int|bigint|double|decimal\\(\\d+, \\d+\\)|date|timestamp|boolean)";
        for (SqlScript script : WarehouseSchema.fromClasspath().scripts()) {
            for (SqlStatement statement : script.statements()) {
                String text = statement.text();
                if (!text.startsWith("create table")) {
                    continue;
                }
                String body = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
                for (String column : body.split(",\\s*(?![^(]*\\))")) {
                    assertThat(column.strip())
                            .as("%s line %d", script.name(), statement.line())
                            .matches(portableColumn);
                }
            }
        }
    }

    @Test
    void readmeDocumentsEveryPublicColumnWithItsType() throws IOException {
        String readme = Files.readString(SqlFolderTest.sqlFolder().resolve("README.md"), StandardCharsets.UTF_8);
        PublicContract.TABLES.forEach((table, columns) -> {
            String heading = "\n### " + table + "\n";
            assertThat(readme).as("section for %s", table).contains(heading);
            int start = readme.indexOf(heading) + heading.length();
            int end = readme.indexOf("\n#", start);
            List<String> documented = new ArrayList<>();
            for (String line :
                    readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
                String[] cells = line.split("\\|");
                if (cells.length < 4 || !cells[1].strip().startsWith("`")) {
                    continue;
                }
                String[] names = cells[1].strip().replace("`", "").split(", ");
                String[] types = cells[2].strip().split(", ");
                for (int i = 0; i < names.length; i++) {
                    documented.add(names[i] + " " + (i < types.length ? types[i] : "?"));
                }
            }
            assertThat(documented).as("columns of %s in sql/README.md", table).containsExactlyElementsOf(columns);
        });
    }
}
