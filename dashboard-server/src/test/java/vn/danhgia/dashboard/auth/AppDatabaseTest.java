package vn.danhgia.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void manyThreadsWriteAndReadAtOnce() throws Exception {
        try (AppDatabase database = AppDatabase.open(folder.resolve("app.db"))) {
            AuditLog audit = new AuditLog(database);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<Long>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                String actor = "thread" + thread;
                results.add(threads.submit(() -> {
                    for (int entry = 0; entry < 25; entry++) {
                        audit.record(AuditEntry.of(actor, AuditAction.QUERY, "q" + entry, AuditOutcome.SUCCESS));
                        audit.count(AuditFilter.all().actor(actor));
                    }
                    return audit.count(AuditFilter.all().actor(actor));
                }));
            }
            threads.shutdown();
            for (Future<Long> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(25L);
            }
            assertThat(audit.count(AuditFilter.all())).isEqualTo(200L);
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
