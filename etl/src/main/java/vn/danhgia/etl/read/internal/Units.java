package vn.danhgia.etl.read.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.etl.read.FoundIn;
import vn.danhgia.etl.read.ReadHints;

/**
 * Finds the unit that issued a file and, for a workbook with one sheet per cell, each sheet's cell.
 *
 * <p>The title block lists organizations top-down ('ĐẢNG BỘ HUYỆN ...' over 'ĐẢNG ỦY XÃ ...'); the lowest
 * is the issuer. When several sheets of a member list have no cell column, the lines common to all their
 * titles belong to the file (its unit is the lowest of them) and a line that differs names the sheet's
 * cell; a sheet without such a line is named by its sheet name, unless that is generic ('Sheet2').
 * Without a title, the file name ('... - DU xa Dong Lam', 'CB Truong THCS Phung Xa 2024'), then the nearest
 * folder naming a unit, then the hint are used. A column naming each row's party organization ('Đảng bộ',
 * 'Tổ chức cơ sở đảng') gives each row its own unit first; the file's is then only for rows leaving it empty. The text is resolved against the registry by the load
 * (core's UnitNames keys: folded, organ prefixes and customary abbreviations alike; several candidates are
 * a reject, never a guess).
 */
public final class Units {
    private Units() {}

    /** The issuing unit and where it was found, and the cell of each sheet index where sheets are cells. */
    public record Resolved(
            Optional<String> unit, Optional<FoundIn> foundIn, Map<Integer, Optional<String>> sheetCells) {
        public Resolved {
            java.util.Objects.requireNonNull(unit, "unit");
            java.util.Objects.requireNonNull(foundIn, "foundIn");
            sheetCells = Map.copyOf(sheetCells);
        }
    }

    public static Resolved resolve(
            List<SheetPlan> plans, Path file, String sourceFile, ReadHints hints, SynonymTable synonyms) {
        SheetPlan first = plans.get(0);
        KindRules rules = first.header().rules();
        Optional<String> unit;
        Map<Integer, Optional<String>> sheetCells = new HashMap<>();
        if (plans.size() > 1 && rules.hasField("cell") && !first.header().binds("cell")) {
            Set<String> common = new LinkedHashSet<>(keys(first.unitLines()));
            plans.forEach(plan -> common.retainAll(keys(plan.unitLines())));
            unit = lowest(first.unitLines(), line -> common.contains(HeaderText.key(line)));
            for (SheetPlan plan : plans) {
                Optional<String> cell = lowest(plan.unitLines(), line -> !common.contains(HeaderText.key(line)));
                if (cell.isEmpty()) {
                    cell = plan.sheetName().filter(name -> !synonyms.isGenericSheetName(HeaderText.key(name)));
                }
                sheetCells.put(plan.sheetIndex(), cell);
            }
        } else {
            unit = plans.stream()
                    .map(plan -> lowest(plan.unitLines(), line -> true))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        Optional<FoundIn> foundIn = unit.map(found -> FoundIn.TITLE);
        if (unit.isEmpty()) {
            unit = Provenance.fileNameUnit(file, synonyms);
            foundIn = unit.map(found -> FoundIn.FILE_NAME);
        }
        if (unit.isEmpty()) {
            unit = Provenance.folderUnit(sourceFile, synonyms);
            foundIn = unit.map(found -> FoundIn.FOLDER);
        }
        if (unit.isEmpty()) {
            unit = hints.unit();
            foundIn = unit.map(found -> FoundIn.HINT);
        }
        // a column naming each row's organization ('Đảng bộ', 'Tổ chức cơ sở đảng') comes before the file's
        // own unit: the file's (title, file name, folder, hint) is kept for rows that leave the column empty
        boolean unitColumn = plans.stream().allMatch(plan -> plan.header()
                .rules()
                .unitField()
                .filter(plan.header()::binds)
                .isPresent());
        if (unitColumn && unit.isEmpty()) {
            foundIn = Optional.of(FoundIn.COLUMN);
        }
        if (unit.isEmpty() && !unitColumn && rules.needsUnit()) {
            throw ReadErrors.missingUnit(sourceFile, rules.kind());
        }
        return new Resolved(unit, foundIn, sheetCells);
    }

    private static Optional<String> lowest(List<String> lines, java.util.function.Predicate<String> accepted) {
        for (int index = lines.size() - 1; index >= 0; index--) {
            if (accepted.test(lines.get(index))) {
                return Optional.of(lines.get(index));
            }
        }
        return Optional.empty();
    }

    private static List<String> keys(List<String> lines) {
        return lines.stream().map(HeaderText::key).toList();
    }
}
