package vn.danhgia.dashboard.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.danhgia.core.sandbox.SandboxLimits;

/**
 * What the console page shows: the text in the editor, the schema browser (or why the analysts' file
 * cannot be read), a page of the last result or the plan, the account's own history and the team's
 * saved queries.
 *
 * @param sql the editor's text
 * @param result a page of the run shown, if any
 * @param plan the plan asked for, as text, if any
 * @param planError the sandbox's message when the plan was refused
 * @param opened the saved query opened in the editor, if any
 * @param notice a line confirming what was just done (saved, deleted)
 * @param user the account reading, to offer deleting its own saved queries
 * @param admin whether the reader may delete anybody's saved query
 * @param zone the server's time zone, for the times of the history
 */
public record ConsoleView(
        String sql,
        Optional<ResultPage> result,
        Optional<String> plan,
        Optional<String> planError,
        List<SchemaGroup> schemas,
        Optional<String> catalogError,
        List<HistoryEntry> history,
        List<SavedQuery> saved,
        Optional<SavedQuery> opened,
        Optional<String> notice,
        SandboxLimits limits,
        String user,
        boolean admin,
        ZoneId zone) {

    public ConsoleView {
        schemas = List.copyOf(schemas);
        history = List.copyOf(history);
        saved = List.copyOf(saved);
    }

    public long timeoutSeconds() {
        return limits.timeout().toSeconds();
    }

    public boolean mayDelete(SavedQuery query) {
        return admin || query.owner().equals(user);
    }

    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    public int tableCount() {
        return schemas.stream().mapToInt(group -> group.tables().size()).sum();
    }
}
