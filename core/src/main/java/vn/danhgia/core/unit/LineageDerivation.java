package vn.danhgia.core.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;
import vn.danhgia.core.text.VietnameseText;

/**
 * Turns the rows of a unit registry sheet into units and lineage changes. A row whose "Sáp nhập /
 * chuyển thành" names a successor ends on its "Hiệu lực đến"; the change takes effect the day after:
 *
 * <ul>
 *   <li>several successors ("X05, X06"): a SPLIT into each;
 *   <li>a transfer (the note says so, e.g. "Chuyển về ..., thành chi bộ trực thuộc", or the successor
 *       is of another tier): if the successor is a new cell or sub-committee, the unit continues under
 *       that new code (TRANSFER to it); otherwise the successor is the unit's new parent, and the unit
 *       continues under its own code as a new version (a cell of the successor), with a TRANSFER from
 *       the code to itself;
 *   <li>two or more units into one code on the same day: a MERGE each; one unit into a unit that
 *       already existed (absorption): a MERGE; one unit into a new code: a RENAME;
 *   <li>the successor is the unit's own code (the sheet lists its next version as another row): a
 *       TRANSFER when parent or tier change, else a RENAME.
 * </ul>
 *
 * Pure Java over {@link RegistryRow}s, so the ETL and the tests derive the same lineage.
 */
public final class LineageDerivation {
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SUCCESSOR_SEPARATOR = Pattern.compile("[,;+]");
    private static final Logger LOG = LoggerFactory.getLogger(LineageDerivation.class);

    private final SourceLocation sheet;
    private final Map<String, List<Unit>> unitsByCode = new TreeMap<>();
    private final List<Unit> addedVersions = new ArrayList<>();
    private final List<LineageChange> changes = new ArrayList<>();

    private LineageDerivation(SourceLocation sheet) {
        this.sheet = sheet;
    }

    /**
     * The registry described by {@code rows} of {@code sheetName} in {@code file}.
     *
     * @throws DanhgiaException naming the file, sheet, row, column and value for a bad cell; naming the
     *     file and sheet for an inconsistent lineage
     */
    public static UnitRegistry derive(String file, String sheetName, List<RegistryRow> rows) {
        LineageDerivation derivation =
                new LineageDerivation(SourceLocation.ofFile(file).withSheet(sheetName));
        List<Unit> units = rows.stream().map(derivation::toUnit).toList();
        units.forEach(unit -> derivation
                .unitsByCode
                .computeIfAbsent(unit.code(), code -> new ArrayList<>())
                .add(unit));
        rows.forEach(derivation::checkParent);
        derivation.deriveChanges(rows);
        List<Unit> allUnits = new ArrayList<>(units);
        allUnits.addAll(derivation.addedVersions);
        UnitRegistry registry;
        try {
            registry = UnitRegistry.of(allUnits, derivation.changes);
        } catch (DanhgiaException e) {
            throw new DanhgiaException(e.code(), e.getMessage(), derivation.sheet, e);
        }
        LOG.info(
                "Unit registry {} / {}: {} rows, {} units, {} lineage changes",
                file,
                sheetName,
                rows.size(),
                registry.lineage().codes().size(),
                registry.lineage().changes().size());
        return registry;
    }

    private Unit toUnit(RegistryRow row) {
        SourceLocation at = sheet.withRow(row.rowNumber());
        return new Unit(
                required(at, "registry.column.code", row.code()),
                required(at, "registry.column.name", row.name()),
                parse(at, "registry.column.type", required(at, "registry.column.type", row.type()), UnitType::parse),
                parse(at, "registry.column.tier", required(at, "registry.column.tier", row.tier()), UnitTier::parse),
                optional(row.parentCode()),
                date(at, "registry.column.validFrom", required(at, "registry.column.validFrom", row.validFrom())),
                optional(row.validTo()).map(text -> date(at, "registry.column.validTo", text)));
    }

