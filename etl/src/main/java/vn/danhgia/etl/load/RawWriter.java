package vn.danhgia.etl.load;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.etl.read.RawRow;
import vn.danhgia.etl.read.RawRowSink;
import vn.danhgia.etl.read.RowIssue;

/**
 * Appends the rows of the files of one load to {@code raw.<kind>}, the pseudonym of each person row to
 * {@code raw.person_link}, and the readers' row issues to {@code meta.read_issue}, through appenders
 * that live as long as the load (creating and flushing appenders per file cost more than reading a
 * small file). A file's rows are held in a {@link FileRows} while it is read and reach the appenders
 * only when the whole file was read, so a file that fails midway leaves nothing behind. The load works
 * on a copy of the warehouse, published only at its end, so no transaction per file is needed.
 */
final class RawWriter implements AutoCloseable {
    private final DuckDBConnection connection;
    private final String loadId;
    private final Pseudonymizer pseudonymizer;
    private final Map<InputKind, DuckDBAppender> appenders = new EnumMap<>(InputKind.class);
    private DuckDBAppender personLinks;
    private DuckDBAppender issues;

    RawWriter(DuckDBConnection connection, String loadId, Pseudonymizer pseudonymizer) {
        this.connection = connection;
        this.loadId = loadId;
        this.pseudonymizer = pseudonymizer;
    }

    /** The rows and issues of one file while it is read. */
    static final class FileRows implements RawRowSink {
        private final List<RawRow> rows = new ArrayList<>();
        private final List<RowIssue> issues = new ArrayList<>();

        @Override
        public void row(RawRow row) {
            rows.add(row);
        }

        @Override
        public void issue(RowIssue issue) {
            issues.add(issue);
        }
    }

    /** Appends a file that was read completely. */
    void append(FileRows file) {
        file.rows.forEach(this::row);
        file.issues.forEach(this::issue);
    }

    private void row(RawRow row) {
        try {
            DuckDBAppender appender = appender(row.kind());
            appender.beginRow();
            appender.append(loadId);
            appender.append(row.sourceFile());
            appendNullable(appender, row.sheet());
            appender.append(row.row());
            if (row.year().isPresent()) {
                appender.append(row.year().get().intValue());
            } else {
                appender.appendNull();
            }
            appendNullable(appender, row.unit());
            for (String field : row.kind().fields()) {
                appendNullable(appender, row.field(field));
            }
            appender.endRow();
            PersonIdentity.of(row)
                    .flatMap(identity -> identity.key(pseudonymizer))
                    .ifPresent(link -> link(row, link));

        } catch (SQLException e) {
            throw new IllegalStateException("raw." + row.kind().code() + ": cannot append row " + row.row(), e);
        }
    }

    private void issue(RowIssue issue) {
        try {
            if (issues == null) {
                issues = connection.createAppender("meta", "read_issue");
            }
            issues.beginRow();
            issues.append(loadId);
            issues.append(issue.sourceFile());
            appendNullable(issues, issue.sheet());
            issues.append(issue.row());
            issues.appendNull();
            issues.appendNull();
            issues.append(issue.code().name());
            issues.append(issue.message());
            issues.endRow();

        } catch (SQLException e) {
            throw new IllegalStateException("meta.read_issue: cannot append an issue of " + issue.sourceFile(), e);
        }
    }

    private void link(RawRow row, PersonIdentity.Key key) {
        try {
            if (personLinks == null) {
                personLinks = connection.createAppender("raw", "person_link");
            }
            personLinks.beginRow();
            personLinks.append(loadId);
            personLinks.append(row.sourceFile());
            appendNullable(personLinks, row.sheet());
            personLinks.append(row.row());
            personLinks.append(row.kind().code());
            personLinks.append(key.personKey());
            personLinks.append(key.basis());
            personLinks.endRow();
        } catch (SQLException e) {
            throw new IllegalStateException("raw.person_link: cannot append row " + row.row(), e);
        }
    }

    private DuckDBAppender appender(InputKind kind) throws SQLException {
        DuckDBAppender appender = appenders.get(kind);
        if (appender == null) {
            appender = connection.createAppender("raw", kind.code());
            appenders.put(kind, appender);
        }
        return appender;
    }

    private static void appendNullable(DuckDBAppender appender, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            appender.append(value.get());
        } else {
            appender.appendNull();
        }
    }

    /** Writes what the appenders hold, so that statements on the raw tables see every appended row. */
    void flush() throws SQLException {
        for (DuckDBAppender appender : appenders.values()) {
            appender.flush();
        }
        if (personLinks != null) {
            personLinks.flush();
        }
        if (issues != null) {
            issues.flush();
        }
    }

    /** Flushes and closes every appender. */
    @Override
    public void close() throws SQLException {
        for (DuckDBAppender appender : appenders.values()) {
            appender.close();
        }
        if (personLinks != null) {
            personLinks.close();
        }
        if (issues != null) {
            issues.close();
        }
    }
}
