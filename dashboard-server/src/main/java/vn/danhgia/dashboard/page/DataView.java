package vn.danhgia.dashboard.page;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.auth.UnitMapping;
import vn.danhgia.dashboard.query.DataQuery;
import vn.danhgia.dashboard.query.LoadLogQuery.LoadLogPage;

/**
 * What the data page shows: a page of the load log, the rejects and provisional units of the published
 * warehouse, the stored mapping decisions (by provisional code), the upload limit, whether an upload is
 * being loaded, the notice after a decision was saved or removed, and the files' names of the fields. Times are shown in the server's
 * zone ({@code zone}); the warehouse stores them in UTC.
 */
public record DataView(
        LoadLogPage log,
        DataQuery.DataPage data,
        List<UnitMapping> mappings,
        Map<String, UnitMapping> decisions,
        String maxUpload,
        boolean uploadRunning,
        String uploadsFolder,
        String reloadCommand,
        Optional<String> mapped,
        Optional<String> removed,
        Map<String, String> fieldLabels,
        ZoneId zone) {

    public DataView {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(data, "data");
        mappings = List.copyOf(mappings);
        decisions = Map.copyOf(decisions);
        Objects.requireNonNull(maxUpload, "maxUpload");
        Objects.requireNonNull(uploadsFolder, "uploadsFolder");
        Objects.requireNonNull(reloadCommand, "reloadCommand");
        Objects.requireNonNull(mapped, "mapped");
        Objects.requireNonNull(removed, "removed");
        fieldLabels = Map.copyOf(fieldLabels);
        Objects.requireNonNull(zone, "zone");
    }

    /** A reject's column as the files call it (the field's code when the load recorded no label). */
    public String column(String field) {
        return fieldLabels.getOrDefault(field, field);
    }

    /** A UTC time of the warehouse in the server's zone. */
    public LocalDateTime local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }

    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** The decision stored for a provisional unit, if any. */
    public Optional<UnitMapping> decision(String provisionalCode) {
        return Optional.ofNullable(decisions.get(provisionalCode));
    }

    /** Whether a decision confirms the unit as new (it maps to itself). */
    public static boolean confirmsNew(UnitMapping mapping) {
        return mapping.registeredCode().equals(mapping.provisionalCode());
    }

    /** Provisional units without a decision. */
    public long countUndecided() {
        return data.provisionalUnits().stream()
                .filter(unit -> !decisions.containsKey(unit.unitCode()))
                .count();
    }
}
