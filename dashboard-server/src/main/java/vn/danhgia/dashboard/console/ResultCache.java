package vn.danhgia.dashboard.console;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last results of the console, so that paging through one and downloading it does not run the query
 * again: bounded by runs per account, runs in all and values in all (the oldest used goes first). A
 * result that is gone is run again from the history.
 */
final class ResultCache {
    private final int perAccount;
    private final int total;
    private final long maxCells;
    private final LinkedHashMap<Long, ConsoleRun> runs = new LinkedHashMap<>(16, 0.75f, true);
    private long cells;

    ResultCache(int perAccount, int total, long maxCells) {
        this.perAccount = perAccount;
        this.total = total;
        this.maxCells = maxCells;
    }

    synchronized void put(ConsoleRun run) {
        ConsoleRun previous = runs.put(run.id(), run);
        if (previous != null) {
            cells -= previous.cells();
        }
        cells += run.cells();
        List<Long> ownOldestFirst = new ArrayList<>();
        for (ConsoleRun kept : runs.values()) {
            if (kept.account().equals(run.account())) {
                ownOldestFirst.add(kept.id());
            }
        }
        for (int index = 0; index < ownOldestFirst.size() - perAccount; index++) {
            remove(ownOldestFirst.get(index));
        }
        Iterator<Map.Entry<Long, ConsoleRun>> oldest = runs.entrySet().iterator();
        while ((runs.size() > total || cells > maxCells) && oldest.hasNext()) {
            Map.Entry<Long, ConsoleRun> entry = oldest.next();
            if (entry.getKey() == run.id() && runs.size() == 1) {
                break; // the newest stays even when it alone is over the bound: it is being shown
            }
            cells -= entry.getValue().cells();
            oldest.remove();
        }
    }

    /** The run with this id, only for the account that ran it. */
    synchronized Optional<ConsoleRun> get(String account, long id) {
        ConsoleRun run = runs.get(id);
        return run != null && run.account().equals(account) ? Optional.of(run) : Optional.empty();
    }

    synchronized int size() {
        return runs.size();
    }

    private void remove(long id) {
        ConsoleRun removed = runs.remove(id);
        if (removed != null) {
            cells -= removed.cells();
        }
    }
}
