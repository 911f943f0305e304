package vn.danhgia.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.core.level.RatingStatus;

class RuleBookTest {
    private final RuleBook book = RuleBook.defaults();

    @Test
    void hasFourPeriodsFrom2018Onward() {
        assertThat(book.ruleSets())
                .extracting(ruleSet -> ruleSet.years().toString())
                .containsExactly("2018–2018", "2019–2022", "2023–2024", "2025–");
        assertThat(book.forYear(2018).framework().guidance()).isEqualTo("Hướng dẫn số 16-HD/BTCTW ngày 24/9/2018");
        assertThat(book.forYear(2020).framework().guidance()).isEqualTo("Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019");
        assertThat(book.forYear(2024).framework().regulation()).isEqualTo("Quy định số 124-QĐ/TW");
        assertThat(book.forYear(2031).framework().regulation()).isEqualTo("Quy định số 366-QĐ/TW ngày 30/8/2025");
        assertThat(book.forYear(2025).years()).isEqualTo(new Years(2025, OptionalInt.empty()));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}, confirmed {2}")
    @CsvSource({
        "2018, MEMBERS_PER_GRASSROOTS_ORGANIZATION, true",
        "2019, MEMBERS_PER_GRASSROOTS_ORGANIZATION, true",
        "2022, MEMBERS_PER_GRASSROOTS_ORGANIZATION, true",
        "2023, GROUP_OF_SIMILAR_UNITS, true",
        "2024, GROUP_OF_SIMILAR_UNITS, true",
        "2025, GROUP_OF_SIMILAR_UNITS, false",
        "2030, GROUP_OF_SIMILAR_UNITS, false",
    })
    void capsExcellentAtTwentyPercentOfGoodWithTheScopeOfEachPeriod(int year, QuotaScope scope, boolean confirmed) {
        ExcellentQuota quota = book.forYear(year).excellentQuota();
        assertThat(quota.ratio()).isEqualTo(0.20);
        assertThat(quota.base()).isEqualTo(RatingLevel.GOOD);
        assertThat(quota.scope()).isEqualTo(scope);
        assertThat(quota.confirmed()).isEqualTo(confirmed);
        assertThat(quota.maximumExcellent(40)).isEqualTo(8);
        assertThat(quota.maximumExcellent(22)).isEqualTo(4);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "100, EXCELLENT",
        "90.0, EXCELLENT",
        "89.99, GOOD",
        "86.5, GOOD",
        "70, GOOD",
        "69.9, COMPLETED",
        "50, COMPLETED",
        "49.9, NOT_COMPLETED",
        "0, NOT_COMPLETED",
    })
    void bandsScoresFrom2025(double score, RatingLevel expected) {
        assertThat(book.forYear(2025).scoreBands())
                .hasValueSatisfying(bands -> assertThat(bands.levelFor(score)).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2019, 2022, 2023, 2024})
    void hasNoScoreBandsBefore2025(int year) {
        assertThat(book.forYear(year).scoreBands()).isEmpty();
    }

    @Test
    void writesBandBoundsExplicitly() {
        ScoreBands bands = book.forYear(2025).scoreBands().orElseThrow();
        assertThat(bands.bands())
                .containsExactly(
                        new ScoreBand(RatingLevel.EXCELLENT, OptionalDouble.of(90), OptionalDouble.empty()),
                        new ScoreBand(RatingLevel.GOOD, OptionalDouble.of(70), OptionalDouble.of(90)),
                        new ScoreBand(RatingLevel.COMPLETED, OptionalDouble.of(50), OptionalDouble.of(70)),
                        new ScoreBand(RatingLevel.NOT_COMPLETED, OptionalDouble.empty(), OptionalDouble.of(50)));
    }

    @Test
    void makesDisciplinedMembersNotCompletedFrom2019WithTheSelfDetectedExceptionFrom2023() {
        assertThat(book.forYear(2018).discipline()).isEmpty();
        DisciplineRule rule2020 = book.forYear(2020).discipline().orElseThrow();
        assertThat(rule2020.maximum()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(rule2020.exceptSelfDetectedAndRemedied()).isFalse();
        assertThat(rule2020.capFor(true)).contains(RatingLevel.NOT_COMPLETED);
        for (int year : new int[] {2023, 2024, 2025}) {
            DisciplineRule rule = book.forYear(year).discipline().orElseThrow();
            assertThat(rule.maximum()).isEqualTo(RatingLevel.NOT_COMPLETED);
            assertThat(rule.exceptSelfDetectedAndRemedied()).isTrue();
            assertThat(rule.capFor(false)).contains(RatingLevel.NOT_COMPLETED);
            assertThat(rule.capFor(true)).isEmpty();
        }
    }

    @Test
    void capsSickLeaveAndMissedTargetsIn2019To2022() {
        RuleSet rules = book.forYear(2021);
        assertThat(rules.cap(CapCondition.SICK_LEAVE_THREE_MONTHS_OR_MORE).map(Cap::maximum))
                .contains(RatingLevel.COMPLETED);
        assertThat(rules.cap(CapCondition.UNDER_HALF_OF_TARGETS).map(Cap::maximum))
                .contains(RatingLevel.NOT_COMPLETED);
        assertThat(book.forYear(2018).caps()).isEmpty();
        assertThat(book.forYear(2023).caps()).isEmpty();
    }

    @Test
    void listsTheExemptionCategoriesOfEveryPeriodWithSuspendedMembersFrom2019() {
        assertThat(book.forYear(2018).exemptions())
                .extracting(Exemption::category, Exemption::status)
                .containsExactly(
                        tuple(ExemptionCategory.OVER_WORKING_AGE_OR_ILL_ON_REQUEST, RatingStatus.EXEMPT),
                        tuple(ExemptionCategory.ADMITTED_UNDER_SIX_MONTHS, RatingStatus.NEW_MEMBER));
        for (int year : new int[] {2019, 2022, 2023, 2025}) {
            assertThat(book.forYear(year).exemptions())
                    .extracting(Exemption::category, Exemption::status)
                    .containsExactly(
                            tuple(ExemptionCategory.OVER_WORKING_AGE_OR_ILL_ON_REQUEST, RatingStatus.EXEMPT),
                            tuple(ExemptionCategory.SUSPENDED, RatingStatus.SUSPENDED),
                            tuple(ExemptionCategory.ADMITTED_UNDER_SIX_MONTHS, RatingStatus.NEW_MEMBER));
        }
    }

    @Test
    void setsTheConditionsForAnExcellentOrganizationByPeriod() {
        ExcellentOrganizationConditions none = book.forYear(2018).excellentOrganization();
        assertThat(none.minShareMembersAtLeastGood()).isEmpty();
        assertThat(none.noDisciplinedSubUnitOrLeadership()).isFalse();

        ExcellentOrganizationConditions conditions2019 = book.forYear(2019).excellentOrganization();
        assertThat(conditions2019.minShareMembersAtLeastCompleted()).isEqualTo(OptionalDouble.of(1.0));
        assertThat(conditions2019.minShareMembersAtLeastGood()).isEqualTo(OptionalDouble.of(0.80));
        assertThat(conditions2019.noDisciplinedSubUnitOrLeadership()).isFalse();

        ExcellentOrganizationConditions conditions2023 = book.forYear(2023).excellentOrganization();
        assertThat(conditions2023.minShareMembersAtLeastGood()).isEmpty();
        assertThat(conditions2023.noDisciplinedSubUnitOrLeadership()).isTrue();
        assertThat(conditions2023.notCompletedWhenShareSubUnitsDisciplinedAbove())
                .isEqualTo(OptionalDouble.of(0.20));
        assertThat(conditions2023.minShareTasksOnTime()).isEmpty();

        ExcellentOrganizationConditions conditions2025 = book.forYear(2025).excellentOrganization();
        assertThat(conditions2025.noDisciplinedSubUnitOrLeadership()).isTrue();
        assertThat(conditions2025.minShareTasksOnTime()).isEqualTo(OptionalDouble.of(1.0));
        assertThat(conditions2025.minShareTasksExceeded()).isEqualTo(OptionalDouble.of(0.30));
        assertThat(conditions2025.minShareShortcomingsRemedied()).isEqualTo(OptionalDouble.of(1.0));
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2019, 2022, 2023, 2024, 2025, 2026})
    void setsDeadlinesOfTenthAndFifteenthOfDecemberEveryYear(int year) {
        Deadlines deadlines = book.forYear(year).deadlines();
        assertThat(deadlines.reviewDoneBy(year)).isEqualTo(LocalDate.of(year, 12, 10));
        assertThat(deadlines.reportSentBy(year)).isEqualTo(LocalDate.of(year, 12, 15));
    }

    @Test
    void keepsTheThachThat2022DeadlinesAsAnOverride() {
        assertThat(book.forYear(2022).deadlines().overrides().get(2022))
                .isEqualTo(new DeadlineOverride(
                        Optional.of(LocalDate.of(2022, 12, 10)), Optional.of(LocalDate.of(2022, 12, 15))));
    }

    @Test
    void refusesYearsBeforeTheFirstPeriod() {
        assertThatThrownBy(() -> book.forYear(2017))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.NO_RULE_SET_FOR_YEAR)
                .hasMessage("Không có bộ quy định đánh giá, xếp loại cho năm 2017 trong tệp quy định"
                        + " \"vn/danhgia/core/rules/rules.yaml\" (các giai đoạn có quy định: 2018–2018, 2019–2022,"
                        + " 2023–2024, 2025–). Hãy kiểm tra lại năm xếp loại, hoặc thêm một giai đoạn cho năm này vào"
                        + " tệp quy định.");
    }

    @Test
    void loadsAnInstallationsFileWithItsOwnDeadlineOverride(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("rules.yaml");
        Files.writeString(file, RuleFiles.minimal("""
                deadlines:
                  reviewDoneBy: 5/12
                  reportSentBy: 20/12
                  overrides:
                    2023: {reportSentBy: 2024-01-05}
                """));
        RuleBook own = RuleBook.load(file);
        assertThat(own.source()).isEqualTo(file.toString());
        Deadlines deadlines = own.forYear(2023).deadlines();
        assertThat(deadlines.reviewDoneBy(2023)).isEqualTo(LocalDate.of(2023, 12, 5));
        assertThat(deadlines.reportSentBy(2023)).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(deadlines.reportSentBy(2024)).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(own.forYear(2030).scoreBands()).isEmpty();
    }
}
