package vn.danhgia.core.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * The checks that make a lineage safe to follow: versions of a unit do not overlap, parents and changes
 * name known units, a change's from-unit ends the day before the change and its to-unit is valid on
 * that day, the changes out of a unit on one day are one merge, rename or transfer or a split into
 * two or more, and no unit is its own successor through a chain of changes. Each failure names the
 * units and says what to fix.
 */
final class LineageValidation {
    private LineageValidation() {}

    static void validate(Map<String, List<Unit>> versionsByCode, List<LineageChange> changes) {
        versionsByCode.values().forEach(LineageValidation::checkVersionsDoNotOverlap);
        versionsByCode.values().stream().flatMap(List::stream).forEach(unit -> unit.parentCode()
                .filter(parent -> !versionsByCode.containsKey(parent))
                .ifPresent(parent -> fail("lineage.unknownParent", unit.code(), parent)));
        checkNoDuplicates(changes);
        for (LineageChange change : changes) {
            checkDates(versionsByCode, change);
        }
        checkKindsPerDay(changes);
        checkNoCycles(changes);
    }

    private static void checkVersionsDoNotOverlap(List<Unit> versions) {
        for (int i = 1; i < versions.size(); i++) {
            Unit earlier = versions.get(i - 1);
            Unit later = versions.get(i);
            if (earlier.overlaps(later)) {
                fail(
                        "lineage.overlappingVersions",
                        later.code(),
                        UnitMessages.date(earlier.validFrom()),
                        UnitMessages.date(later.validFrom()));
            }
        }
    }

    private static void checkNoDuplicates(List<LineageChange> changes) {
        Set<String> seen = new HashSet<>();
        for (LineageChange change : changes) {
            if (!seen.add(change.fromCode() + "\n" + change.toCode() + "\n" + change.effectiveDate())) {
                fail(
                        "lineage.duplicateChange",
                        change.fromCode(),
                        change.toCode(),
                        UnitMessages.date(change.effectiveDate()));
            }
        }
    }

    private static void checkDates(Map<String, List<Unit>> versionsByCode, LineageChange change) {
        String effective = UnitMessages.date(change.effectiveDate());
        for (String code : List.of(change.fromCode(), change.toCode())) {
            if (!versionsByCode.containsKey(code)) {
                fail("lineage.changeUnknownUnit", change.fromCode(), change.toCode(), effective, code);
            }
        }
        LocalDate dayBefore = change.effectiveDate().minusDays(1);
        boolean fromEndsDayBefore = versionsByCode.get(change.fromCode()).stream()
                .anyMatch(unit -> unit.validTo().filter(dayBefore::equals).isPresent());
        if (!fromEndsDayBefore) {
            fail(
                    "lineage.fromNotEnded",
                    change.fromCode(),
                    change.toCode(),
                    effective,
                    UnitMessages.date(dayBefore),
                    UnitMessages.kind(change.kind()));
        }
        boolean toActive =
                versionsByCode.get(change.toCode()).stream().anyMatch(unit -> unit.isActiveOn(change.effectiveDate()));
        if (!toActive) {
            fail(
                    "lineage.toNotActive",
                    change.fromCode(),
                    change.toCode(),
                    effective,
                    UnitMessages.kind(change.kind()));
        }
    }

    private static void checkKindsPerDay(List<LineageChange> changes) {
        Map<String, List<LineageChange>> byUnitAndDay = changes.stream()
                .collect(Collectors.groupingBy(
                        change -> change.fromCode() + " " + change.effectiveDate(), TreeMap::new, Collectors.toList()));
        for (List<LineageChange> group : byUnitAndDay.values()) {
            boolean allSplits = group.stream().allMatch(change -> change.kind() == ChangeKind.SPLIT);
            boolean valid = allSplits ? group.size() >= 2 : group.size() == 1;
            if (!valid) {
                LineageChange first = group.get(0);
                fail(
                        "lineage.inconsistentKinds",
                        first.fromCode(),
                        UnitMessages.date(first.effectiveDate()),
                        group.stream()
                                .map(change -> UnitMessages.kind(change.kind()) + " → " + change.toCode())
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    /** Depth-first search over the changes between different codes; a back edge is a cycle. */
    private static void checkNoCycles(List<LineageChange> changes) {
        Map<String, List<String>> successors = new TreeMap<>();
        for (LineageChange change : changes) {
            if (!change.keepsCode()) {
                successors
                        .computeIfAbsent(change.fromCode(), code -> new ArrayList<>())
                        .add(change.toCode());
            }
        }
        Map<String, Boolean> onPath = new HashMap<>();
        for (String start : successors.keySet()) {
            visit(start, successors, onPath, new ArrayList<>());
        }
    }

    private static void visit(
            String code, Map<String, List<String>> successors, Map<String, Boolean> onPath, List<String> path) {
        Boolean state = onPath.get(code);
        if (Boolean.FALSE.equals(state)) {
            return; // already fully explored
        }
        path.add(code);
        if (Boolean.TRUE.equals(state)) {
            List<String> cycle = path.subList(path.indexOf(code), path.size());
            fail("lineage.cycle", String.join(" → ", cycle));
        }
        onPath.put(code, true);
        for (String next : successors.getOrDefault(code, List.of())) {
            visit(next, successors, onPath, path);
        }
        onPath.put(code, false);
        path.remove(path.size() - 1);
    }

    private static void fail(String key, Object... arguments) {
        throw new DanhgiaException(ErrorCode.INVALID_LINEAGE, UnitMessages.format(key, arguments));
    }
}
