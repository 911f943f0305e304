package vn.danhgia.core.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * The unit registry as a value: every unit version by code, lookup by name (through {@link
 * UnitNames#matchKey}), and the lineage. Reading a registry file is the ETL's job; {@link
 * LineageDerivation} turns its rows into this. Immutable.
 */
public final class UnitRegistry {
    private static final Comparator<Unit> BY_CODE_THEN_START =
            Comparator.comparing(Unit::code).thenComparing(Unit::validFrom);

    private final UnitLineage lineage;
    private final Map<String, List<Unit>> byMatchKey;

    private UnitRegistry(UnitLineage lineage) {
        this.lineage = lineage;
        this.byMatchKey = lineage.units().stream()
                .collect(Collectors.groupingBy(
                        unit -> UnitNames.matchKey(unit.name()),
                        Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    /** A registry of these unit versions and changes; validated as {@link UnitLineage#of} does. */
    public static UnitRegistry of(Collection<Unit> units, Collection<LineageChange> changes) {
        return new UnitRegistry(UnitLineage.of(units, changes));
    }

    public static UnitRegistry of(UnitLineage lineage) {
        return new UnitRegistry(Objects.requireNonNull(lineage, "lineage"));
    }

    public UnitLineage lineage() {
        return lineage;
    }

    /** Every version of every unit, by code then start date. */
    public List<Unit> units() {
        return lineage.units();
    }

    public boolean contains(String code) {
        return lineage.contains(code);
    }

    /** The version of {@code code} valid on {@code date}; empty for an unknown code or an invalid date. */
    public Optional<Unit> unit(String code, LocalDate date) {
        return contains(code) ? lineage.unitAt(code, date) : Optional.empty();
    }

    /** The versions of {@code code}, oldest first; empty for an unknown code. */
    public List<Unit> versions(String code) {
        return contains(code) ? lineage.versions(code) : List.of();
    }

    /** Every unit version whose name has the same match key as {@code name}, at any date. */
    public List<Unit> findByName(String name) {
        return byMatchKey.getOrDefault(UnitNames.matchKey(name), List.of()).stream()
                .sorted(BY_CODE_THEN_START)
                .toList();
    }

    /** The units valid on {@code date} whose name has the same match key as {@code name}. */
    public List<Unit> findByName(String name, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return findByName(name).stream().filter(unit -> unit.isActiveOn(date)).toList();
    }

    /**
     * The one unit valid on {@code date} named {@code name}.
     *
     * @throws DanhgiaException {@link ErrorCode#UNKNOWN_UNIT} when none matches, {@link
     *     ErrorCode#AMBIGUOUS_UNIT} listing the candidates when several do
     */
    public Unit requireByName(String name, LocalDate date) {
        List<Unit> candidates = findByName(name, date);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new DanhgiaException(
                    ErrorCode.UNKNOWN_UNIT, UnitMessages.format("registry.noUnitNamed", name, UnitMessages.date(date)));
        }
        throw new DanhgiaException(
                ErrorCode.AMBIGUOUS_UNIT,
                UnitMessages.format(
                        "registry.severalUnitsNamed",
                        name,
                        UnitMessages.date(date),
                        candidates.stream()
                                .map(unit -> unit.code() + " (" + unit.name() + ")")
                                .collect(Collectors.joining(", "))));
    }
}
