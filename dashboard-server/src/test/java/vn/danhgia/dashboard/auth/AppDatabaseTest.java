package vn.danhgia.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDatabaseTest {
    @TempDir
    Path folder;

    @Test
    void liesBesideTheWarehouseWithoutItsDuckdbSuffix() {
        assertThat(AppDatabase.besideWarehouse(folder.resolve("data/warehouse.duckdb")))
                .isEqualTo(folder.resolve("data/warehouse.app.db"));
        assertThat(AppDatabase.besideWarehouse(folder.resolve("w"))).isEqualTo(folder.resolve("w.app.db"));
    }

    @Test
    void reopeningAnExistingFileAppliesNoMigrationTwiceAndKeepsItsRows() {
        Path warehouse = folder.resolve("data/warehouse.duckdb");
        try (AppDatabase database = AppDatabase.openBesideWarehouse(warehouse)) {
            new Accounts(database).add("hoa.nguyen", Role.ADMIN, "mật khẩu đủ dài".toCharArray());
        }
        try (AppDatabase database = AppDatabase.openBesideWarehouse(warehouse)) {
            assertThat(new Accounts(database).list()).extracting(Account::name).containsExactly("hoa.nguyen");
            assertThat(scalar(database, "select count(*) from flyway_schema_history where success = 1"))
                    .isEqualTo("3");
            assertThat(scalar(database, "select group_concat(version, ',') from flyway_schema_history"))
                    .isEqualTo("1,2,3");
        }
        assertThat(folder.resolve("data/warehouse.app.db")).exists();
    }

    @Test
    void connectionsUseWalForeignKeysAndABusyTimeout() {
        try (AppDatabase database = AppDatabase.open(folder.resolve("app.db"))) {
            assertThat(scalar(database, "pragma journal_mode")).isEqualTo("wal");
            assertThat(scalar(database, "pragma foreign_keys")).isEqualTo("1");
            assertThat(scalar(database, "pragma busy_timeout")).isEqualTo("10000");
        }
    }

    static String scalar(AppDatabase database, String query) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(query)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
