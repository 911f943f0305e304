package vn.danhgia.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.level.LevelContext;
import vn.danhgia.core.level.LevelParser;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.core.testing.Samples;

/** The 2025 sample's planted score-band violation is the only one the 2025 bands find. */
class ScoreBandSampleTest {

    @Test
    void findsOnlyThePlantedViolationOfRow18() throws IOException {
        Path file = Samples.file("2025", "DS danh gia xep loai DV 2025 - Chi bo thon Bang.xlsx");
        ScoreBands bands = RuleBook.defaults().forYear(2025).scoreBands().orElseThrow();
        LevelParser parser = new LevelParser();
        List<String> violations = new ArrayList<>();
        try (InputStream input = Files.newInputStream(file);
                Workbook workbook = WorkbookFactory.create(input)) {
            for (Row row : workbook.getSheetAt(0)) {
                Cell sequence = row.getCell(0);
                if (sequence == null || sequence.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                double score = row.getCell(5).getNumericCellValue(); // column F: score given by the cell
                String decided = row.getCell(7).getStringCellValue(); // column H: decided level
                RatingLevel level = parser.parse(decided, LevelContext.LEVEL_COLUMN, 2025)
                        .level()
                        .orElseThrow();
                if (bands.levelFor(score) != level) {
                    violations.add((row.getRowNum() + 1) + ": " + score + " " + bands.levelFor(score) + " -> " + level);
                }
            }
        }
        assertThat(violations).containsExactly("18: 86.5 GOOD -> EXCELLENT");
    }
}
