package vn.danhgia.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;

/** A malformed rules file is refused with INVALID_RULE_SET, naming the file and the field. */
class RuleBookValidationTest {
    @TempDir
    Path directory;

    @Test
    void rejectsMalformedYamlNamingTheFile() throws IOException {
        Path file = write("periods: [\n  - years: {from: 2020}\n");
        assertThatThrownBy(() -> RuleBook.load(file))
                .isInstanceOfSatisfying(DanhgiaException.class, error -> {
                    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_RULE_SET);
                    assertThat(error.location()).contains(SourceLocation.ofFile(file.toString()));
                })
                .hasMessage(
                        "Tệp quy định \"" + file + "\" không hợp lệ: lỗi cú pháp YAML ở dòng 2 (while parsing a flow"
                                + " node; expected the node content, but found '-'). Hãy sửa tệp theo mẫu"
                                + " vn/danhgia/core/rules/rules.yaml.");
    }

    @Test
    void namesAMissingField() throws IOException {
        Path file =
                write(RuleFiles.period("{from: 2020}", "0.20").replace(", confirmed: true", "") + RuleFiles.DEADLINES);
        assertThatThrownBy(() -> RuleBook.load(file))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_RULE_SET)
                .hasMessage("Tệp quy định \"" + file + "\" không hợp lệ ở mục \"periods[0].excellentQuota.confirmed\":"
                        + " thiếu giá trị. Hãy sửa tệp theo mẫu vn/danhgia/core/rules/rules.yaml.");
    }

    @Test
    void namesAFieldOfTheWrongType() throws IOException {
        Path file = write(RuleFiles.period("{from: 2020}", "twenty") + RuleFiles.DEADLINES);
        assertThatThrownBy(() -> RuleBook.load(file))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_RULE_SET)
                .hasMessageStartingWith("Tệp quy định \"" + file
                        + "\" không hợp lệ ở mục \"periods[0].excellentQuota.ratio\": giá trị sai");
    }

    @Test
    void namesAnUnknownField() throws IOException {
        Path file = write(
                RuleFiles.period("{from: 2020}", "0.20").replace("excellentOrganization:", "excellentOrganisation:")
                        + RuleFiles.DEADLINES);
        assertThatThrownBy(() -> RuleBook.load(file))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_RULE_SET)
                .hasMessageContaining("ở mục \"periods[0].excellentOrganisation\"");
    }

    @Test
    void rejectsARatioAboveOne() throws IOException {
        Path file = write(RuleFiles.period("{from: 2020}", "20") + RuleFiles.DEADLINES);
        assertThatThrownBy(() -> RuleBook.load(file))
                .hasMessage("Tệp quy định \"" + file + "\" không hợp lệ ở mục \"periods[0].excellentQuota.ratio\":"
                        + " phải là một tỉ lệ từ 0 đến 1, ví dụ 0.20 (đang ghi 20.0). Hãy sửa tệp theo mẫu"
                        + " vn/danhgia/core/rules/rules.yaml.");
    }

    @Test
    void rejectsPeriodsWithAGap() throws IOException {
        String first = RuleFiles.period("{from: 2018, to: 2019}", "0.20");
        String second = RuleFiles.period("{from: 2021}", "0.20").replace("periods:\n", "");
        Path file = write(first + second + RuleFiles.DEADLINES);
        assertThatThrownBy(() -> RuleBook.load(file))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_RULE_SET)
                .hasMessageContaining("ở mục \"periods[1].years.from\": giai đoạn bắt đầu năm 2021 không nối tiếp"
                        + " ngay giai đoạn trước (2018–2019)");
    }

    @Test
    void rejectsScoreBandsThatDoNotTouch() throws IOException {
        String bands = """
                    scoreBands:
                      - {level: EXCELLENT, atLeast: 90}
                      - {level: GOOD, atLeast: 70, below: 85}
                      - {level: NOT_COMPLETED, below: 70}
                """;
        Path file = write(RuleFiles.period("{from: 2020}", "0.20") + bands + RuleFiles.DEADLINES);
        assertThatThrownBy(() -> RuleBook.load(file))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_RULE_SET)
                .hasMessageContaining("ở mục \"periods[0].scoreBands\": các khoảng điểm phải xếp từ mức cao xuống");
    }

    @Test
    void rejectsADeadlineThatIsNotDayAndMonth() throws IOException {
        Path file = write(RuleFiles.minimal("deadlines: {reviewDoneBy: 12-10, reportSentBy: 15/12}\n"));
        assertThatThrownBy(() -> RuleBook.load(file))
                .hasMessageContaining(
                        "ở mục \"deadlines.reviewDoneBy\": phải là ngày/tháng, ví dụ 10/12 (đang ghi \"12-10\")");
    }

    @Test
    void rejectsAMissingFile() {
        Path file = directory.resolve("missing.yaml");
        assertThatThrownBy(() -> RuleBook.load(file))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_RULE_SET)
                .hasMessageStartingWith("Tệp quy định \"" + file + "\" không hợp lệ: không đọc được tệp");
    }

    @Test
    void refusesYearsAfterAClosedLastPeriod() throws IOException {
        Path file = write(RuleFiles.period("{from: 2020, to: 2021}", "0.20") + RuleFiles.DEADLINES);
        RuleBook book = RuleBook.load(file);
        assertThat(book.forYear(2021).years().toString()).isEqualTo("2020–2021");
        assertThatThrownBy(() -> book.forYear(2022))
                .hasFieldOrPropertyWithValue("code", ErrorCode.NO_RULE_SET_FOR_YEAR);
    }

    private Path write(String text) throws IOException {
        Path file = directory.resolve("rules.yaml");
        Files.writeString(file, text);
        return file;
    }
}
