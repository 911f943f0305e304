package vn.danhgia.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.sql.SqlEngine.EngineException;

/** Values bound to {@code ?} markers arrive in DuckDB as data, whatever text they hold. */
class JdbcSqlEngineIT {
    private static final String HOSTILE = "'Đảng ủy xã Đông' ; drop table x --";

    private Connection connection;
    private JdbcSqlEngine engine;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        engine = new JdbcSqlEngine(connection);
        engine.execute("create table x (name varchar, year int, share double, decided_on date)");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void bindsAValueHoldingAQuoteAndVietnameseTextAsData() throws Exception {
        engine.execute("insert into x values (?, ?, ?, ?)", List.of(HOSTILE, 2024, 0.25, LocalDate.of(2024, 12, 8)));

        SqlEngine.Rows rows =
                engine.query("select name, year, share, decided_on from x where name = ?", List.of(HOSTILE));

        assertThat(rows.columns()).containsExactly("name", "year", "share", "decided_on");
        assertThat(rows.values()).hasSize(1);
        assertThat(rows.values().get(0)[0]).isEqualTo(HOSTILE);
        assertThat(rows.values().get(0)[1]).isEqualTo(2024);
        assertThat(rows.values().get(0)[2]).isEqualTo(0.25);
        assertThat(rows.values().get(0)[3].toString()).isEqualTo("2024-12-08");
        // the table is still there, with the one row
        assertThat(engine.query("select count(*) from x").values().get(0)[0]).isEqualTo(1L);
    }

    @Test
    void bindsNullAndFindsNothingForAValueThatMatchesNoRow() throws Exception {
        engine.execute("insert into x values (?, ?, ?, ?)", Arrays.asList("Chi bộ 1", null, null, null));

        assertThat(engine.query("select count(*) from x where name = ?", List.of(HOSTILE))
                        .values()
                        .get(0)[0])
                .isEqualTo(0L);
        assertThat(engine.query("select year from x where name = ?", List.of("Chi bộ 1"))
                        .values()
                        .get(0)[0])
                .isNull();
    }

    @Test
    void withoutParametersRunsStatementsThatCannotBePrepared() throws Exception {
        engine.execute("set threads = 1", List.of());

        assertThat(engine.query("select current_setting('threads')").values().get(0)[0])
                .isEqualTo(1L);
    }

    @Test
    void aMissingParameterIsTheEnginesError() {
        assertThatThrownBy(() -> engine.query("select ? = ?", List.of(1))).isInstanceOf(EngineException.class);
    }
}
