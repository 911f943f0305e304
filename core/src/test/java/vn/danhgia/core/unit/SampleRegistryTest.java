package vn.danhgia.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.testing.Samples;

/** The sample registry's merges and transfer, mapped both ways (samples/EXPECTED.md). */
class SampleRegistryTest {
    private static final LocalDate MERGER_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate REGROUPING_2025 = LocalDate.of(2025, 7, 1);

    private static UnitRegistry registry;
    private static UnitLineage lineage;

    @BeforeAll
    static void readSampleRegistry() throws IOException {
        RegistryWorkbook.Contents contents =
                RegistryWorkbook.read(Samples.file("units", "danh muc to chuc dang va sap nhap.xlsx"));
        registry = LineageDerivation.derive(
                "danh muc to chuc dang va sap nhap.xlsx", contents.sheetName(), contents.rows());
        lineage = registry.lineage();
    }

    @Test
    void derivesTheFourLineagesOfTheSample() {
        assertThat(lineage.changes())
                .containsExactly(
                        new LineageChange("X01", "X21", MERGER_2024, ChangeKind.MERGE),
                        new LineageChange("X01-01", "X21-01", MERGER_2024, ChangeKind.RENAME),
                        new LineageChange("X02", "X21", MERGER_2024, ChangeKind.MERGE),
                        new LineageChange("C01", "C01", REGROUPING_2025, ChangeKind.TRANSFER),
                        new LineageChange("X03", "X31", REGROUPING_2025, ChangeKind.MERGE),
                        new LineageChange("X21", "X31", REGROUPING_2025, ChangeKind.MERGE));
    }

    @Test
    void readsTypesTiersAndParentsOfEveryRow() {
        assertThat(lineage.codes())
                .containsExactly("C01", "HU", "TU", "X01", "X01-01", "X02", "X03", "X21", "X21-01", "X31");
        Unit hoaSon = lineage.versions("C01").get(0);
        assertThat(hoaSon)
                .isEqualTo(new Unit(
                        "C01",
                        "Chi bộ Trường THCS Hòa Sơn",
                        UnitType.PUBLIC_SERVICE,
                        UnitTier.GRASSROOTS,
                        Optional.of("HU"),
                        LocalDate.of(2015, 1, 1),
                        Optional.of(LocalDate.of(2025, 6, 30))));
        assertThat(lineage.versions("TU").get(0).type()).isEqualTo(UnitType.COMMITTEE);
        assertThat(lineage.versions("TU").get(0).tier()).isEqualTo(UnitTier.CITY);
        assertThat(lineage.versions("HU").get(0).tier()).isEqualTo(UnitTier.DISTRICT);
        assertThat(lineage.versions("X01-01").get(0).type()).isEqualTo(UnitType.CELL);
        assertThat(lineage.versions("X01-01").get(0).tier()).isEqualTo(UnitTier.CELL);
        assertThat(lineage.versions("X31").get(0).parentCode()).contains("TU");
    }

    @Test
    void mapsHistoricCommunesToTheUnitsCarryingThemOn() {
        assertThat(lineage.asIs("X01", LocalDate.of(2023, 6, 1))).containsExactly("X01");
        assertThat(lineage.asIs("X01", LocalDate.of(2024, 6, 1))).containsExactly("X21");
        assertThat(lineage.asIs("X01", LocalDate.of(2025, 12, 31))).containsExactly("X31");
        assertThat(lineage.asIs("X02", MERGER_2024)).containsExactly("X21");
        assertThat(lineage.asIs("X03", LocalDate.of(2025, 6, 30))).containsExactly("X03");
        assertThat(lineage.asIs("X03", REGROUPING_2025)).containsExactly("X31");
        assertThat(lineage.asIs("X01-01", LocalDate.of(2025, 12, 31))).containsExactly("X21-01");
    }

    @Test
    void mapsTodaysUnitsBackToTheCommunesTheyWereMadeOf() {
        assertThat(lineage.asWas("X31", LocalDate.of(2023, 6, 1))).containsExactly("X01", "X02", "X03");
        assertThat(lineage.asWas("X31", LocalDate.of(2024, 6, 1))).containsExactly("X03", "X21");
        assertThat(lineage.asWas("X21", LocalDate.of(2023, 12, 31))).containsExactly("X01", "X02");
        assertThat(lineage.asWas("X21", MERGER_2024)).containsExactly("X21");
        assertThat(lineage.asWas("X21-01", LocalDate.of(2023, 6, 1))).containsExactly("X01-01");
    }

    @Test
    void transferredUnitIsNotAnAsWasPredecessorButRollsUpThroughItsNewParent() {
        assertThat(lineage.asWas("X31", LocalDate.of(2023, 6, 1))).doesNotContain("C01");
        assertThat(lineage.asIs("C01", LocalDate.of(2025, 12, 31))).containsExactly("C01");
        assertThat(lineage.grassrootsAt("C01", LocalDate.of(2025, 6, 30))).contains("C01");
        assertThat(lineage.grassrootsAt("C01", REGROUPING_2025)).contains("X31");
    }

