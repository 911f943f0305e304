package vn.danhgia.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.ErrorCode;

class UnitTest {
    private static Unit unit(
            String code, String name, Optional<String> parent, LocalDate from, Optional<LocalDate> to) {
        return new Unit(code, name, UnitType.COMMUNE, UnitTier.GRASSROOTS, parent, from, to);
    }

    @Test
    void isActiveOnBothEndsOfItsPeriod() {
        Unit unit = unit(
                "X01",
                "Đảng bộ xã Đông Lâm",
                Optional.of("HU"),
                LocalDate.of(2015, 1, 1),
                Optional.of(LocalDate.of(2023, 12, 31)));
        assertThat(unit.isActiveOn(LocalDate.of(2014, 12, 31))).isFalse();
        assertThat(unit.isActiveOn(LocalDate.of(2015, 1, 1))).isTrue();
        assertThat(unit.isActiveOn(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(unit.isActiveOn(LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void openEndedUnitStaysActive() {
        Unit unit = unit("X31", "Đảng bộ xã Đoài Sơn", Optional.of("TU"), LocalDate.of(2025, 7, 1), Optional.empty());
        assertThat(unit.isActiveOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void cleansCodeNameAndBlankParent() {
        Unit unit = unit(
                " X01 ", "Đảng  bộ\u00A0xã Đông Lâm ", Optional.of("  "), LocalDate.of(2015, 1, 1), Optional.empty());
        assertThat(unit.code()).isEqualTo("X01");
        assertThat(unit.name()).isEqualTo("Đảng bộ xã Đông Lâm");
        assertThat(unit.parentCode()).isEmpty();
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> unit(
                        "X01",
                        "Đảng bộ xã Đông Lâm",
                        Optional.empty(),
                        LocalDate.of(2024, 1, 1),
                        Optional.of(LocalDate.of(2023, 12, 31))))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_DATE)
                .hasMessage("Đơn vị X01 hết hiệu lực ngày 31/12/2023, trước ngày bắt đầu hiệu lực 01/01/2024."
                        + " Hãy sửa lại một trong hai ngày.");
    }

    @Test
    void rejectsBlankCodeOrNameAndItsOwnParent() {
        LocalDate from = LocalDate.of(2015, 1, 1);
        assertThatThrownBy(() -> unit(" ", "Đảng bộ xã Đông Lâm", Optional.empty(), from, Optional.empty()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.MISSING_VALUE);
        assertThatThrownBy(() -> unit("X01", "", Optional.empty(), from, Optional.empty()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.MISSING_VALUE)
                .hasMessage("Đơn vị X01 chưa có tên. Hãy ghi tên tổ chức đảng.");
        assertThatThrownBy(() -> unit("X01", "Đảng bộ xã Đông Lâm", Optional.of("X01"), from, Optional.empty()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE);
    }

    @Test
    void changeKeepsItsCodeOnlyForRenameOrTransfer() {
        LocalDate day = LocalDate.of(2025, 7, 1);
        assertThat(new LineageChange("C01", "C01", day, ChangeKind.TRANSFER).keepsCode())
                .isTrue();
        assertThat(new LineageChange("X01", "X21", day, ChangeKind.MERGE).keepsCode())
                .isFalse();
        assertThatThrownBy(() -> new LineageChange("X01", "X01", day, ChangeKind.MERGE))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessage("Đơn vị X01 không thể sáp nhập vào chính nó (ngày 01/07/2025). Chỉ đổi tên hoặc chuyển"
                        + " trực thuộc mới giữ nguyên mã; hãy sửa mã đơn vị kế thừa.");
    }
}
