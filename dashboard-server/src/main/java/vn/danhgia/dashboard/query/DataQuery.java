package vn.danhgia.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysts' data page: the load log newest first, the rejects grouped by file and reason with
 * their first rows, and the provisional units with the rows that named them and the registered units
 * they may be.
 */
public final class DataQuery {
    /** Rows of the load log shown at most. */
    /** Rejected rows shown per file and reason. */
    public static final int REJECT_ROWS_PER_GROUP = 5;
    /** Candidates offered per provisional unit, and the least similarity of their folded names. */
    public static final int MAX_CANDIDATES = 5;

    public static final double MIN_SIMILARITY = 0.8;

    private final Connection connection;

    public DataQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** One file of one load ({@code meta.load_log}); times are UTC as stored. */
    public record LoadEntry(
            String loadId,
            String file,
            Optional<String> kind,
            Optional<Integer> year,
            Optional<String> unitCode,
            Optional<String> unitText,
            String status,
            long rowsRead,
            long rowsLoaded,
            long rowsRejected,
            Optional<String> message,
            Optional<LocalDateTime> startedAt,
            Optional<LocalDateTime> finishedAt,
            Optional<String> supersededBy) {
        public LoadEntry {
            Checks.text("loadId", loadId);
            Checks.text("file", file);
            Checks.text("status", status);
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(unitText, "unitText");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(finishedAt, "finishedAt");
            Objects.requireNonNull(supersededBy, "supersededBy");
        }
    }