    @Test
    void transferChangesTheParentAndTheTier() {
        assertThat(lineage.parentAt("C01", LocalDate.of(2025, 1, 1))).contains("HU");
        assertThat(lineage.parentAt("C01", LocalDate.of(2025, 6, 30))).contains("HU");
        assertThat(lineage.parentAt("C01", REGROUPING_2025)).contains("X31");
        assertThat(lineage.unitAt("C01", REGROUPING_2025))
                .get()
                .extracting(Unit::tier, Unit::type, Unit::name)
                .containsExactly(UnitTier.CELL, UnitType.PUBLIC_SERVICE, "Chi bộ Trường THCS Hòa Sơn");
    }

    @Test
    void cellFollowsItsParentThroughMergers() {
        assertThat(lineage.parentAt("X01-01", LocalDate.of(2023, 6, 1))).contains("X01");
        assertThat(lineage.parentAt("X21-01", LocalDate.of(2024, 6, 1))).contains("X21");
        assertThat(lineage.parentAt("X21-01", REGROUPING_2025)).contains("X31");
        assertThat(lineage.grassrootsAt("X21-01", REGROUPING_2025)).contains("X31");
        assertThat(lineage.parentAt("X31", REGROUPING_2025)).contains("TU");
        assertThat(lineage.parentAt("TU", REGROUPING_2025)).isEmpty();
    }

    @Test
    void answersNothingBeforeAUnitExisted() {
        assertThat(lineage.asIs("X31", LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(lineage.asWas("X31", LocalDate.of(2014, 12, 31))).isEmpty();
        assertThat(lineage.parentAt("X21", LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(lineage.grassrootsAt("X31", LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void dissolvedDistrictHasNoSuccessor() {
        assertThat(lineage.asIs("HU", LocalDate.of(2025, 6, 30))).containsExactly("HU");
        assertThat(lineage.asIs("HU", REGROUPING_2025)).isEmpty();
    }

    @Test
    void mapsEveryHistoricUnitToTodaysUnits() {
        List<LineageMapping> mapping = lineage.mappingTo(LocalDate.of(2025, 12, 31));
        assertThat(mapping)
                .containsExactly(
                        new LineageMapping("C01", "C01", 1.0, Optional.of("X31")),
                        new LineageMapping("TU", "TU", 1.0, Optional.empty()),
                        new LineageMapping("X01", "X31", 1.0, Optional.of("X31")),
                        new LineageMapping("X01-01", "X21-01", 1.0, Optional.of("X31")),
                        new LineageMapping("X02", "X31", 1.0, Optional.of("X31")),
                        new LineageMapping("X03", "X31", 1.0, Optional.of("X31")),
                        new LineageMapping("X21", "X31", 1.0, Optional.of("X31")),
                        new LineageMapping("X21-01", "X21-01", 1.0, Optional.of("X31")),
                        new LineageMapping("X31", "X31", 1.0, Optional.of("X31")));
    }

    @Test
    void mapsTheRecurrenceAcrossTheMergerOfDongLamIntoSongLam() {
        // The shortcomings register: Đông Lâm 2023 and Song Lâm 2024 are one unit "as is".
        String dongLam = registry.requireByName("Đảng ủy xã Đông Lâm", LocalDate.of(2023, 12, 1))
                .code();
        String songLam = registry.requireByName("Đảng bộ xã Song Lâm", LocalDate.of(2024, 12, 1))
                .code();
        assertThat(lineage.asIs(dongLam, LocalDate.of(2024, 12, 31))).containsExactly(songLam);
        assertThat(lineage.asWas(songLam, LocalDate.of(2023, 12, 31))).contains(dongLam);
    }

    @Test
    void findsTheNewDoaiSonOnlyFromItsFoundingDay() {
        assertThat(registry.findByName("Đảng bộ xã Đoài Sơn"))
                .extracting(Unit::code)
                .containsExactly("X03", "X31");
        assertThat(registry.requireByName("ĐẢNG ỦY XÃ ĐOÀI SƠN", LocalDate.of(2025, 6, 30))
                        .code())
                .isEqualTo("X03");
        assertThat(registry.requireByName("Đảng ủy xã Đoài Sơn", REGROUPING_2025)
                        .code())
                .isEqualTo("X31");
    }

    @Test
    void sharesOfEveryHistoricUnitAddUpToOne() {
        Map<String, Double> total = new java.util.TreeMap<>();
        lineage.mappingTo(LocalDate.of(2025, 12, 31))
                .forEach(row -> total.merge(row.historicCode(), row.share(), Double::sum));
        assertThat(total.values()).allSatisfy(sum -> assertThat(sum).isEqualTo(1.0));
    }
}
