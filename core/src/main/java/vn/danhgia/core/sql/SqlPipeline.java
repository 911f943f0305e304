package vn.danhgia.core.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * An ordered list of SQL models ({@code sql/pipelines/<name>.yaml}) run on one engine. A step names a
 * model without its engine: {@code staging/member_rating} runs {@code sql/staging/member_rating.sql},
 * unless the rare engine-specific twin {@code member_rating.duckdb.sql} (or {@code .spark.sql}) exists.
 * The files come from the classpath (the core jar), so every process runs the very same text.
 *
 * <p>A step {@code java:<name>} is work SQL cannot do (statistical tests): the caller supplies it as a
 * {@link JavaStep} under that name, and it runs in its place in the order, on the same engine.
 */
public final class SqlPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(SqlPipeline.class);

    /** The engines a model can run on; the name is the file suffix of engine-specific twins. */
    public enum Engine {
        DUCKDB,
        SPARK;

        public String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The prefix of a step done in Java. */
    public static final String JAVA_PREFIX = "java:";

    /** A step done in Java on the same engine: it reads the tables earlier steps made and writes its own. */
    @FunctionalInterface
    public interface JavaStep {
        void run(SqlEngine engine) throws SqlEngine.EngineException;
    }

    private final String name;
    private final List<String> steps;
    private final ClassLoader loader;

    private SqlPipeline(String name, List<String> steps, ClassLoader loader) {
        this.name = name;
        this.steps = List.copyOf(steps);
        this.loader = loader;
    }

    public static SqlPipeline fromClasspath(String name) {
        return fromClasspath(name, SqlPipeline.class.getClassLoader());
    }

    public static SqlPipeline fromClasspath(String name, ClassLoader loader) {
        String index = "sql/pipelines/" + name + ".yaml";
        try (InputStream in = loader.getResourceAsStream(index)) {
            if (in == null) {
                throw new DanhgiaException(ErrorCode.INTERNAL, "SQL pipeline " + index + " is not on the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<String> steps = new ArrayList<>();
            root.path("steps").forEach(step -> steps.add(step.asText()));
            if (steps.isEmpty()) {
                throw new DanhgiaException(ErrorCode.INTERNAL, "SQL pipeline " + index + " lists no steps");
            }
            return new SqlPipeline(name, steps, loader);
        } catch (IOException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, "Cannot read SQL pipeline " + index, null, e);
        }
    }

    public List<String> steps() {
        return steps;
    }

    /** Whether {@code step} is done in Java ({@code java:<name>}) rather than by a SQL file. */
    public static boolean isJavaStep(String step) {
        return step.startsWith(JAVA_PREFIX);
    }

    /** The scripts of this pipeline's SQL steps on {@code engine}, in order (Java steps left out). */
    public List<SqlScript> scripts(Engine engine) {
        List<SqlScript> scripts = new ArrayList<>();
        for (String step : steps) {
            if (!isJavaStep(step)) {
                scripts.add(script(step, engine));
            }
        }
        return scripts;
    }

    /** The script of one model on one engine: its engine-specific twin if there is one, else the shared text. */
    public SqlScript script(String step, Engine engine) {
        String specific = "sql/" + step + "." + engine.suffix() + ".sql";
        String shared = "sql/" + step + ".sql";
        for (String resource : List.of(specific, shared)) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    return SqlScript.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new DanhgiaException(ErrorCode.INTERNAL, "Cannot read " + resource, null, e);
            }
        }
        throw new DanhgiaException(
                ErrorCode.INTERNAL, "SQL pipeline " + name + ": neither " + specific + " nor " + shared + " exists");
    }

    /** Runs every statement of every step on a JDBC connection (DuckDB), one log line per step. */
    public void run(Connection connection, Engine engine) {
        run(connection, engine, Map.of());
    }

    /** Runs every step on a JDBC connection (DuckDB), Java steps from {@code javaSteps} by name. */
    public void run(Connection connection, Engine engine, Map<String, JavaStep> javaSteps) {
        Objects.requireNonNull(connection, "connection");
        if (engine != Engine.DUCKDB) {
            throw new IllegalArgumentException("a JDBC connection runs the DuckDB models, not " + engine);
        }
        run(new JdbcSqlEngine(connection), javaSteps);
    }

    /**
     * Runs every step in order on {@code engine}: SQL steps statement by statement (the engine's twin
     * of a model where one exists), Java steps from {@code javaSteps} by name. One log line per step.
     */
    public void run(SqlEngine engine, Map<String, JavaStep> javaSteps) {
        Objects.requireNonNull(engine, "engine");
        for (String step : steps) {
            long started = System.nanoTime();
            if (isJavaStep(step)) {
                runJava(engine, step, javaSteps);
            } else {
                runSql(engine, script(step, engine.dialect()));
            }
            LOG.info(
                    "{}: {} ms on {}",
                    step,
                    (System.nanoTime() - started) / 1_000_000,
                    engine.dialect().suffix());
        }
    }

    /** Runs one step alone (tests run a detector on hand-made rows this way). */
    public static void runStep(Connection connection, Engine engine, String step, Map<String, JavaStep> javaSteps) {
        SqlPipeline single = new SqlPipeline(step, List.of(step), SqlPipeline.class.getClassLoader());
        single.run(connection, engine, javaSteps);
    }

    /** Runs one step alone on any engine. */
    public static void runStep(SqlEngine engine, String step, Map<String, JavaStep> javaSteps) {
        new SqlPipeline(step, List.of(step), SqlPipeline.class.getClassLoader()).run(engine, javaSteps);
    }

    private static void runJava(SqlEngine engine, String step, Map<String, JavaStep> javaSteps) {
        String name = step.substring(JAVA_PREFIX.length());
        JavaStep java = javaSteps.get(name);
        if (java == null) {
            throw new DanhgiaException(ErrorCode.INTERNAL, "No Java step named " + name + " was supplied for " + step);
        }
        try {
            java.run(engine);
        } catch (SqlEngine.EngineException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, step + ": " + e.getMessage(), null, e);
        }
    }

    /** Runs every statement of a script; a failure names the file and the line of the statement. */
    public static void runSql(SqlEngine engine, SqlScript script) {
        for (SqlStatement statement : script.statements()) {
            try {
                engine.execute(statement.text());
            } catch (SqlEngine.EngineException e) {
                throw new DanhgiaException(
                        ErrorCode.INTERNAL,
                        script.name() + ", line " + statement.line() + ": " + e.getMessage(),
                        null,
                        e);
            }
        }
    }
}
