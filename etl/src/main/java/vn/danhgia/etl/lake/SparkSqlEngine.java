package vn.danhgia.etl.lake;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.PosParameterizedQuery;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import vn.danhgia.core.sql.SqlEngine;
import vn.danhgia.core.sql.SqlPipeline;

/**
 * {@link SqlEngine} over a Spark session whose catalog holds the lake's Delta tables ({@link Lake}).
 * Appended rows are converted to the table's column types, so the Java steps hand over the same plain
 * values they give DuckDB.
 */
public final class SparkSqlEngine implements SqlEngine {
    private final SparkSession spark;

    public SparkSqlEngine(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    public SparkSession spark() {
        return spark;
    }

    @Override
    public SqlPipeline.Engine dialect() {
        return SqlPipeline.Engine.SPARK;
    }

    @Override
    public void execute(String sql, List<?> parameters) throws EngineException {
        try {
            sql(sql, parameters);
        } catch (RuntimeException e) {
            throw new EngineException(firstLine(e), e);
        }
    }

    @Override
    public Rows query(String sql, List<?> parameters) throws EngineException {
        try {
            var frame = sql(sql, parameters);
            List<String> columns = List.of(frame.columns());
            List<Object[]> values = new ArrayList<>();
            for (Row row : frame.collectAsList()) {
                Object[] value = new Object[row.length()];
                for (int column = 0; column < row.length(); column++) {
                    value[column] = row.get(column);
                }
                values.add(value);
            }
            return new Rows(columns, values);
        } catch (RuntimeException e) {
            throw new EngineException(firstLine(e), e);
        }
    }

    /**
     * Spark's positional parameters, bound in the plan: each value becomes a literal of the parsed
     * statement, never text of it. Not through {@code spark.sql(text, args)}: the session's parser is
     * Delta's, which drops the parameters (delta-io/delta#7640, Delta 4.4 on Spark 4.2), so the statement
     * is parsed by that parser and its markers bound by Spark's own analyzer rule (BindParameters), as
     * {@code sql(text, args)} did before Spark 4.1.
     */
    private Dataset<Row> sql(String sql, List<?> parameters) throws EngineException {
        Objects.requireNonNull(parameters, "parameters");
        if (parameters.isEmpty()) {
            return spark.sql(sql);
        }
        var session = (org.apache.spark.sql.classic.SparkSession) spark;
        LogicalPlan parsed;
        try {
            parsed = session.sessionState().sqlParser().parsePlan(sql);
        } catch (ParseException e) {
            throw new EngineException(e.getMessage(), e);
        }
        List<Expression> literals = new ArrayList<>(parameters.size());
        for (Object value : parameters) {
            literals.add(Literal$.MODULE$.apply(value));
        }
        Seq<Expression> arguments = CollectionConverters.asScala(literals).toSeq();
        return org.apache.spark.sql.classic.Dataset.ofRows(session, new PosParameterizedQuery(parsed, arguments));
    }

    @Override
    public void append(String table, List<Object[]> rows) throws EngineException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            StructType schema = spark.table(table).schema();
            List<Row> converted = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                if (row.length != schema.fields().length) {
                    throw new EngineException(
                            table + ": " + row.length + " values for " + schema.fields().length + " columns", null);
                }
                Object[] values = new Object[row.length];
                for (int column = 0; column < row.length; column++) {
                    values[column] = convert(row[column], schema.fields()[column]);
                }
                converted.add(RowFactory.create(values));
            }
            spark.createDataFrame(converted, schema).write().insertInto(table);
        } catch (RuntimeException e) {
            throw new EngineException(table + ": " + firstLine(e), e);
        }
    }

    /** A plain Java value as the Spark type of its column. */
    static Object convert(Object value, StructField field) {
        if (value == null) {
            return null;
        }
        DataType type = field.dataType();
        if (type.equals(DataTypes.StringType)) {
            return value.toString();
        }
        if (type.equals(DataTypes.IntegerType)) {
            return ((Number) value).intValue();
        }
        if (type.equals(DataTypes.LongType)) {
            return ((Number) value).longValue();
        }
        if (type.equals(DataTypes.DoubleType)) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? number : null;
        }
        if (type instanceof DecimalType decimal) {
            return new BigDecimal(value.toString()).setScale(decimal.scale(), java.math.RoundingMode.HALF_UP);
        }
        if (type.equals(DataTypes.DateType)) {
            return value instanceof LocalDate date ? Date.valueOf(date) : value;
        }
        if (type.equals(DataTypes.TimestampType)) {
            return value instanceof LocalDateTime time ? Timestamp.valueOf(time) : value;
        }
        return value;
    }

    private static String firstLine(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
