package vn.danhgia.dashboard.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.danhgia.core.warehouse.SnapshotVersion;
import vn.danhgia.core.warehouse.WarehouseReader;

/**
 * Answers of the warehouse kept per published version: the same question asked of the same snapshot
 * gets the same answer, so it is computed once; a new snapshot starts an empty cache. An entry is keyed
 * by the version the read actually saw, never by a version looked up before the read (that could race a
 * swap and file new data under the old version).
 */
public final class SnapshotCache {
    /** A question for the warehouse. */
    @FunctionalInterface
    public interface Question<T> {
        T answer(Connection connection) throws SQLException;
    }

    /** Answers kept at most: the least recently used goes first (an overview of a city is a few hundred KB). */
    private static final int MAX_ENTRIES = 256;

    private final WarehouseReader warehouse;
    private volatile String versionId = "";
    private final Map<String, Object> answers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    public SnapshotCache(WarehouseReader warehouse) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
    }

    /** The answer to {@code question} (named {@code key}, which must say every parameter) on the newest snapshot. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Question<T> question) {
        String newest = warehouse.current().id();
        if (newest.equals(versionId)) {
            Object cached = answers.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        return warehouse.read((connection, version) -> {
            T answer = question.answer(connection);
            remember(version, key, answer);
            return answer;
        });
    }

    /** Reads without caching (answers that depend on the time of day or are too many to keep). */
    public <T> T read(Question<T> question) {
        return warehouse.read(question::answer);
    }

    public SnapshotVersion current() {
        return warehouse.current();
    }

    private synchronized void remember(SnapshotVersion version, String key, Object answer) {
        if (!version.id().equals(versionId)) {
            answers.clear();
            versionId = version.id();
        }
        if (answer != null) {
            answers.put(key, answer);
        }
    }
}
