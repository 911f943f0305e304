package vn.danhgia.dashboard.notebook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Notebook pages kept per notebook, language and version of the analysts' snapshot: a notebook is run
 * once per snapshot, however many analysts open it, and two who open it at once wait for the one run. A
 * new snapshot version drops what was kept for the others. A run that throws is not kept.
 */
public final class NotebookCache {
    private final Map<String, FutureTask<String>> pages = new ConcurrentHashMap<>();
    private volatile String version = "";

    public String get(String name, String language, String snapshotVersion, Supplier<String> render) {
        if (!snapshotVersion.equals(version)) {
            synchronized (this) {
                if (!snapshotVersion.equals(version)) {
                    pages.clear();
                    version = snapshotVersion;
                }
            }
        }
        String key = name + "\n" + language + "\n" + snapshotVersion;
        FutureTask<String> task = new FutureTask<>(render::get);
        FutureTask<String> kept = pages.putIfAbsent(key, task);
        if (kept == null) {
            kept = task;
            task.run();
        }
        try {
            return kept.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for notebook " + name, e);
        } catch (ExecutionException e) {
            pages.remove(key, kept);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many pages are kept (for tests). */
    public int size() {
        return pages.size();
    }
}
