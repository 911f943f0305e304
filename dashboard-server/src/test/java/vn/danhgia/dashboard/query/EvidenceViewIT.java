package vn.danhgia.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every finding of a generated, loaded and analyzed district (bin/danhgia generate --scale test, load,
 * analyze, in other processes: the etl and analytics modules must be built) reads as an EvidenceView
 * with no unlabeled field, in both languages.
 */
class EvidenceViewIT {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path temp;

    @Test
    void everyFindingOfAGeneratedDistrictReadsWithoutAnUnlabeledField() throws Exception {
        Path files = temp.resolve("demo");
        Path warehouse = temp.resolve("w.duckdb");
        run("generate", "--scale", "test", "--seed", "2025", "--out", files.toString());
        run("load", files.toString(), "--warehouse", warehouse.toString());
        run("analyze", "--warehouse", warehouse.toString());

        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly)) {
            FindingsQuery query = new FindingsQuery(connection);
            List<FindingsQuery.Finding> findings = new ArrayList<>();
            FindingsQuery.FindingsPage page;
            int offset = 0;
            do {
                page = query.list(
                        FindingsQuery.Filter.all(),
                        FindingsQuery.SortKey.DETECTOR,
                        true,
                        FindingsQuery.MAX_LIMIT,
                        offset);
                findings.addAll(page.findings());
                offset += FindingsQuery.MAX_LIMIT;
            } while (offset < page.total());
            assertThat(findings).hasSize((int) SmallDistrict.count(connection, "select count(*) from mart.findings"));

            Set<String> detectors = new LinkedHashSet<>();
            List<String> unlabeled = new ArrayList<>();
            for (FindingsQuery.Finding finding : findings) {
                detectors.add(finding.detector());
                for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                    EvidenceView view = query.evidence(finding, Labels.of(locale));
                    unlabeled.addAll(view.unlabeledFields());
                    assertThat(view.facts().size()
                                    + view.groups().size()
                                    + view.tables().size())
                            .as(finding.detector())
                            .isPositive();
                    assertThat(view.sources()).as(finding.detector()).isNotEmpty();
                }
            }
            assertThat(detectors)
                    .as("detectors with findings in the generated district")
                    .hasSizeGreaterThanOrEqualTo(5);
            assertThat(unlabeled).isEmpty();
        }
    }

    private void run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin/danhgia").toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(temp, "danhgia", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(600, TimeUnit.SECONDS))
                .as("danhgia " + arguments[0] + " finished")
                .isTrue();
        assertThat(process.exitValue())
                .as("danhgia " + arguments[0] + ": " + Files.readString(output, StandardCharsets.UTF_8))
                .isIn(0, 1);
    }
}
