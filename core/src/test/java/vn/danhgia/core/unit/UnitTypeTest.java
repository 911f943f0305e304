package vn.danhgia.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class UnitTypeTest {
    /** The values of "Loại hình" in the 2018 organization ratings (TCVN3) and the unit registry. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "xã|COMMUNE",
                "phường|COMMUNE",
                "thị trấn|TOWNSHIP",
                "cơ quan|AGENCY",
                "cơ quan hành chính|AGENCY",
                "sự nghiệp|PUBLIC_SERVICE",
                "đơn vị sự nghiệp|PUBLIC_SERVICE",
                "doanh nghiệp|ENTERPRISE",
                "lực lượng vũ trang|ARMED_FORCES",
                "công an|ARMED_FORCES",
                "quân sự|ARMED_FORCES",
                "thôn|CELL",
                "tổ dân phố|CELL",
                "chi bộ|CELL",
                "cấp ủy cấp trên|COMMITTEE"
            })
    void parsesRegistryAndReportSpellings(String text, UnitType expected) {
        assertThat(UnitType.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "XÃ|COMMUNE",
                "  Sự   Nghiệp |PUBLIC_SERVICE",
                "luc luong vu trang|ARMED_FORCES",
                "Thi tran|TOWNSHIP"
            })
    void ignoresCaseDiacriticsAndSpaces(String text, UnitType expected) {
        assertThat(UnitType.parse(text)).isEqualTo(expected);
    }

    @Test
    void parsesDecomposedUnicode() {
        assertThat(UnitType.parse(Normalizer.normalize("doanh nghiệp", Normalizer.Form.NFD)))
                .isEqualTo(UnitType.ENTERPRISE);
    }

    @ParameterizedTest
    @EnumSource(UnitType.class)
    void parsesItsOwnCodeAndVietnameseName(UnitType type) {
        assertThat(UnitType.parse(type.code())).isEqualTo(type);
        assertThat(UnitType.parse(type.vietnameseName())).isEqualTo(type);
    }

    @Test
    void codesAreTheLowerCaseNamesStoredInDimUnit() {
        assertThat(UnitType.PUBLIC_SERVICE.code()).isEqualTo("public_service");
        assertThat(UnitType.ARMED_FORCES.code()).isEqualTo("armed_forces");
        assertThat(UnitType.COMMUNE.vietnameseName()).isEqualTo("Xã, phường");
        assertThat(UnitType.PUBLIC_SERVICE.vietnameseName()).isEqualTo("Đơn vị sự nghiệp");
    }

    @Test
    void exposesEveryFoldedSpellingForTheWarehouse() {
        assertThat(UnitType.spellings())
                .containsEntry("xa", UnitType.COMMUNE)
                .containsEntry("su nghiep", UnitType.PUBLIC_SERVICE)
                .containsEntry("public_service", UnitType.PUBLIC_SERVICE);
    }

    @Test
    void rejectsUnknownTypeQuotingTheText() {
        assertThatThrownBy(() -> UnitType.parse("Hội quán"))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_UNIT)
                .hasMessage("Không nhận ra loại hình tổ chức đảng \"Hội quán\". Hãy ghi một trong các loại hình:"
                        + " Xã, phường, Thị trấn, Cơ quan, Đơn vị sự nghiệp, Doanh nghiệp, Lực lượng vũ trang, Chi bộ,"
                        + " Cấp ủy cấp trên.");
    }

    @Test
    void explainsUnknownTypeInEnglishWhenAskedTo() {
        String previous = System.getProperty("danhgia.lang");
        System.setProperty("danhgia.lang", "en");
        try {
            assertThatThrownBy(() -> UnitType.parse("Hội quán"))
                    .hasMessageStartingWith("Unknown party organization type \"Hội quán\". Write one of: Xã, phường,");
        } finally {
            if (previous == null) {
                System.clearProperty("danhgia.lang");
            } else {
                System.setProperty("danhgia.lang", previous);
            }
        }
    }
}
