package vn.danhgia.dashboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.ResultColumn;

class ResultCacheTest {
    private static ConsoleRun run(String account, long id, int rows) {
        List<List<Object>> values = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            values.add(List.of((long) row));
        }
        QueryResult result =
                new QueryResult(List.of(new ResultColumn("n", "BIGINT", true)), values, false, Duration.ofMillis(3));
        HistoryEntry entry =
                new HistoryEntry(id, "select n", Instant.EPOCH, Duration.ofMillis(3), rows, QueryOutcome.SUCCESS);
        return new ConsoleRun(account, entry, Optional.of(result), Optional.empty());
    }

    @Test
    void aRunIsOnlyGivenToTheAccountThatRanIt() {
        ResultCache cache = new ResultCache(3, 10, 1_000);
        cache.put(run("an", 1, 5));

        assertThat(cache.get("an", 1)).isPresent();
        assertThat(cache.get("binh", 1)).isEmpty();
        assertThat(cache.get("an", 2)).isEmpty();
    }

    @Test
    void eachAccountKeepsItsLastRunsOnly() {
        ResultCache cache = new ResultCache(2, 10, 1_000);
        cache.put(run("an", 1, 1));
        cache.put(run("binh", 2, 1));
        cache.put(run("an", 3, 1));
        cache.put(run("an", 4, 1));

        assertThat(cache.get("an", 1)).as("an's oldest of three").isEmpty();
        assertThat(cache.get("an", 3)).isPresent();
        assertThat(cache.get("an", 4)).isPresent();
        assertThat(cache.get("binh", 2)).as("another account's run stays").isPresent();
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenRunsOrValuesAreTooMany() {
        ResultCache cache = new ResultCache(5, 3, 100);
        cache.put(run("an", 1, 10));
        cache.put(run("binh", 2, 10));
        cache.put(run("chi", 3, 10));
        cache.get("an", 1); // used: now the newest
        cache.put(run("dung", 4, 10));

        assertThat(cache.get("binh", 2)).as("the least recently used").isEmpty();
        assertThat(cache.get("an", 1)).isPresent();

        cache.put(run("em", 5, 95));
        assertThat(cache.size()).as("values over 100: older runs go").isEqualTo(1);
        assertThat(cache.get("em", 5)).isPresent();
    }

    @Test
    void aRunLargerThanTheBoundIsStillKeptAlone() {
        ResultCache cache = new ResultCache(3, 10, 50);
        cache.put(run("an", 1, 10));
        cache.put(run("an", 2, 500));

        assertThat(cache.get("an", 2)).as("the run being shown").isPresent();
        assertThat(cache.get("an", 1)).isEmpty();
    }
}
