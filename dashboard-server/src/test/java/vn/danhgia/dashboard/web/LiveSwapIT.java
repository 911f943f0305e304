package vn.danhgia.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.warehouse.WarehouseSnapshot;
import vn.danhgia.dashboard.auth.Role;

/**
 * A new warehouse published (atomic rename) while eight clients read the overview: no request fails,
 * and afterwards the page shows the new data (the footer's count of loaded files, one more).
 */
class LiveSwapIT {
    private static final int CLIENTS = 8;
    private static final Pattern FILES = Pattern.compile("kho warehouse\\.duckdb, ([\\d.]+) tệp đã nạp");

    @TempDir
    Path folder;

    @Test
    void publishingWhileClientsReadFailsNoRequestAndServesTheNewData() throws Exception {
        try (TestServer server = TestServer.start(folder)) {
            List<WebClient> clients = new ArrayList<>();
            for (int index = 0; index < CLIENTS; index++) {
                clients.add(server.loggedIn(Role.VIEWER));
            }
            WebClient.Response before = clients.get(0).get("/tong-quan");
            assertThat(before.status()).isEqualTo(200);
            long filesBefore = files(before.body());
            long versionsBefore = server.server().dashboard().warehouse().versionsOpened();

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> readers = new ArrayList<>();
            for (WebClient client : clients) {
                readers.add(pool.submit(() -> {
                    while (running.get()) {
                        try {
                            WebClient.Response response = client.get("/tong-quan");
                            statuses.computeIfAbsent(response.status(), status -> new AtomicInteger())
                                    .incrementAndGet();
                            if (response.status() != 200) {
                                failures.add(response.status() + ": " + excerpt(response.body()));
                            }
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                        requests.incrementAndGet();
                    }
                }));
            }

            Thread.sleep(1500);
            int requestsBeforePublish = requests.get();
            try (WarehouseSnapshot snapshot = WarehouseSnapshot.begin(server.warehouse(), "live-swap-test")) {
                try (Statement statement = snapshot.connection().createStatement()) {
                    statement.execute("insert into meta.load_log"
                            + " select * replace ('live-swap/' || file as file) from meta.load_log"
                            + " where status = 'loaded' order by file limit 1");
                }
                snapshot.publish();
            }
            long publishedAt = requests.get();
            while (requests.get() < publishedAt + 4L * CLIENTS) {
                Thread.sleep(100); // each client reads a few more times after the swap
            }
            Thread.sleep(1500);
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            for (Future<?> reader : readers) {
                reader.get();
            }

            assertThat(requestsBeforePublish).as("requests before the publish").isGreaterThan(CLIENTS);
            assertThat(failures)
                    .as("failed requests of " + requests.get() + ": " + new TreeMap<>(statuses))
                    .isEmpty();
            assertThat(statuses.keySet()).containsExactly(200);
            WebClient.Response after = clients.get(0).get("/tong-quan");
            assertThat(after.status()).isEqualTo(200);
            assertThat(files(after.body())).isEqualTo(filesBefore + 1);
            assertThat(server.server().dashboard().warehouse().versionsOpened()).isGreaterThan(versionsBefore);
        }
    }

    private static long files(String page) {
        Matcher matcher = FILES.matcher(page);
        assertThat(matcher.find()).as("the footer's count of loaded files").isTrue();
        return Long.parseLong(matcher.group(1).replace(".", ""));
    }

    private static String excerpt(String body) {
        return body.length() > 500 ? body.substring(0, 500) : body;
    }
}
