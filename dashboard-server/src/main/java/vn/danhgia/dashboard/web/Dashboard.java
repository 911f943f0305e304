package vn.danhgia.dashboard.web;

import java.util.Objects;
import vn.danhgia.core.warehouse.WarehouseReader;
import vn.danhgia.dashboard.auth.Accounts;
import vn.danhgia.dashboard.auth.AppDatabase;
import vn.danhgia.dashboard.auth.AuditLog;
import vn.danhgia.dashboard.auth.Sessions;
import vn.danhgia.dashboard.auth.UnitMappings;

/**
 * The services every controller may use: the published warehouse (read-only, following its swaps), the
 * application database (accounts, sessions, audit, unit mappings: never inside a published snapshot),
 * the templates and the server's settings. One instance per running server.
 */
public record Dashboard(
        ServerSettings settings,
        WarehouseReader warehouse,
        AppDatabase appDatabase,
        Accounts accounts,
        Sessions sessions,
        AuditLog audit,
        UnitMappings unitMappings,
        Templates templates,
        SiteInfo site,
        SnapshotCache cache) {

    public Dashboard {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(appDatabase, "appDatabase");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(unitMappings, "unitMappings");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(cache, "cache");
    }
}