    /** One rejected value: where it is and the message saying how to fix it. */
    public record RejectRow(
            Optional<String> sheet,
            Optional<Integer> row,
            Optional<String> column,
            Optional<String> value,
            Optional<String> message) {
        public RejectRow {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The rejects of one file for one reason: how many, and the first few rows. */
    public record RejectGroup(String reasonCode, long countRejects, List<RejectRow> firstRows) {
        public RejectGroup {
            Checks.text("reasonCode", reasonCode);
            Checks.count("countRejects", countRejects);
            firstRows = List.copyOf(firstRows);
        }
    }

    /** The rejects of one file, by reason (most first). */
    public record RejectFile(String file, long countRejects, List<RejectGroup> reasons) {
        public RejectFile {
            Objects.requireNonNull(file, "file");
            Checks.count("countRejects", countRejects);
            reasons = List.copyOf(reasons);
        }
    }

    /** Rows of one file (and sheet) that carry a provisional unit's code, by fact table ({@code kind}). */
    public record ProvisionalSource(
            String kind,
            Optional<String> file,
            Optional<String> sheet,
            long countRows,
            Optional<Integer> firstRow,
            Optional<Integer> lastRow) {
        public ProvisionalSource {
            Checks.text("kind", kind);
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(firstRow, "firstRow");
            Objects.requireNonNull(lastRow, "lastRow");
        }
    }

    /** A registered unit whose folded name is like a provisional unit's ({@code similarity} 0..1, Jaro-Winkler). */
    public record CandidateUnit(
            String unitCode,
            String unitName,
            Optional<String> unitType,
            Optional<String> tier,
            boolean current,
            BigDecimal similarity) {
        public CandidateUnit {
            Checks.text("unitCode", unitCode);
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(tier, "tier");
            Checks.share("similarity", Optional.of(similarity));
        }
    }

    /** A unit found in files that the registry does not know, for an analyst to map. */
    public record ProvisionalUnit(
            String unitCode,
            String unitName,
            String matchKey,
            Optional<String> tier,
            Optional<String> parentCode,
            Optional<LocalDate> validFrom,
            List<ProvisionalSource> sources,
            List<CandidateUnit> candidates) {
        public ProvisionalUnit {
            Checks.text("unitCode", unitCode);
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(matchKey, "matchKey");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(parentCode, "parentCode");
            Objects.requireNonNull(validFrom, "validFrom");
            sources = List.copyOf(sources);
            candidates = List.copyOf(candidates);
        }
    }

    /** Everything the data page shows. */
    public record DataPage(List<RejectFile> rejects, long countRejects, List<ProvisionalUnit> provisionalUnits) {
        public DataPage {
            rejects = List.copyOf(rejects);
            Checks.count("countRejects", countRejects);
            provisionalUnits = List.copyOf(provisionalUnits);
        }
    }

    public DataPage load() throws SQLException {
        List<RejectFile> rejects = rejects();
        long countRejects = rejects.stream().mapToLong(RejectFile::countRejects).sum();
        return new DataPage(rejects, countRejects, provisionalUnits());
    }

    private List<RejectFile> rejects() throws SQLException {
        record Shown(String file, long countFile, String reason, long countReason, RejectRow row) {}
        List<Shown> shown = SqlQueries.list(
                connection,
                "data_rejects",
                row -> new Shown(
                        row.optionalString("file").orElse(""),
                        row.count("count_file_rejects"),
                        row.optionalString("reason_code").orElse("UNKNOWN"),
                        row.count("count_rejects"),
                        new RejectRow(
                                row.optionalString("sheet"),
                                row.optionalInteger("row"),
                                row.optionalString("column_name"),
                                row.optionalString("value"),
                                row.optionalString("message"))),
                REJECT_ROWS_PER_GROUP);
        Map<String, Long> fileCounts = new LinkedHashMap<>();
        Map<String, Map<String, List<RejectRow>>> rows = new LinkedHashMap<>();
        Map<String, Long> reasonCounts = new LinkedHashMap<>();
        for (Shown reject : shown) {
            fileCounts.put(reject.file(), reject.countFile());
            reasonCounts.put(reject.file() + '\n' + reject.reason(), reject.countReason());
            rows.computeIfAbsent(reject.file(), file -> new LinkedHashMap<>())
                    .computeIfAbsent(reject.reason(), reason -> new ArrayList<>())
                    .add(reject.row());
        }
        List<RejectFile> files = new ArrayList<>();
        rows.forEach((file, reasons) -> {
            List<RejectGroup> groups = new ArrayList<>();
            reasons.forEach((reason, first) ->
                    groups.add(new RejectGroup(reason, reasonCounts.get(file + '\n' + reason), first)));
            files.add(new RejectFile(file, fileCounts.get(file), groups));
        });
        return files;
    }

    private List<ProvisionalUnit> provisionalUnits() throws SQLException {
        record Unit(
                String code,
                String name,
                String matchKey,
                String foldedName,
                Optional<String> tier,
                Optional<String> parent,
                Optional<LocalDate> validFrom) {}
        List<Unit> units = SqlQueries.list(
                connection,
                "data_provisional_units",
                row -> new Unit(
                        row.string("unit_code"),
                        row.optionalString("unit_name").orElse(row.string("unit_code")),
                        row.optionalString("match_key").orElse(""),
                        row.optionalString("folded_name").orElse(""),
                        row.optionalString("tier"),
                        row.optionalString("parent_code"),
                        row.optionalDate("valid_from")));
        Map<String, List<ProvisionalSource>> sources = new LinkedHashMap<>();
        record Source(String unitCode, ProvisionalSource source) {}
        for (Source source : SqlQueries.list(
                connection,
                "data_provisional_sources",
                row -> new Source(
                        row.string("unit_code"),
                        new ProvisionalSource(
                                row.string("kind"),
                                row.optionalString("source_file"),
                                row.optionalString("source_sheet"),
                                row.count("count_rows"),
                                row.optionalInteger("first_row"),
                                row.optionalInteger("last_row"))))) {
            sources.computeIfAbsent(source.unitCode(), code -> new ArrayList<>())
                    .add(source.source());
        }
        List<ProvisionalUnit> result = new ArrayList<>();
        for (Unit unit : units) {
            List<CandidateUnit> candidates = SqlQueries.list(
                    connection,
                    "data_provisional_candidates",
                    row -> new CandidateUnit(
                            row.string("unit_code"),
                            row.optionalString("unit_name").orElse(row.string("unit_code")),
                            row.optionalString("unit_type"),
                            row.optionalString("tier"),
                            row.flag("is_current"),
                            row.decimal("similarity")),
                    unit.matchKey(),
                    unit.foldedName(),
                    MIN_SIMILARITY,
                    MAX_CANDIDATES);
            result.add(new ProvisionalUnit(
                    unit.code(),
                    unit.name(),
                    unit.matchKey(),
                    unit.tier(),
                    unit.parent(),
                    unit.validFrom(),
                    sources.getOrDefault(unit.code(), List.of()),
                    candidates));
        }
        return result;
    }
}
