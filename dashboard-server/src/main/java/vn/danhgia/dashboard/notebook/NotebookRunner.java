package vn.danhgia.dashboard.notebook;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.web.Texts;

/**
 * Runs a notebook's SQL cells one by one in the {@link Sandbox} (the analysts' copy of the warehouse: no
 * personal data, read-only, time and row limits), in the reader's language. A failing cell does not stop
 * the run: its error is kept and the next cell runs, so one page shows every problem at once.
 */
public final class NotebookRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NotebookRunner.class);
    private static final String SIMULATED =
            "select coalesce(bool_or(is_demo), false) as is_demo from meta.pseudonym_key";

    private final Sandbox sandbox;
    private final Texts texts;
    private final Clock clock;

    public NotebookRunner(Sandbox sandbox, Texts texts, Clock clock) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs every SQL cell of {@code notebook}; a missing analysts' file fails the whole run. */
    public NotebookRun run(Notebook notebook) {
        String snapshotId = sandbox.version().id();
        LocalDateTime ranAt = LocalDateTime.now(clock);
        CellValues values = new CellValues(texts);
        List<CellOutcome> outcomes = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        for (NotebookCell cell : notebook.cells()) {
            if (!cell.isSql()) {
                outcomes.add(CellOutcome.text(cell));
                continue;
            }
            CellOutcome outcome = query(cell, values);
            elapsed = elapsed.plus(outcome.result().map(QueryResult::elapsed).orElse(Duration.ZERO));
            outcomes.add(outcome);
        }
        LOG.debug(
                "notebook {}: {} SQL cells, {} failed, {} ms",
                notebook.name(),
                notebook.sqlCells().size(),
                outcomes.stream().filter(CellOutcome::failed).count(),
                elapsed.toMillis());
        return new NotebookRun(notebook, outcomes, simulated(), snapshotId, ranAt, elapsed);
    }

    private CellOutcome query(NotebookCell cell, CellValues values) {
        QueryResult result;
        try {
            result = sandbox.query(cell.source());
        } catch (DanhgiaException e) {
            return new CellOutcome(cell, Optional.empty(), Optional.empty(), Optional.of(e.getMessage()));
        }
        if (cell.chart().isEmpty() || result.rows().isEmpty()) {
            return new CellOutcome(cell, Optional.of(result), Optional.empty(), Optional.empty());
        }
        try {
            ChartSpec spec = NotebookCharts.spec(cell.chart().get(), result, values);
            return new CellOutcome(cell, Optional.of(result), Optional.of(spec), Optional.empty());
        } catch (IllegalArgumentException e) {
            return new CellOutcome(
                    cell,
                    Optional.of(result),
                    Optional.empty(),
                    Optional.of(texts.t("notebook.chartError", e.getMessage())));
        }
    }

    /** Whether the warehouse was loaded with the demo key (simulated data); false when it cannot say. */
    private boolean simulated() {
        try {
            QueryResult result = sandbox.query(SIMULATED);
            return !result.rows().isEmpty()
                    && Boolean.TRUE.equals(result.rows().get(0).get(0));
        } catch (DanhgiaException e) {
            LOG.warn("cannot tell whether the data is simulated: {}", e.getMessage());
            return false;
        }
    }
}
