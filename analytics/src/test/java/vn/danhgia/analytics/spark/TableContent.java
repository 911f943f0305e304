package vn.danhgia.analytics.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A table's rows as sorted canonical text, so that the same table read from DuckDB and from a Delta
 * table through Spark compares row by row, order-insensitive. Numbers compare to 9 significant digits
 * (the stated floating-point tolerance); JSON texts compare as JSON (key order and number spelling
 * aside); the columns named in {@code ignored} (a load's id differs between two loads) are left out.
 */
final class TableContent {
    /** Relative tolerance of floating-point values: 9 significant digits. */
    static final MathContext TOLERANCE = new MathContext(9);

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private TableContent() {}

    static List<String> fromDuckdb(Connection connection, String table, Set<String> ignored) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int column = 1; column <= columns; column++) {
                    String name = result.getMetaData().getColumnLabel(column);
                    if (!ignored.contains(name)) {
                        row.put(name, canonical(result.getObject(column)));
                    }
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    static List<String> fromSpark(SparkSession spark, String table, Set<String> ignored) {
        return fromFrame(spark.table(table), ignored);
    }

    /** The rows of the Delta table at {@code location}, read without a catalog. */
    static List<String> fromDelta(SparkSession spark, String location, Set<String> ignored) {
        return fromFrame(spark.read().format("delta").load(location), ignored);
    }

    private static List<String> fromFrame(org.apache.spark.sql.Dataset<Row> frame, Set<String> ignored) {
        String[] names = frame.columns();
        List<String> rows = new ArrayList<>();
        for (Row value : frame.collectAsList()) {
            Map<String, String> row = new TreeMap<>();
            for (int column = 0; column < names.length; column++) {
                if (!ignored.contains(names[column])) {
                    row.put(names[column], canonical(value.get(column)));
                }
            }
            rows.add(row.toString());
        }
        rows.sort(null);
        return rows;
    }

    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number number) {
            return number(new BigDecimal(number.toString()));
        }
        String text = value.toString();
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return JSON.writeValueAsString(canonicalJson(JSON.readTree(trimmed)));
            } catch (java.io.IOException e) {
                return text;
            }
        }
        return text;
    }

    private static String number(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.round(TOLERANCE).stripTrailingZeros().toPlainString();
    }

    private static JsonNode canonicalJson(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                sorted.set(name, canonicalJson(node.get(name)));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Iterator<JsonNode> items = node.elements(); items.hasNext(); ) {
                array.add(canonicalJson(items.next()));
            }
            return array;
        }
        if (node.isNumber()) {
            return JsonNodeFactory.instance.textNode(number(node.decimalValue()));
        }
        return node;
    }
}
