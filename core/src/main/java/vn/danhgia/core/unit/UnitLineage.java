package vn.danhgia.core.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * The history of the unit tree: every version of every unit, and the changes (merges, splits, renames,
 * transfers) that carried one unit on into another. It answers, for any unit at any date, which units
 * carry it on today ("as is") and which units it was made of ("as was").
 *
 * <p>Lineage follows a unit's identity only. A unit transferred under another organization (a
 * grassroots organization becoming a cell of another one) is not a predecessor of that organization:
 * {@code asWas("X31", ...)} does not list the transferred {@code C01}. It joins as a sub-unit, found
 * through {@link #parentAt} and {@link #grassrootsAt}, and {@link #mappingTo} gives each historic unit
 * the grassroots organization its successor belongs to, for comparisons that count sub-units.
 *
 * <p>Built by {@link #of}, which validates everything (see {@link LineageValidation}); immutable.
 */
public final class UnitLineage {
    private static final Comparator<LineageChange> CHANGE_ORDER = Comparator.comparing(LineageChange::effectiveDate)
            .thenComparing(LineageChange::fromCode)
            .thenComparing(LineageChange::toCode);

    private final TreeMap<String, List<Unit>> versionsByCode;
    private final List<LineageChange> changes;
    private final Map<String, List<LineageChange>> outgoing;
    private final Map<String, List<LineageChange>> incoming;

    private UnitLineage(TreeMap<String, List<Unit>> versionsByCode, List<LineageChange> changes) {
        this.versionsByCode = versionsByCode;
        this.changes = changes;
        // A change that keeps the code is a new version of the same unit, not an edge between units.
        this.outgoing = changes.stream()
                .filter(change -> !change.keepsCode())
                .collect(Collectors.groupingBy(LineageChange::fromCode, Collectors.toUnmodifiableList()));
        this.incoming = changes.stream()
                .filter(change -> !change.keepsCode())
                .collect(Collectors.groupingBy(LineageChange::toCode, Collectors.toUnmodifiableList()));
    }

    /**
     * The lineage of {@code units} (all versions) and {@code changes}.
     *
     * @throws DanhgiaException {@link ErrorCode#INVALID_LINEAGE} naming the units when versions overlap, a
     *     change names an unknown unit, dates disagree, the changes form a cycle or a parent cannot be
     *     resolved; {@link ErrorCode#AMBIGUOUS_UNIT} when a unit's parent split and the unit's new parent
     *     was not recorded
     */
    public static UnitLineage of(Collection<Unit> units, Collection<LineageChange> changes) {
        TreeMap<String, List<Unit>> versions = new TreeMap<>();
        for (Unit unit : units) {
            versions.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit);
        }
        versions.replaceAll((code, list) ->
                list.stream().sorted(Comparator.comparing(Unit::validFrom)).toList());
        List<LineageChange> sorted = changes.stream().sorted(CHANGE_ORDER).toList();
        LineageValidation.validate(versions, sorted);
        UnitLineage lineage = new UnitLineage(versions, sorted);
        lineage.validateParents();
        return lineage;
    }

    /** Every version of every unit, by code and then start date. */
    public List<Unit> units() {
        return versionsByCode.values().stream().flatMap(List::stream).toList();
    }

    /** Every unit code ever seen, sorted. */
    public SortedSet<String> codes() {
        return Collections.unmodifiableSortedSet(versionsByCode.navigableKeySet());
    }

    /** The versions of one unit, oldest first. */
    public List<Unit> versions(String code) {
        return requireKnown(code);
    }

    /** True when {@code code} is a unit of this lineage (at any date). */
    public boolean contains(String code) {
        return versionsByCode.containsKey(code);
    }

    /** The version of {@code code} valid on {@code date}; empty before it existed or after it ended. */
    public Optional<Unit> unitAt(String code, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return requireKnown(code).stream().filter(unit -> unit.isActiveOn(date)).findFirst();
    }

    /** Every change, by effective date then codes: the rows of core.unit_lineage. */
    public List<LineageChange> changes() {
        return changes;
    }

    /**
     * The units that carry {@code code} on at {@code asOf}: the unit itself while it is valid, else its
     * successors, followed through merges, renames, transfers and splits to the units valid at {@code
     * asOf}. Empty when the unit did not exist yet at {@code asOf} or was dissolved without successor.
     */
    public Set<String> asIs(String code, LocalDate asOf) {
        return Collections.unmodifiableSortedSet(
                new TreeSet<>(shares(code, asOf).keySet()));
    }

    /** Like {@link #asIs}, with each successor's share (see {@link LineageMapping}). */
    public Map<String, Double> asIsShares(String code, LocalDate asOf) {
        return Collections.unmodifiableMap(shares(code, asOf));
    }

    /**
     * The units valid on {@code date} that became {@code code} or part of it: the unit itself if valid on
     * {@code date}, and, followed backwards, every unit merged, renamed, split or transferred into it
     * after {@code date}. Empty when none of them existed yet on {@code date}.
     */
    public Set<String> asWas(String code, LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireKnown(code);
        SortedSet<String> result = new TreeSet<>();
        collectPredecessors(code, date, result);
        return Collections.unmodifiableSortedSet(result);
    }

    /**
     * The parent of {@code code} on {@code date}. The recorded parent is carried on through the lineage
     * when it has itself been merged or renamed since (a cell of X21 belongs to X31 after X21 merged into
     * X31). Empty when the unit is not valid on {@code date} or has no parent.
     *
     * @throws DanhgiaException {@link ErrorCode#AMBIGUOUS_UNIT} when the parent split, {@link
     *     ErrorCode#INVALID_LINEAGE} when it ended without successor while the unit continued
     */
    public Optional<String> parentAt(String code, LocalDate date) {
        return unitAt(code, date).flatMap(unit -> unit.parentCode().map(parent -> resolveParent(unit, parent, date)));
    }

    /**
     * The grassroots organization {@code code} belongs to on {@code date}: itself for a grassroots
     * organization, the nearest grassroots ancestor for a cell or sub-committee, empty above the
     * grassroots tier or when the unit is not valid on {@code date}.
     */
    public Optional<String> grassrootsAt(String code, LocalDate date) {
        Set<String> seen = new LinkedHashSet<>();
        String current = code;
        while (seen.add(current)) {
            Optional<Unit> unit = unitAt(current, date);
            if (unit.isEmpty() || !unit.get().tier().isBelowGrassroots()) {
                return unit.filter(u -> u.tier() == UnitTier.GRASSROOTS).map(Unit::code);
            }
            Optional<String> parent = parentAt(current, date);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            current = parent.get();
        }
        throw new DanhgiaException(
                ErrorCode.INVALID_LINEAGE,
                UnitMessages.format("lineage.parentCycle", String.join(" → ", seen), UnitMessages.date(date)));
    }

    /**
     * For every unit code that existed on or before {@code asOf}, the units it maps to at {@code asOf}
     * with their shares and grassroots organization: the rows of a table that maps historic units to
     * today's, so SQL can show any year "as is". A unit dissolved without successor has no row.
     *
     * @throws DanhgiaException {@link ErrorCode#AMBIGUOUS_UNIT} when a current cell's parent split and its
     *     new parent was not recorded (its grassroots organization would be a guess)
     */
    public List<LineageMapping> mappingTo(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<LineageMapping> mappings = new ArrayList<>();
        for (String code : versionsByCode.keySet()) {
            shares(code, asOf)
                    .forEach((current, share) -> mappings.add(
                            new LineageMapping(code, current, Math.min(1.0, share), grassrootsAt(current, asOf))));
        }
        return List.copyOf(mappings);
    }

    private Map<String, Double> shares(String code, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Unit> versions = requireKnown(code);
        Map<String, Double> result = new TreeMap<>();
        if (versions.stream().anyMatch(unit -> unit.isActiveOn(asOf))) {
            result.put(code, 1.0);
            return result;
        }
        // The unit is not valid at asOf: it is carried on by the changes made when its last version before
        // asOf ended (validation guarantees each change's from-version ends the day before it).
        Optional<LocalDate> lastEnd = versions.stream()
                .flatMap(unit -> unit.validTo().stream())
                .filter(end -> end.isBefore(asOf))
                .max(Comparator.naturalOrder());
        if (lastEnd.isEmpty()) {
            return result;
        }
        LocalDate effective = lastEnd.get().plusDays(1);
        List<LineageChange> successors = outgoing.getOrDefault(code, List.of()).stream()
                .filter(change -> change.effectiveDate().equals(effective))
                .toList();
        for (LineageChange change : successors) {
            shares(change.toCode(), asOf)
                    .forEach((current, share) -> result.merge(current, share / successors.size(), Double::sum));
        }
        return result;
    }

    private void collectPredecessors(String code, LocalDate date, Set<String> result) {
        if (versionsByCode.get(code).stream().anyMatch(unit -> unit.isActiveOn(date))) {
            result.add(code);
        }
        for (LineageChange change : incoming.getOrDefault(code, List.of())) {
            if (change.effectiveDate().isAfter(date)) {
                collectPredecessors(change.fromCode(), date, result);
            }
        }
    }

    private String resolveParent(Unit unit, String parent, LocalDate date) {
        if (versionsByCode.get(parent).stream().anyMatch(version -> version.isActiveOn(date))) {
            return parent;
        }
        Set<String> successors = asIs(parent, date);
        if (successors.size() == 1) {
            return successors.iterator().next();
        }
        if (successors.isEmpty()) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_LINEAGE,
                    UnitMessages.format("lineage.parentGone", unit.code(), parent, UnitMessages.date(date)));
        }
        throw new DanhgiaException(
                ErrorCode.AMBIGUOUS_UNIT,
                UnitMessages.format(
                        "lineage.parentSplit",
                        unit.code(),
                        parent,
                        UnitMessages.date(date),
                        String.join(", ", successors)));
    }

    /**
     * Every version's parent must be resolvable when the version starts and on its last day (for an open
     * version: the last date the registry knows of), so a parent dissolved under a unit that continues
     * is reported when the registry is loaded, not when a report asks.
     */
    private void validateParents() {
        LocalDate lastKnownDate = Stream.concat(
                        units().stream()
                                .flatMap(unit -> Stream.concat(
                                        Stream.of(unit.validFrom()),
                                        unit.validTo().stream().map(end -> end.plusDays(1)))),
                        changes.stream().map(LineageChange::effectiveDate))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        for (List<Unit> versions : versionsByCode.values()) {
            for (Unit unit : versions) {
                LocalDate lastDay = unit.validTo()
                        .orElse(lastKnownDate.isBefore(unit.validFrom()) ? unit.validFrom() : lastKnownDate);
                unit.parentCode().ifPresent(parent -> {
                    resolveParent(unit, parent, unit.validFrom());
                    resolveParent(unit, parent, lastDay);
                });
            }
        }
    }

    private List<Unit> requireKnown(String code) {
        Objects.requireNonNull(code, "code");
        List<Unit> versions = versionsByCode.get(code);
        if (versions == null) {
            throw new DanhgiaException(ErrorCode.UNKNOWN_UNIT, UnitMessages.format("lineage.unknownUnit", code));
        }
        return versions;
    }
}
