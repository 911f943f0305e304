package vn.danhgia.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.core.unit.Units.FOUNDED;
import static vn.danhgia.core.unit.Units.cell;
import static vn.danhgia.core.unit.Units.commune;
import static vn.danhgia.core.unit.Units.day;
import static vn.danhgia.core.unit.Units.district;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class UnitLineageTest {
    private static final java.time.LocalDate SPLIT_DAY = day(2020, 1, 1);

    @Test
    void splitGivesEverySuccessorAnEqualShare() {
        UnitLineage lineage = UnitLineage.of(
                List.of(
                        district(),
                        commune("A", FOUNDED, day(2019, 12, 31)),
                        commune("B", SPLIT_DAY, null),
                        commune("C", SPLIT_DAY, null)),
                List.of(
                        new LineageChange("A", "B", SPLIT_DAY, ChangeKind.SPLIT),
                        new LineageChange("A", "C", SPLIT_DAY, ChangeKind.SPLIT)));

        assertThat(lineage.asIs("A", day(2021, 6, 1))).containsExactly("B", "C");
        assertThat(lineage.asIsShares("A", day(2021, 6, 1))).isEqualTo(Map.of("B", 0.5, "C", 0.5));
        assertThat(lineage.asWas("B", day(2019, 6, 1))).containsExactly("A");
        assertThat(lineage.asWas("C", day(2019, 6, 1))).containsExactly("A");
        assertThat(lineage.mappingTo(day(2021, 6, 1)))
                .contains(
                        new LineageMapping("A", "B", 0.5, Optional.of("B")),
                        new LineageMapping("A", "C", 0.5, Optional.of("C")));
    }

    @Test
    void sharesMultiplyAlongChainsAndAddUpWherePathsMeet() {
        // A splits into B and C; later C and D merge into E.
        UnitLineage lineage = UnitLineage.of(
                List.of(
                        district(),
                        commune("A", FOUNDED, day(2019, 12, 31)),
                        commune("B", SPLIT_DAY, null),
                        commune("C", SPLIT_DAY, day(2022, 12, 31)),
                        commune("D", FOUNDED, day(2022, 12, 31)),
                        commune("E", day(2023, 1, 1), null)),
                List.of(
                        new LineageChange("A", "B", SPLIT_DAY, ChangeKind.SPLIT),
                        new LineageChange("A", "C", SPLIT_DAY, ChangeKind.SPLIT),
                        new LineageChange("C", "E", day(2023, 1, 1), ChangeKind.MERGE),
                        new LineageChange("D", "E", day(2023, 1, 1), ChangeKind.MERGE)));

        assertThat(lineage.asIsShares("A", day(2024, 1, 1))).isEqualTo(Map.of("B", 0.5, "E", 0.5));
        assertThat(lineage.asWas("E", day(2018, 1, 1))).containsExactly("A", "D");
        assertThat(lineage.asWas("E", day(2021, 1, 1))).containsExactly("C", "D");
    }

    @Test
    void followsARenameChainToTheLatestCode() {
        UnitLineage lineage = UnitLineage.of(
                List.of(
                        district(),
                        commune("A", FOUNDED, day(2017, 12, 31)),
                        commune("B", day(2018, 1, 1), day(2020, 12, 31)),
                        commune("C", day(2021, 1, 1), null)),
                List.of(
                        new LineageChange("A", "B", day(2018, 1, 1), ChangeKind.RENAME),
                        new LineageChange("B", "C", day(2021, 1, 1), ChangeKind.RENAME)));

        assertThat(lineage.asIs("A", day(2017, 12, 31))).containsExactly("A");
        assertThat(lineage.asIs("A", day(2018, 1, 1))).containsExactly("B");
        assertThat(lineage.asIs("A", day(2025, 1, 1))).containsExactly("C");
        assertThat(lineage.asWas("C", day(2016, 1, 1))).containsExactly("A");
        assertThat(lineage.asWas("C", day(2019, 1, 1))).containsExactly("B");
    }

    @Test
    void absorbedUnitIsAPredecessorOfTheUnitThatAbsorbedIt() {
        UnitLineage lineage = UnitLineage.of(
                List.of(district(), commune("A", FOUNDED, day(2023, 12, 31)), commune("B", FOUNDED, null)),
                List.of(new LineageChange("A", "B", day(2024, 1, 1), ChangeKind.MERGE)));

        assertThat(lineage.asWas("B", day(2023, 6, 1))).containsExactly("A", "B");
        assertThat(lineage.asIs("A", day(2024, 1, 1))).containsExactly("B");
    }

    @Test
    void transferKeepingTheCodeMakesANewVersionUnderTheNewParent() {
        Unit before = commune("S", FOUNDED, day(2025, 6, 30));
        Unit after = new Unit(
                "S",
                before.name(),
                UnitType.COMMUNE,
                UnitTier.CELL,
                Optional.of("B"),
                day(2025, 7, 1),
                Optional.empty());
        UnitLineage lineage = UnitLineage.of(
                List.of(district(), commune("B", FOUNDED, null), before, after),
                List.of(new LineageChange("S", "S", day(2025, 7, 1), ChangeKind.TRANSFER)));

        assertThat(lineage.asIs("S", day(2025, 12, 31))).containsExactly("S");
        assertThat(lineage.parentAt("S", day(2025, 6, 30))).contains("HU");
        assertThat(lineage.parentAt("S", day(2025, 7, 1))).contains("B");
        assertThat(lineage.grassrootsAt("S", day(2025, 7, 1))).contains("B");
        assertThat(lineage.asWas("B", day(2024, 1, 1))).containsExactly("B");
    }

    @Test
    void transferToANewCodeMapsTheOldCodeToTheNewCell() {
        UnitLineage lineage = UnitLineage.of(
                List.of(
                        district(),
                        commune("B", FOUNDED, null),
                        commune("S", FOUNDED, day(2025, 6, 30)),
                        cell("B-05", "B", day(2025, 7, 1), null)),
                List.of(new LineageChange("S", "B-05", day(2025, 7, 1), ChangeKind.TRANSFER)));

        assertThat(lineage.asIs("S", day(2025, 12, 31))).containsExactly("B-05");
        assertThat(lineage.asWas("B-05", day(2024, 1, 1))).containsExactly("S");
        assertThat(lineage.grassrootsAt("B-05", day(2025, 12, 31))).contains("B");
        assertThat(lineage.mappingTo(day(2025, 12, 31)))
                .contains(new LineageMapping("S", "B-05", 1.0, Optional.of("B")));
    }

    @Test
    void answersNothingForADateBeforeTheUnitExisted() {
        UnitLineage lineage = UnitLineage.of(List.of(district(), commune("A", day(2020, 1, 1), null)), List.of());

        assertThat(lineage.asIs("A", day(2019, 12, 31))).isEmpty();
        assertThat(lineage.asWas("A", day(2019, 12, 31))).isEmpty();
        assertThat(lineage.parentAt("A", day(2019, 12, 31))).isEmpty();
        assertThat(lineage.grassrootsAt("A", day(2019, 12, 31))).isEmpty();
        assertThat(lineage.unitAt("A", day(2019, 12, 31))).isEmpty();
        assertThat(lineage.mappingTo(day(2019, 12, 31)))
                .extracting(LineageMapping::historicCode)
                .containsExactly("HU");
    }

    @Test
    void rejectsACycleNamingItsUnits() {
        assertThatThrownBy(() -> UnitLineage.of(
                        List.of(
                                district(),
                                commune("A", FOUNDED, day(2019, 12, 31)),
                                commune("A", day(2021, 1, 1), null),
                                commune("B", day(2020, 1, 1), day(2020, 12, 31))),
                        List.of(
                                new LineageChange("A", "B", day(2020, 1, 1), ChangeKind.RENAME),
                                new LineageChange("B", "A", day(2021, 1, 1), ChangeKind.RENAME))))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessage(
                        "Các thay đổi tạo thành vòng lặp: A → B → A. Một đơn vị không thể là đơn vị kế thừa của chính nó;"
                                + " không dùng lại mã đơn vị cũ cho đơn vị mới.");
    }

    @Test
    void rejectsAChangeWhoseFromUnitDoesNotEndTheDayBefore() {
        assertThatThrownBy(() -> UnitLineage.of(
                        List.of(
                                district(),
                                commune("A", FOUNDED, day(2023, 12, 30)),
                                commune("B", day(2024, 1, 1), null)),
                        List.of(new LineageChange("A", "B", day(2024, 1, 1), ChangeKind.RENAME))))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessage(
                        "Đơn vị A chuyển thành B (đổi tên) từ ngày 01/01/2024 nên phải hết hiệu lực ngày 31/12/2023."
                                + " Hãy ghi ngày 31/12/2023 vào \"Hiệu lực đến\" của A, hoặc sửa ngày thay đổi.");
    }

    @Test
    void rejectsAChangeIntoAUnitNotYetValid() {
        assertThatThrownBy(() -> UnitLineage.of(
                        List.of(
                                district(),
                                commune("A", FOUNDED, day(2023, 12, 31)),
                                commune("B", day(2024, 2, 1), null)),
                        List.of(new LineageChange("A", "B", day(2024, 1, 1), ChangeKind.MERGE))))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessageContaining("Đơn vị A chuyển thành B (sáp nhập) từ ngày 01/01/2024");
    }

    @Test
    void rejectsAChangeNamingAnUnknownUnit() {
        assertThatThrownBy(() -> UnitLineage.of(
                        List.of(district(), commune("A", FOUNDED, day(2023, 12, 31))),
                        List.of(new LineageChange("A", "Z", day(2024, 1, 1), ChangeKind.MERGE))))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessage("Thay đổi A → Z ngày 01/01/2024 nhắc đến đơn vị \"Z\" không có trong danh mục."
                        + " Hãy thêm đơn vị Z hoặc sửa mã.");
    }

    @Test
    void rejectsOverlappingVersionsOfOneUnit() {
        assertThatThrownBy(() -> UnitLineage.of(
                        List.of(
                                district(),
                                commune("A", FOUNDED, day(2020, 12, 31)),
                                commune("A", day(2020, 6, 1), null)),
                        List.of()))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessageContaining("Đơn vị A có hai dòng hiệu lực chồng lên nhau (từ 01/01/2015 và từ 01/06/2020)");
    }

    @Test
    void rejectsASingleSplitAndMixedKindsOnOneDay() {
        List<Unit> units = List.of(
                district(),
                commune("A", FOUNDED, day(2019, 12, 31)),
                commune("B", SPLIT_DAY, null),
                commune("C", SPLIT_DAY, null));
        assertThatThrownBy(
                        () -> UnitLineage.of(units, List.of(new LineageChange("A", "B", SPLIT_DAY, ChangeKind.SPLIT))))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessageContaining("Đơn vị A có nhiều thay đổi cùng ngày 01/01/2020 (chia tách → B)");
        assertThatThrownBy(() -> UnitLineage.of(
                        units,
                        List.of(
                                new LineageChange("A", "B", SPLIT_DAY, ChangeKind.MERGE),
                                new LineageChange("A", "C", SPLIT_DAY, ChangeKind.RENAME))))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessageContaining("(sáp nhập → B, đổi tên → C)");
    }

    @Test
    void rejectsAnUnknownParent() {
        assertThatThrownBy(() -> UnitLineage.of(List.of(commune("A", FOUNDED, null)), List.of()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessage("Đơn vị A trực thuộc \"HU\", nhưng danh mục không có đơn vị mã HU."
                        + " Hãy thêm đơn vị HU hoặc sửa cột \"Trực thuộc\".");
    }

    @Test
    void refusesToGuessTheParentOfACellWhoseParentSplit() {
        assertThatThrownBy(() -> UnitLineage.of(
                        List.of(
                                district(),
                                commune("A", FOUNDED, day(2019, 12, 31)),
                                commune("B", SPLIT_DAY, null),
                                commune("C", SPLIT_DAY, null),
                                cell("A-01", "A", FOUNDED, null)),
                        List.of(
                                new LineageChange("A", "B", SPLIT_DAY, ChangeKind.SPLIT),
                                new LineageChange("A", "C", SPLIT_DAY, ChangeKind.SPLIT))))
                .hasFieldOrPropertyWithValue("code", ErrorCode.AMBIGUOUS_UNIT)
                .hasMessage("Đơn vị A-01 trực thuộc A, nhưng ngày 01/01/2020 đơn vị A đã chia tách thành B, C."
                        + " Hãy ghi rõ A-01 chuyển về đơn vị nào.");
    }

    @Test
    void refusesToGuessAParentOnlyWhileItIsSplit() {
        // A splits into B and C, which merge again into E: the cell's parent is unknown in between.
        UnitLineage lineage = UnitLineage.of(
                List.of(
                        district(),
                        commune("A", FOUNDED, day(2019, 12, 31)),
                        commune("B", SPLIT_DAY, day(2021, 12, 31)),
                        commune("C", SPLIT_DAY, day(2021, 12, 31)),
                        commune("E", day(2022, 1, 1), null),
                        cell("A-01", "A", FOUNDED, null)),
                List.of(
                        new LineageChange("A", "B", SPLIT_DAY, ChangeKind.SPLIT),
                        new LineageChange("A", "C", SPLIT_DAY, ChangeKind.SPLIT),
                        new LineageChange("B", "E", day(2022, 1, 1), ChangeKind.MERGE),
                        new LineageChange("C", "E", day(2022, 1, 1), ChangeKind.MERGE)));

        assertThat(lineage.parentAt("A-01", day(2019, 12, 31))).contains("A");
        assertThat(lineage.parentAt("A-01", day(2022, 1, 1))).contains("E");
        assertThatThrownBy(() -> lineage.parentAt("A-01", day(2021, 6, 1)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.AMBIGUOUS_UNIT);
    }

    @Test
    void rejectsAUnitWhoseParentDoesNotExistYet() {
        assertThatThrownBy(() -> UnitLineage.of(
                        List.of(district(), commune("A", day(2020, 1, 1), null), cell("A-01", "A", FOUNDED, null)),
                        List.of()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessageStartingWith("Đơn vị A-01 trực thuộc A, nhưng ngày 01/01/2015 đơn vị A không có hiệu lực");
    }

    @Test
    void rejectsQuestionsAboutUnknownCodes() {
        UnitLineage lineage = UnitLineage.of(List.of(district()), List.of());
        assertThatThrownBy(() -> lineage.asIs("X99", FOUNDED))
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_UNIT)
                .hasMessage(
                        "Không có đơn vị mã \"X99\" trong danh mục. Hãy kiểm tra mã hoặc bổ sung đơn vị vào danh mục.");
    }

    @Test
    void listsChangesByDateThenCode() {
        UnitLineage lineage = UnitLineage.of(
                List.of(
                        district(),
                        commune("B", FOUNDED, day(2019, 12, 31)),
                        commune("A", FOUNDED, day(2019, 12, 31)),
                        commune("C", SPLIT_DAY, null)),
                List.of(
                        new LineageChange("B", "C", SPLIT_DAY, ChangeKind.MERGE),
                        new LineageChange("A", "C", SPLIT_DAY, ChangeKind.MERGE)));
        assertThat(lineage.changes()).extracting(LineageChange::fromCode).containsExactly("A", "B");
        assertThatThrownBy(() -> lineage.changes().add(lineage.changes().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsAUnitLeftUnderADissolvedParent() {
        Unit shortLivedDistrict = new Unit(
                "HU",
                "Đảng bộ huyện",
                UnitType.COMMITTEE,
                UnitTier.DISTRICT,
                Optional.empty(),
                FOUNDED,
                Optional.of(day(2025, 6, 30)));
        assertThatThrownBy(() -> UnitLineage.of(
                        List.of(shortLivedDistrict, commune("A", FOUNDED, null), commune("B", day(2025, 7, 1), null)),
                        List.of()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_LINEAGE)
                .hasMessage(
                        "Đơn vị A trực thuộc HU, nhưng ngày 01/07/2025 đơn vị HU không có hiệu lực và không có đơn vị"
                                + " kế thừa. Hãy ghi đơn vị trực thuộc mới của A, hoặc sửa ngày hiệu lực.");
    }
}
