package vn.danhgia.dashboard.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import vn.danhgia.dashboard.query.FilterOptions;

/**
 * What every page says about its data: whether it is simulated (the warehouse was loaded with the demo
 * key, which only the generator's data gets) and where it comes from (the file, how many unit files, when
 * they were last loaded). Kept per snapshot.
 */
public final class SiteInfo {
    /** The facts in one language. */
    public record Facts(boolean simulated, String origin) {}

    private final SnapshotCache cache;
    private final String warehouseName;

    public SiteInfo(SnapshotCache cache, String warehouseName) {
        this.cache = cache;
        this.warehouseName = warehouseName;
    }

    /** The warehouse's filter options (years, unit types, organizations, detectors), kept per snapshot. */
    public FilterOptions options() {
        return cache.get("filter-options", FilterOptions::load);
    }

    public Facts facts(Texts texts) {
        FilterOptions options = options();
        FilterOptions.DataOrigin origin = options.origin();
        if (origin.countFiles() == 0) {
            return new Facts(options.simulated(), texts.t("origin.empty", warehouseName));
        }
        LocalDateTime local = origin.latestLoadAt()
                .map(utc -> utc.atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(ZoneId.systemDefault())
                        .toLocalDateTime())
                .orElse(null);
        return new Facts(
                options.simulated(),
                texts.t("origin.text", warehouseName, texts.number(origin.countFiles()), texts.dateTime(local)));
    }
}