    private void checkParent(RegistryRow row) {
        optional(row.parentCode())
                .filter(parent -> !unitsByCode.containsKey(parent))
                .ifPresent(parent -> {
                    throw new DanhgiaException(
                            ErrorCode.UNKNOWN_UNIT,
                            UnitMessages.format(
                                    "registry.unknownParent", row.code().strip(), parent),
                            cell(row, "registry.column.parent", row.parentCode()));
                });
    }

    private void deriveChanges(List<RegistryRow> rows) {
        Map<MergeTarget, List<String>> mergesByTarget = new LinkedHashMap<>();
        for (RegistryRow row : rows) {
            List<String> successors = successors(row);
            if (successors.isEmpty()) {
                continue;
            }
            String code = VietnameseText.clean(row.code());
            String endText = optional(row.validTo())
                    .orElseThrow(() -> new DanhgiaException(
                            ErrorCode.MISSING_VALUE,
                            UnitMessages.format("registry.missingEndDate", code, String.join(", ", successors)),
                            cell(row, "registry.column.validTo", row.validTo())));
            LocalDate effective = date(sheet.withRow(row.rowNumber()), "registry.column.validTo", endText)
                    .plusDays(1);
            Unit ending = versionEndingBefore(code, effective);
            if (successors.size() > 1) {
                successors.forEach(
                        successor -> changes.add(new LineageChange(code, successor, effective, ChangeKind.SPLIT)));
            } else if (successors.get(0).equals(code)) {
                changes.add(new LineageChange(code, code, effective, continuationKind(ending, effective)));
            } else if (isTransfer(row, ending, successors.get(0), effective)) {
                addTransfer(ending, successors.get(0), effective);
            } else {
                mergesByTarget
                        .computeIfAbsent(new MergeTarget(successors.get(0), effective), key -> new ArrayList<>())
                        .add(code);
            }
        }
        mergesByTarget.forEach((target, sources) -> {
            boolean targetExistedBefore = activeVersion(
                            target.code(), target.effective().minusDays(1))
                    .isPresent();
            ChangeKind kind = sources.size() > 1 || targetExistedBefore ? ChangeKind.MERGE : ChangeKind.RENAME;
            sources.forEach(source -> changes.add(new LineageChange(source, target.code(), target.effective(), kind)));
        });
    }

    private List<String> successors(RegistryRow row) {
        List<String> codes = Arrays.stream(SUCCESSOR_SEPARATOR.split(row.successor()))
                .map(VietnameseText::clean)
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
        for (String code : codes) {
            if (!unitsByCode.containsKey(code)) {
                throw new DanhgiaException(
                        ErrorCode.UNKNOWN_UNIT,
                        UnitMessages.format("registry.unknownSuccessor", VietnameseText.clean(row.code()), code),
                        cell(row, "registry.column.successor", row.successor()));
            }
        }
        return codes;
    }

    private boolean isTransfer(RegistryRow row, Unit ending, String successor, LocalDate effective) {
        String note = " " + UnitNames.foldWords(row.note()) + " ";
        boolean noteSaysTransfer = TransferMarkers.ALL.stream().anyMatch(marker -> note.contains(" " + marker + " "));
        boolean tierChanges = activeVersion(successor, effective)
                .map(next -> next.tier() != ending.tier())
                .orElse(false);
        return noteSaysTransfer || tierChanges;
    }

