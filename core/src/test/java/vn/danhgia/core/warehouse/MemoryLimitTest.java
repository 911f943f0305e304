package vn.danhgia.core.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/** DANHGIA_DUCKDB_MEMORY: what DuckDB takes is passed on, anything else is named as the variable's fault. */
class MemoryLimitTest {

    @Test
    void isNoLimitWhenUnsetOrBlank() {
        assertThat(Warehouses.memoryLimit(null)).isEmpty();
        assertThat(Warehouses.memoryLimit("  ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12GB", " 512 MiB ", "1.5gb", "800MB"})
    void passesASizeThatDuckDbAccepts(String value) throws Exception {
        String limit = Warehouses.memoryLimit(value).orElseThrow();
        Properties properties = new Properties();
        properties.setProperty("memory_limit", limit);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_setting('memory_limit')")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).matches("[0-9.]+ [KMGT]i?B");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "lots", "12 GB please", "-1GB"})
    void namesTheVariableWhenTheValueIsNoSize(String value) {
        assertThatThrownBy(() -> Warehouses.memoryLimit(value)).isInstanceOfSatisfying(DanhgiaException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
            assertThat(e.getMessage())
                    .contains("DANHGIA_DUCKDB_MEMORY")
                    .contains("\"" + value + "\"")
                    .contains("12GB");
        });
    }
}
