package vn.danhgia.core.unit;

import java.time.LocalDate;
import java.util.Optional;

/** Short builders for hand-made unit histories in tests. */
final class Units {
    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    private Units() {}

    static Unit commune(String code, LocalDate from, LocalDate to) {
        return new Unit(
                code,
                "Đảng bộ xã " + code,
                UnitType.COMMUNE,
                UnitTier.GRASSROOTS,
                Optional.of("HU"),
                from,
                Optional.ofNullable(to));
    }

    static Unit cell(String code, String parent, LocalDate from, LocalDate to) {
        return new Unit(
                code,
                "Chi bộ thôn " + code,
                UnitType.CELL,
                UnitTier.CELL,
                Optional.of(parent),
                from,
                Optional.ofNullable(to));
    }

    static Unit district() {
        return new Unit(
                "HU",
                "Đảng bộ huyện",
                UnitType.COMMITTEE,
                UnitTier.DISTRICT,
                Optional.empty(),
                FOUNDED,
                Optional.empty());
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
