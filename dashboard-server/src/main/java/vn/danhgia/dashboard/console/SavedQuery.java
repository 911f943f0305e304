package vn.danhgia.dashboard.console;

import java.time.Instant;
import java.util.Objects;

/** A query saved for the team: every analyst sees it, its owner (or an admin) deletes it. */
public record SavedQuery(
        long id, String title, String description, String sql, String owner, Instant createdAt, Instant updatedAt) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;

    public SavedQuery {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        description = description == null ? "" : description;
    }

    public String summary() {
        return Snippets.summary(sql, 160);
    }
}
