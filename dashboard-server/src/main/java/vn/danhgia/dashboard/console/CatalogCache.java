package vn.danhgia.dashboard.console;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.danhgia.core.sandbox.CatalogTable;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.core.warehouse.SnapshotVersion;

/** The analysts' file's tables and columns, read once per published version of the file. */
final class CatalogCache {
    private record Kept(SnapshotVersion version, List<CatalogTable> tables) {}

    private final AtomicReference<Kept> kept = new AtomicReference<>();

    List<CatalogTable> get(Sandbox sandbox) {
        SnapshotVersion version = sandbox.version();
        Kept current = kept.get();
        if (current != null && current.version().equals(version)) {
            return current.tables();
        }
        List<CatalogTable> tables = sandbox.catalog();
        kept.set(new Kept(version, tables));
        return tables;
    }
}
