package vn.danhgia.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danhgia.core.error.ErrorCode;

class UnitTierTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "thành phố|CITY",
                "huyện|DISTRICT",
                "cơ sở|GRASSROOTS",
                "chi bộ cơ sở|GRASSROOTS",
                "đảng ủy bộ phận|SUB_COMMITTEE",
                "Đảng bộ bộ phận|SUB_COMMITTEE",
                "chi bộ|CELL",
                "CHI BO|CELL"
            })
    void parsesRegistrySpellings(String text, UnitTier expected) {
        assertThat(UnitTier.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(UnitTier.class)
    void parsesItsOwnCode(UnitTier tier) {
        assertThat(UnitTier.parse(tier.code())).isEqualTo(tier);
    }

    @Test
    void onlySubCommitteesAndCellsAreBelowTheGrassroots() {
        assertThat(UnitTier.SUB_COMMITTEE.isBelowGrassroots()).isTrue();
        assertThat(UnitTier.CELL.isBelowGrassroots()).isTrue();
        assertThat(UnitTier.GRASSROOTS.isBelowGrassroots()).isFalse();
        assertThat(UnitTier.DISTRICT.isBelowGrassroots()).isFalse();
        assertThat(UnitTier.SUB_COMMITTEE.code()).isEqualTo("sub_committee");
    }

    @Test
    void rejectsUnknownTierQuotingTheText() {
        assertThatThrownBy(() -> UnitTier.parse("tổ"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_UNIT)
                .hasMessage("Không nhận ra cấp \"tổ\". Hãy ghi một trong các cấp:"
                        + " Cấp thành phố, Cấp huyện, Cơ sở, Đảng ủy bộ phận, Chi bộ.");
    }
}
