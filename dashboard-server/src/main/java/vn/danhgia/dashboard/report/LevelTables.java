package vn.danhgia.dashboard.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.dashboard.query.LevelTally;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.ReportColumn;
import vn.danhgia.dashboard.report.model.ReportTable;

/**
 * The tables of counts and shares per level: one row per unit type (or organization) and year, with the
 * rated count, the four levels and the shares of the top and bottom levels; the comparison tables add the
 * change of the top share on the report year's row. Counts are whole numbers ({@code Long}) unless a split
 * unit's share makes them fractions "as is" ({@code BigDecimal}, the column then {@code DECIMAL}).
 */
final class LevelTables {
    private final ReportWording texts;

    LevelTables(ReportWording texts) {
        this.texts = texts;
    }

    /** One line of a level table: the group's name (and code), a year and its counts. */
    record Line(
            String name,
            Optional<String> code,
            int year,
            LevelTally tally,
            Optional<LevelTally.LevelDelta> delta,
            String note) {}

    /**
     * A level table. {@code withCode}: a column of unit codes; {@code withDelta}: a column of the change of the
     * top share; {@code withNote}: a column of notes (merges, restatements).
     */
    ReportTable table(
            String title,
            String sheetName,
            String groupHeader,
            List<Line> lines,
            boolean withCode,
            boolean withDelta,
            boolean withNote,
            List<String> notes) {
        boolean whole = lines.stream().allMatch(line -> whole(line.tally()));
        ColumnKind countKind = whole ? ColumnKind.INTEGER : ColumnKind.DECIMAL;
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(new ReportColumn(groupHeader, ColumnKind.TEXT));
        if (withCode) {
            columns.add(new ReportColumn(texts.t("column.code"), ColumnKind.TEXT));
        }
        // a year is a label, not a quantity: no thousands separator ("2025", never "2.025")
        columns.add(new ReportColumn(texts.t("column.year"), ColumnKind.TEXT));
        columns.add(new ReportColumn(texts.t("column.rated"), countKind));
        for (String level : ReportBuilder.LEVELS) {
            columns.add(new ReportColumn(level, countKind));
        }
        columns.add(new ReportColumn(texts.t("column.share", "HTXSNV"), ColumnKind.PERCENT));
        columns.add(new ReportColumn(texts.t("column.share", "KHTNV"), ColumnKind.PERCENT));
        if (withDelta) {
            columns.add(new ReportColumn(texts.t("column.deltaShare", "HTXSNV"), ColumnKind.PERCENT));
        }
        if (withNote) {
            columns.add(new ReportColumn(texts.t("column.note"), ColumnKind.TEXT));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            List<Object> row = new ArrayList<>();
            row.add(line.name());
            if (withCode) {
                row.add(line.code().orElse(null));
            }
            row.add(String.valueOf(line.year()));
            LevelTally tally = line.tally();
            row.add(count(tally.countRated(), whole));
            row.add(count(tally.countExcellent(), whole));
            row.add(count(tally.countGood(), whole));
            row.add(count(tally.countCompleted(), whole));
            row.add(count(tally.countNotCompleted(), whole));
            row.add(tally.excellentShare().orElse(null));
            row.add(tally.notCompletedShare().orElse(null));
            if (withDelta) {
                row.add(line.delta()
                        .flatMap(LevelTally.LevelDelta::excellentShare)
                        .orElse(null));
            }
            if (withNote) {
                row.add(line.note().isEmpty() ? null : line.note());
            }
            rows.add(row);
        }
        return new ReportTable(title, sheetName, columns, rows, notes);
    }

    /** Lines per unit type for the given years (and the total last), for the comparison or the trend. */
    List<Line> byType(LevelRows rows, List<Integer> years, boolean withDelta) {
        List<Line> lines = new ArrayList<>();
        List<String> types = rows.types(years);
        for (String type : types) {
            LevelTally previous = null;
            for (int year : years) {
                LevelTally tally = rows.byType(year).getOrDefault(type, LevelTally.EMPTY);
                lines.add(new Line(
                        texts.unitType(type),
                        Optional.empty(),
                        year,
                        tally,
                        withDelta && previous != null ? Optional.of(tally.minus(previous)) : Optional.empty(),
                        ""));
                previous = tally;
            }
        }
        LevelTally previous = null;
        for (int year : years) {
            LevelTally tally = rows.total(year);
            lines.add(new Line(
                    texts.t("row.total"),
                    Optional.empty(),
                    year,
                    tally,
                    withDelta && previous != null ? Optional.of(tally.minus(previous)) : Optional.empty(),
                    ""));
            previous = tally;
        }
        return lines;
    }

    /** Lines per organization for the two years, each with its notes on merges and restatements. */
    List<Line> byOrganization(LevelRows rows, List<Integer> years, Map<String, String> notesByCode) {
        List<Line> lines = new ArrayList<>();
        for (Map<Integer, LevelRows.Group> byYear : rows.byOrganization(years).values()) {
            LevelRows.Group any = byYear.values().iterator().next();
            String note = notesByCode.getOrDefault(any.code(), "");
            if (!any.sources().isEmpty() && note.isEmpty()) {
                note = texts.t("note.restatedFrom", String.join(", ", any.sources()));
            }
            LevelTally previous = null;
            for (int year : years) {
                LevelRows.Group group = byYear.get(year);
                LevelTally tally = group == null ? LevelTally.EMPTY : group.tally();
                lines.add(new Line(
                        any.name(),
                        Optional.of(any.code()),
                        year,
                        tally,
                        previous != null ? Optional.of(tally.minus(previous)) : Optional.empty(),
                        year == years.get(years.size() - 1) ? note : ""));
                previous = tally;
            }
        }
        return lines;
    }

    static boolean whole(LevelTally tally) {
        for (BigDecimal count : new BigDecimal[] {
            tally.countRated(),
            tally.countExcellent(),
            tally.countGood(),
            tally.countCompleted(),
            tally.countNotCompleted()
        }) {
            if (count.stripTrailingZeros().scale() > 0) {
                return false;
            }
        }
        return true;
    }

    /** A count as stored: a whole number as {@code Long}, else the decimal to two places. */
    static Object count(BigDecimal count, boolean whole) {
        return whole ? (Object) count.longValueExact() : count.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
