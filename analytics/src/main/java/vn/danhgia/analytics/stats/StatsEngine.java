package vn.danhgia.analytics.stats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sql.SqlEngine;
import vn.danhgia.core.sql.SqlEngine.EngineException;

/**
 * The engine side of the statistics steps: reads an input query from {@code sql/stats/} (packaged in the
 * core jar), reads thresholds from {@code mart.detector_threshold}, and writes a mart table from rows of
 * plain values, on DuckDB or Spark alike. Kept apart from the tests themselves, which are pure functions.
 */
final class StatsEngine {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.stats.messages");

    private StatsEngine() {}

    /** The text of {@code sql/stats/<name>.sql} from the classpath. */
    static String sql(String name) {
        String resource = "sql/stats/" + name + ".sql";
        try (InputStream in = StatsEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new DanhgiaException(ErrorCode.INTERNAL, MESSAGES.format("stats.missingInput", resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll(";\\s*$", "");
        } catch (IOException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, MESSAGES.format("stats.missingInput", resource), null, e);
        }
    }

    /** A threshold the detectors share with the statistics (loaded from thresholds.yaml by analyze). */
    static double threshold(SqlEngine engine, String detector, String name) throws EngineException {
        List<Object[]> rows = engine.query(
                        "select value from mart.detector_threshold where detector = ? and name = ?",
                        List.of(detector, name))
                .values();
        if (rows.isEmpty()) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("stats.missingThreshold", detector, name));
        }
        return ((Number) rows.get(0)[0]).doubleValue();
    }

    /** Creates (or replaces) a mart table with {@code ddlName}'s statement and appends the rows. */
    static void write(SqlEngine engine, String ddlName, String table, List<Object[]> rows) throws EngineException {
        engine.execute(sql(ddlName));
        engine.append(table, rows);
    }

    /** Runs a query and hands back its rows as plain values. */
    static List<Object[]> query(SqlEngine engine, String sql) throws EngineException {
        return engine.query(sql).values();
    }

    static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static long count(Object value) {
        return ((Number) value).longValue();
    }
}
