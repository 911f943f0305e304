package vn.danhgia.analytics.publish;

import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BinaryType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FloatType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;
import java.util.stream.Collectors;

/**
 * Delta types in DuckDB's spelling. A Delta {@code timestamp} is an instant; the lake's Spark sessions
 * run in UTC, so it becomes a DuckDB {@code timestamp} holding the UTC wall time, as the warehouse keeps it.
 */
final class DuckdbTypes {
    private DuckdbTypes() {}

    static String of(DataType type) {
        if (type instanceof StringType) {
            return "varchar";
        } else if (type instanceof IntegerType) {
            return "integer";
        } else if (type instanceof LongType) {
            return "bigint";
        } else if (type instanceof ShortType) {
            return "smallint";
        } else if (type instanceof ByteType) {
            return "tinyint";
        } else if (type instanceof DoubleType) {
            return "double";
        } else if (type instanceof FloatType) {
            return "float";
        } else if (type instanceof BooleanType) {
            return "boolean";
        } else if (type instanceof DateType) {
            return "date";
        } else if (type instanceof TimestampType || type instanceof TimestampNTZType) {
            return "timestamp";
        } else if (type instanceof BinaryType) {
            return "blob";
        } else if (type instanceof DecimalType decimal) {
            return "decimal(" + decimal.getPrecision() + ", " + decimal.getScale() + ")";
        } else if (type instanceof ArrayType array) {
            return of(array.getElementType()) + "[]";
        } else if (type instanceof MapType map) {
            return "map(" + of(map.getKeyType()) + ", " + of(map.getValueType()) + ")";
        } else if (type instanceof StructType struct) {
            return struct.fields().stream()
                    .map(field -> ServingSql.identifier(field.getName()) + " " + of(field.getDataType()))
                    .collect(Collectors.joining(", ", "struct(", ")"));
        }
        throw new IllegalArgumentException("no DuckDB type for the Delta type " + type);
    }
}
