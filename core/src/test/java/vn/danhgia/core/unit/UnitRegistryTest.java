package vn.danhgia.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.core.unit.Units.FOUNDED;
import static vn.danhgia.core.unit.Units.day;
import static vn.danhgia.core.unit.Units.district;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.ErrorCode;

class UnitRegistryTest {
    private static Unit named(String code, String name, UnitType type) {
        return new Unit(code, name, type, UnitTier.GRASSROOTS, Optional.of("HU"), FOUNDED, Optional.empty());
    }

    private final UnitRegistry registry = UnitRegistry.of(
            List.of(
                    district(),
                    named("X04", "Đảng bộ xã Hòa Sơn", UnitType.COMMUNE),
                    named("C01", "Chi bộ Trường THCS Hòa Sơn", UnitType.PUBLIC_SERVICE),
                    named("C07", "Chi bộ Trường THCS Hòa Sơn", UnitType.PUBLIC_SERVICE)),
            List.of());

    @Test
    void findsUnitsByAnySpellingOfTheirName() {
        assertThat(registry.findByName("ĐẢNG ỦY XÃ HÒA SƠN"))
                .extracting(Unit::code)
                .containsExactly("X04");
        assertThat(registry.findByName("dang bo xa hoa son", day(2024, 1, 1)))
                .extracting(Unit::code)
                .containsExactly("X04");
        assertThat(registry.findByName("Trường THCS Hòa Sơn"))
                .extracting(Unit::code)
                .containsExactly("C01", "C07");
        assertThat(registry.findByName("xã Hòa Bình")).isEmpty();
    }

    @Test
    void refusesToGuessBetweenUnitsOfTheSameName() {
        assertThatThrownBy(() -> registry.requireByName("Chi bộ Trường THCS Hòa Sơn", day(2024, 1, 1)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.AMBIGUOUS_UNIT)
                .hasMessage("Có nhiều đơn vị tên \"Chi bộ Trường THCS Hòa Sơn\" có hiệu lực ngày 01/01/2024:"
                        + " C01 (Chi bộ Trường THCS Hòa Sơn), C07 (Chi bộ Trường THCS Hòa Sơn)."
                        + " Hãy ghi mã đơn vị để chọn đúng đơn vị.");
    }

    @Test
    void rejectsAnUnknownName() {
        assertThatThrownBy(() -> registry.requireByName("Đảng bộ xã Hòa Bình", day(2024, 1, 1)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_UNIT)
                .hasMessage("Không tìm thấy đơn vị nào tên \"Đảng bộ xã Hòa Bình\" có hiệu lực ngày 01/01/2024."
                        + " Hãy kiểm tra tên đơn vị hoặc bổ sung vào danh mục.");
    }

    @Test
    void looksUpUnitsByCode() {
        assertThat(registry.contains("X04")).isTrue();
        assertThat(registry.unit("X04", day(2024, 1, 1))).map(Unit::name).contains("Đảng bộ xã Hòa Sơn");
        assertThat(registry.unit("X99", day(2024, 1, 1))).isEmpty();
        assertThat(registry.versions("X99")).isEmpty();
        assertThat(registry.units()).hasSize(4);
    }
}
