package vn.danhgia.dashboard.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NotebookCacheTest {
    private final NotebookCache cache = new NotebookCache();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aNotebookRunsOncePerLanguageAndSnapshot() {
        assertThat(cache.get("01", "vi", "v1", this::render)).isEqualTo("run 1");
        assertThat(cache.get("01", "vi", "v1", this::render)).isEqualTo("run 1");
        assertThat(cache.get("01", "en", "v1", this::render)).isEqualTo("run 2");
        assertThat(cache.get("02", "vi", "v1", this::render)).isEqualTo("run 3");
        assertThat(cache.size()).isEqualTo(3);

        assertThat(cache.get("01", "vi", "v2", this::render)).isEqualTo("run 4");
        assertThat(cache.size())
                .as("a new snapshot drops the pages of the old one")
                .isEqualTo(1);
    }

    @Test
    void aRunThatThrowsIsNotKept() {
        assertThatThrownBy(() -> cache.get("01", "vi", "v1", () -> {
                    throw new IllegalStateException("the analysts' file is missing");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the analysts' file is missing");
        assertThat(cache.size()).isZero();
        assertThat(cache.get("01", "vi", "v1", this::render)).isEqualTo("run 1");
    }

    private String render() {
        return "run " + runs.incrementAndGet();
    }
}
