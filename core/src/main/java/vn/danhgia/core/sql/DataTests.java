package vn.danhgia.core.sql;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * The data tests packaged under {@code sql/tests/} (listed in {@code sql/tests/index.yaml}), and a
 * runner for any {@link SqlEngine}: DuckDB and Spark run the same {@link DataTest#query()} texts.
 */
public final class DataTests {
    public static final String FOLDER = "sql/tests/";
    public static final String INDEX = FOLDER + "index.yaml";

    /** How many failing rows a result keeps as examples. */
    public static final int SAMPLE_SIZE = 5;

    private static final Logger LOG = LoggerFactory.getLogger(DataTests.class);

    private DataTests() {}

    /** The data tests packaged with this version of danhgia, in index order. */
    public static List<DataTest> fromClasspath() {
        return fromClasspath(DataTests.class.getClassLoader());
    }

    /**
     * The data tests of one layer (their folder under {@code sql/tests/}: {@code core} after a load,
     * {@code marts} after an analysis), so each runs where its tables exist.
     */
    public static List<DataTest> ofLayer(String layer) {
        Objects.requireNonNull(layer, "layer");
        return fromClasspath().stream()
                .filter(test -> test.name().startsWith(layer + "/"))
                .toList();
    }

    public static List<DataTest> fromClasspath(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        DataTestIndex index = ClasspathText.readIndex(loader, INDEX, DataTestIndex.class);
        List<DataTest> tests = new ArrayList<>();
        for (String file : index.files()) {
            SqlScript script = SqlScript.parse(file, ClasspathText.read(loader, FOLDER + file));
            if (script.statements().size() != 1) {
                throw new DanhgiaException(
                        ErrorCode.INTERNAL,
                        ClasspathText.MESSAGES.format(
                                "tests.notOneQuery",
                                FOLDER + file,
                                script.statements().size()));
            }
            tests.add(new DataTest(
                    file.substring(0, file.length() - ".sql".length()),
                    script.statements().get(0).text()));
        }
        return List.copyOf(tests);
    }

    /** Runs each test on {@code connection} and reports what it found; a query that fails to run throws. */
    public static List<DataTestResult> run(Connection connection, List<DataTest> tests) {
        Objects.requireNonNull(connection, "connection");
        return run(new JdbcSqlEngine(connection), tests);
    }

    /** Runs each test on {@code engine} (DuckDB or Spark) and reports what it found. */
    public static List<DataTestResult> run(SqlEngine engine, List<DataTest> tests) {
        Objects.requireNonNull(engine, "engine");
        List<DataTestResult> results = new ArrayList<>();
        for (DataTest test : tests) {
            results.add(run(engine, test));
        }
        long failed = results.stream().filter(result -> !result.passed()).count();
        LOG.info(
                "data tests: {} run, {} failed on {}",
                results.size(),
                failed,
                engine.dialect().suffix());
        return List.copyOf(results);
    }

    private static DataTestResult run(SqlEngine engine, DataTest test) {
        try {
            SqlEngine.Rows rows = engine.query(test.query());
            List<String> samples = new ArrayList<>();
            for (Object[] row :
                    rows.values().subList(0, Math.min(SAMPLE_SIZE, rows.values().size()))) {
                samples.add(describe(rows.columns(), row));
            }
            return new DataTestResult(test.name(), rows.values().size(), samples);
        } catch (SqlEngine.EngineException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    ClasspathText.MESSAGES.format("tests.failedToRun", test.name(), e.getMessage()),
                    null,
                    e);
        }
    }

    private static String describe(List<String> columns, Object[] row) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < columns.size(); column++) {
            if (column > 0) {
                text.append(", ");
            }
            text.append(columns.get(column)).append('=').append(row[column]);
        }
        return text.toString();
    }
}
