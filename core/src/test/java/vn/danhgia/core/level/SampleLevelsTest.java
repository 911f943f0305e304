package vn.danhgia.core.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.testing.Samples;

/**
 * Every level spelling in the samples' level columns is read, and the final levels add up to the counts
 * of EXPECTED.md.
 */
class SampleLevelsTest {
    private static final Path MEMBERS_2022 = Samples.file("2022", "DS xep loai dang vien 2022 - DU xa Dong Lam.xlsx");
    private static final Path MEMBERS_2023 =
            Samples.file("2023", "Tong hop xep loai DV 2023 - Chi bo Truong THCS Hoa Son.xlsx");
    private static final Path MEMBERS_2025 =
            Samples.file("2025", "DS danh gia xep loai DV 2025 - Chi bo thon Bang.xlsx");

    /**
     * The three level columns of the 2018 organization ratings, decoded from TCVN3 with
     * {@code iconv -f TCVN5712-1 -t UTF-8} (core.text's decoder is not used here, to keep this test
     * about levels): self-assessment, Organization Board proposal, Standing Committee decision.
     */
    private static final List<List<String>> ORGANIZATIONS_2018 = List.of(
            List.of("hoàn thành xuất sắc nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ"),
            List.of("hoàn thành xuất sắc nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ"),
            List.of("hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
            List.of("hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
            List.of("hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
            List.of("hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
            List.of("hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
            List.of("hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
            List.of("hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
            List.of("hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ"),
            List.of("hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ"),
            List.of("hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"));

    private final LevelParser parser = new LevelParser();

    @Test
    void readsEveryLevelSpellingOfThe2022MemberList() throws IOException {
        List<String> values = columnValues(MEMBERS_2022, "G", "H", "I");
        assertThat(values).hasSize(180).contains("HT tốt NV", "hoan thanh tot nhiem vu", "Tốt", "Xuất sắc");
        values.forEach(this::assertReadInLevelColumn);
    }

    @Test
    void countsThe2022FinalLevelsOfExpectedMd() throws IOException {
        Tally tally = tally(columnValues(MEMBERS_2022, "I"), 2022);
        assertThat(tally.levels)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        RatingLevel.EXCELLENT, 8,
                        RatingLevel.GOOD, 40,
                        RatingLevel.COMPLETED, 5,
                        RatingLevel.NOT_COMPLETED, 1));
        assertThat(tally.statuses.get(RatingStatus.EXEMPT)).isEqualTo(5);
        assertThat(tally.statuses.getOrDefault(RatingStatus.NOT_RATED, 0)
                        + tally.statuses.getOrDefault(RatingStatus.NEW_MEMBER, 0))
                .isEqualTo(1);
        assertThat(tally.statuses.get(RatingStatus.RATED)).isEqualTo(54);
    }

    @Test
    void readsEverySelfAssessedLevelOfThe2023CellList() throws IOException {
        List<String> values = columnValues(MEMBERS_2023, "E");
        assertThat(values).hasSize(22).contains("HTNV ", "Tốt", "Xuất sắc", "HT xuất sắc NV");
        values.forEach(this::assertReadInLevelColumn);
        assertThat(tally(values, 2023).statuses.get(RatingStatus.RATED)).isEqualTo(22);
    }

    @Test
    void readsEveryLevelOfThe2025ListAndCountsItsFinalLevels() throws IOException {
        List<String> values = columnValues(MEMBERS_2025, "G", "H");
        assertThat(values).hasSize(60);
        values.forEach(this::assertReadInLevelColumn);
        Tally tally = tally(columnValues(MEMBERS_2025, "H"), 2025);
        assertThat(tally.levels)
                .containsExactlyInAnyOrderEntriesOf(Map.of(RatingLevel.EXCELLENT, 8, RatingLevel.GOOD, 22));
    }

    @Test
    void readsThe2018OrganizationLevelsWrittenInLowerCase() {
        List<String> finals = new ArrayList<>();
        for (List<String> row : ORGANIZATIONS_2018) {
            row.forEach(this::assertReadInLevelColumn);
            finals.add(row.get(2));
        }
        Tally tally = tally(finals, 2018);
        assertThat(tally.levels)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        RatingLevel.EXCELLENT, 2,
                        RatingLevel.GOOD, 8,
                        RatingLevel.COMPLETED, 2));
    }

    private void assertReadInLevelColumn(String value) {
        assertThatCode(() -> parser.parse(value, LevelContext.LEVEL_COLUMN))
                .as("level spelling \"%s\"", value)
                .doesNotThrowAnyException();
    }

    private Tally tally(List<String> values, int year) {
        Tally tally = new Tally();
        for (String value : values) {
            ParsedRating rating = parser.parse(value, LevelContext.LEVEL_COLUMN, year);
            tally.statuses.merge(rating.status(), 1, Integer::sum);
            rating.level().ifPresent(level -> tally.levels.merge(level, 1, Integer::sum));
        }
        return tally;
    }

    private static final class Tally {
        final Map<RatingLevel, Integer> levels = new EnumMap<>(RatingLevel.class);
        final Map<RatingStatus, Integer> statuses = new EnumMap<>(RatingStatus.class);
    }

    /**
     * The non-empty text cells of the given columns on the member rows: the rows whose first column holds
     * a sequence number (title, header, numbering, total and signature rows have none).
     */
    static List<String> columnValues(Path file, String... columns) throws IOException {
        List<String> values = new ArrayList<>();
        try (InputStream input = Files.newInputStream(file);
                Workbook workbook = WorkbookFactory.create(input)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                Cell sequence = row.getCell(0);
                if (sequence == null || sequence.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                for (String column : columns) {
                    Cell cell = row.getCell(column.charAt(0) - 'A');
                    if (cell != null
                            && cell.getCellType() == CellType.STRING
                            && !cell.getStringCellValue().isBlank()) {
                        values.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return values;
    }
}