    /**
     * A transfer into a new cell or sub-committee code continues the unit under that code; a transfer
     * into an organization makes the organization its new parent, and the unit continues as a cell of
     * it (or keeps its tier when moved directly under a committee above the grassroots).
     */
    private void addTransfer(Unit ending, String successor, LocalDate effective) {
        Unit target = activeVersion(successor, effective)
                .orElseThrow(() -> new DanhgiaException(
                        ErrorCode.INVALID_LINEAGE,
                        UnitMessages.format(
                                "lineage.toNotActive",
                                ending.code(),
                                successor,
                                UnitMessages.date(effective),
                                UnitMessages.kind(ChangeKind.TRANSFER)),
                        sheet));
        boolean successorIsTheUnitItself =
                target.tier().isBelowGrassroots() && target.validFrom().equals(effective);
        if (successorIsTheUnitItself) {
            changes.add(new LineageChange(ending.code(), successor, effective, ChangeKind.TRANSFER));
            return;
        }
        boolean listedNextVersion = activeVersion(ending.code(), effective).isPresent();
        if (!listedNextVersion) {
            UnitTier tier = target.tier() == UnitTier.GRASSROOTS || target.tier() == UnitTier.SUB_COMMITTEE
                    ? UnitTier.CELL
                    : ending.tier();
            addedVersions.add(new Unit(
                    ending.code(),
                    ending.name(),
                    ending.type(),
                    tier,
                    Optional.of(successor),
                    effective,
                    Optional.empty()));
        }
        changes.add(new LineageChange(ending.code(), ending.code(), effective, ChangeKind.TRANSFER));
    }

    private ChangeKind continuationKind(Unit ending, LocalDate effective) {
        return activeVersion(ending.code(), effective)
                .filter(next ->
                        next.tier() != ending.tier() || !next.parentCode().equals(ending.parentCode()))
                .map(next -> ChangeKind.TRANSFER)
                .orElse(ChangeKind.RENAME);
    }

    private Unit versionEndingBefore(String code, LocalDate effective) {
        return unitsByCode.get(code).stream()
                .filter(unit ->
                        unit.validTo().filter(effective.minusDays(1)::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    private Optional<Unit> activeVersion(String code, LocalDate date) {
        return unitsByCode.getOrDefault(code, List.of()).stream()
                .filter(unit -> unit.isActiveOn(date))
                .findFirst();
    }

    private SourceLocation cell(RegistryRow row, String columnKey, String value) {
        return sheet.withRow(row.rowNumber()).withCell(UnitMessages.format(columnKey), value);
    }

    private static String required(SourceLocation at, String columnKey, String text) {
        String cleaned = VietnameseText.clean(text);
        if (cleaned.isEmpty()) {
            throw new DanhgiaException(
                    ErrorCode.MISSING_VALUE,
                    UnitMessages.format("registry.missingValue"),
                    at.withCell(UnitMessages.format(columnKey), text));
        }
        return cleaned;
    }

    private static Optional<String> optional(String text) {
        return Optional.of(VietnameseText.clean(text)).filter(cleaned -> !cleaned.isEmpty());
    }

    private static <T> T parse(SourceLocation at, String columnKey, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DanhgiaException e) {
            throw new DanhgiaException(e.code(), e.getMessage(), at.withCell(UnitMessages.format(columnKey), text), e);
        }
    }

    /** Registry dates are dd/MM/yyyy text (single-digit day and month accepted), or ISO yyyy-MM-dd. */
    private static LocalDate date(SourceLocation at, String columnKey, String text) {
        String cleaned = VietnameseText.clean(text);
        try {
            return cleaned.contains("-") ? LocalDate.parse(cleaned) : LocalDate.parse(cleaned, DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_DATE,
                    UnitMessages.format("registry.invalidDate", cleaned),
                    at.withCell(UnitMessages.format(columnKey), text),
                    e);
        }
    }

    /** Folded note phrases that mark a transfer, from {@code lineage-notes.yaml}. */
    private static final class TransferMarkers {
        static final Set<String> ALL = UnitData.texts(
                        UnitData.read("lineage-notes.yaml").get("transfer_markers"),
                        "lineage-notes.yaml > transfer_markers")
                .stream()
                .map(UnitNames::foldWords)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The unit that several rows may merge into on one day. */
    private record MergeTarget(String code, LocalDate effective) {}
}
