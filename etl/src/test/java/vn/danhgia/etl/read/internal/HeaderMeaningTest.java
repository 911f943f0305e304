package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.etl.read.FormFields;

/**
 * Headers are recognized by what their words say, not by a list of spellings: every wording below is in
 * no data file (neither the synonyms nor the meaning vocabulary hold it whole), and each must still bind
 * its field, alone among the form's fields and within a whole header row.
 */
class HeaderMeaningTest {
    private static final HeaderMeaning MEANING = HeaderMeaning.defaults();
    private static Set<String> knownSpellings;

    @BeforeAll
    static void readEverySpellingOfTheDataFiles() throws IOException {
        knownSpellings = new HashSet<>();
        for (String resource : List.of("header-synonyms.yaml", "header-meaning.yaml")) {
            try (InputStream in = HeaderMeaning.class.getResourceAsStream("/vn/danhgia/etl/read/" + resource)) {
                collect(new ObjectMapper(new YAMLFactory()).readTree(in), knownSpellings);
            }
        }
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isTextual()) {
            keys.add(HeaderText.key(node.asText()));
        }
        node.fieldNames().forEachRemaining(name -> keys.add(HeaderText.key(name)));
        node.forEach(child -> collect(child, keys));
    }

    private static String bestField(InputKind kind, String header) {
        List<HeaderMeaning.Match> matches = MEANING.assign(Map.of(0, header), FormFields.of(kind));
        return matches.isEmpty() ? "-" : matches.get(0).field();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "member_rating | Họ và tên ĐV | full_name",
                "member_rating | HỌ TÊN ĐẢNG VIÊN ĐƯỢC ĐÁNH GIÁ | full_name",
                "member_rating | Ho, ten dang vien (1) | full_name",
                "member_rating | Tên của đảng viên | full_name",
                "member_rating | Xếp loại chất lượng do Đảng ủy cơ sở quyết định | final_level",
                "member_rating | Mức do Cấp ủy cơ sở quyết định | final_level",
                "member_rating | Ý kiến của chi ủy | proposed_level",
                "member_rating | Chi bộ đánh giá, xếp loại | proposed_level",
                "member_rating | Họ và tên (khai sinh) | full_name",
                "member_rating | Tên đồng chí | full_name",
                "member_rating | Sinh ngày | birth",
                "member_rating | NS (dương lịch) | birth",
                "member_rating | Số thẻ Đảng | card_number",
                "member_rating | Thẻ ĐV số | card_number",
                "member_rating | Sinh hoạt ở chi bộ nào | cell",
                "member_rating | Thuộc chi bộ | cell",
                "member_rating | CB sinh hoạt | cell",
                "member_rating | Chức vụ hiện nay | position",
                "member_rating | Nghề nghiệp, công việc | position",
                "member_rating | Đảng viên tự nhận mức | self_level",
                "member_rating | Tự nhận mức XL | self_level",
                "member_rating | Cá nhân tự đánh giá, xếp loại | self_level",
                "member_rating | ĐV tự xếp loại | self_level",
                "member_rating | Muc tu nhan | self_level",
                "member_rating | Chi ủy đề nghị | proposed_level",
                "member_rating | Mức chi bộ đề nghị | proposed_level",
                "member_rating | Đề xuất của chi bộ | proposed_level",
                "member_rating | CB đề nghị mức XL | proposed_level",
                "member_rating | Chi uy de xuat xep loai | proposed_level",
                "member_rating | Kết quả do Đảng ủy cơ sở quyết định | final_level",
                "member_rating | Kết quả xếp loại của Đảng ủy | final_level",
                "member_rating | Đảng ủy cơ sở quyết định xếp loại | final_level",
                "member_rating | Xếp loại chính thức | final_level",
                "member_rating | KQ XL chính thức | final_level",
                "member_rating | QĐ của ĐU | final_level",
                "member_rating | Cấp ủy cấp trên quyết định | final_level",
                "member_rating | Mức xếp loại do cấp có thẩm quyền quyết định | final_level",
                "member_rating | KET QUA XEP LOAI CUOI CUNG | final_level",
                "member_rating | Điểm ĐV tự chấm | self_score",
                "member_rating | Điểm chi ủy chấm | proposed_score",
                "member_rating | Điểm do Đảng ủy chấm | final_score",
                "member_rating | Ghi chú/ý kiến khác | note",
                "member_rating | Thứ tự ĐV | seq",
                "member_rating | Thuộc Đảng bộ | party_unit",
                "member_rating | TCCS đảng trực thuộc | party_unit",
                "member_rating | Tên TCCSĐ | party_unit",
                "org_rating | Tên tổ chức cơ sở Đảng trực thuộc | unit_name",
                "org_rating | Loại hình TCCSĐ | unit_type",
                "org_rating | TCCS đảng tự đánh giá | self_level",
                "org_rating | Ban Tổ chức Huyện ủy đề xuất mức | proposed_level",
                "org_rating | BTV Huyện ủy quyết định | final_level",
                "org_rating | Tổng điểm đạt được | score",
                "leader_rating | Mã số cán bộ | official_code",
                "leader_rating | Họ tên cán bộ | full_name",
                "leader_rating | Cán bộ tự nhận mức | self_level",
                "leader_rating | Cấp ủy có thẩm quyền xếp loại | final_level",
                "discipline | Hình thức xử lý kỷ luật | form",
                "discipline | Ngày ra quyết định kỷ luật | decided_on",
                "discipline | QĐ số | decision_number",
                "discipline | Lý do vi phạm | violation",
                "discipline | Lý do xử lý | violation",
                "discipline | Thuộc đảng bộ | unit_name",
                "org_rating | Ban Tổ chức thẩm định | proposed_level",
                "discipline | Tự phát hiện, sửa chữa | self_detected",
                "shortcoming | Hạn chế, khuyết điểm được chỉ ra | description",
                "shortcoming | Tình hình khắc phục | remediation_status",
                "unit_registry | Mã TCĐ cấp trên | parent_code",
                "unit_registry | Ngày có hiệu lực | valid_from",
                "task_result | Số chỉ tiêu giao | targets_total",
                "task_result | Số chỉ tiêu hoàn thành vượt mức | targets_exceeded",
                "submission | Ngày gửi BC | report_sent_on",
                "submission | Ngày tổ chức kiểm điểm | review_done_on",
                "summary_report | Số ĐV miễn kiểm điểm | exempt",
                "summary_report | ĐV chưa được xếp loại | not_rated",
                "summary_report | Không đánh giá | not_rated",
                "summary_report | Số ĐV không được xếp loại | not_rated",
                "summary_report | Số đảng viên HTXSNV | count_htxsnv",
                "monthly_score | Tháng/năm | period",
                "monthly_score | Điểm lãnh đạo trực tiếp chấm | final_score",
            })
    void bindsAWordingNoDataFileHolds(String kindCode, String header, String field) {
        InputKind kind = InputKind.fromCode(kindCode).orElseThrow();
        assertThat(knownSpellings).as("a wording the data files hold").doesNotContain(HeaderText.key(header));
        assertThat(bestField(kind, header)).isEqualTo(field);
    }

    @ParameterizedTest(name = "\"{0}\" binds nothing")
    @CsvSource(
            delimiter = '|',
            value = {
                "Số điện thoại",
                "Địa chỉ thường trú",
                "Quê quán",
                "Dân tộc",
                "Ngày vào Đảng",
                "Trình độ lý luận chính trị",
                "Giới tính",
                "Tôn giáo",
                "Email",
            })
    void doesNotBindWhatNoFieldMeans(String header) {
        for (InputKind kind : InputKind.values()) {
            assertThat(bestField(kind, header)).as(kind.code()).isEqualTo("-");
        }
    }

    @Test
    void aHeaderAboutALevelNeverBindsAScoreOrTheCell() {
        // with the level fields taken, a level header must bind nothing rather than a score or the cell
        List<String> left = List.of("cell", "self_score", "proposed_score", "final_score", "note");
        for (String header : List.of(
                "Đảng ủy cơ sở quyết định",
                "Quyết định của Ban Thường vụ",
                "Kết quả xếp loại của Cấp ủy",
                "Mức chi bộ xếp loại")) {
            assertThat(MEANING.assign(Map.of(0, header), left)).as(header).isEmpty();
        }
        assertThat(MEANING.assign(Map.of(0, "Điểm Đảng ủy cơ sở chấm"), left))
                .extracting(HeaderMeaning.Match::field)
                .containsExactly("final_score");
    }

    @Test
    void aConceptsWordsStandSideBySide() {
        // 'chất lượng' and 'cơ sở' hold the words of 'số lượng', which is not said
        assertThat(MEANING.score("Chất lượng cơ sở quyết định", "final_level")).isEqualTo(1.5);
        assertThat(MEANING.score("Số lượng", "final_level")).isEqualTo(-3.0);
        assertThat(MEANING.score("Lượng số", "final_level")).isEqualTo(-3.0);
    }

    @Test
    void aPartyUnitIsNeitherTheCellNorAWorkplace() {
        assertThat(bestField(InputKind.MEMBER_RATING, "Đảng bộ cơ sở")).isEqualTo("party_unit");
        assertThat(bestField(InputKind.MEMBER_RATING, "Chi bộ sinh hoạt")).isEqualTo("cell");
        assertThat(bestField(InputKind.MEMBER_RATING, "Đơn vị công tác")).isNotEqualTo("party_unit");
        assertThat(bestField(InputKind.MEMBER_RATING, "Cơ quan")).isNotEqualTo("party_unit");
        assertThat(bestField(InputKind.MEMBER_RATING, "Đảng ủy quyết định")).isEqualTo("final_level");
        assertThat(bestField(InputKind.MEMBER_RATING, "Đảng bộ bộ phận")).isNotEqualTo("party_unit");
        // only member lists name each row's party organization
        assertThat(FormFields.of(InputKind.ORG_RATING)).doesNotContain("party_unit");
    }

    @Test
    void aNoteIsANoteAndNothingElse() {
        assertThat(bestField(InputKind.MEMBER_RATING, "Ghi chú")).isEqualTo("note");
        assertThat(bestField(InputKind.SUMMARY_REPORT, "Ghi chú")).isEqualTo("-");
        assertThat(bestField(InputKind.DISCIPLINE, "Ghi chú")).isEqualTo("-");
    }

    @Test
    void expandsAbbreviationsByTheirContext() {
        assertThat(MEANING.words("Họ và tên ĐV")).containsExactly("ho", "ten", "dang", "vien");
        assertThat(MEANING.words("Mã CB")).containsExactly("ma", "can", "bo");
        assertThat(MEANING.words("CB đề nghị")).containsExactly("chi", "bo", "de", "nghi");
        assertThat(MEANING.words("T/M ĐU")).containsExactly("thay", "mat", "dang", "uy");
        // 'Du' in lower case is a word ('dự'), not an abbreviation
        assertThat(MEANING.words("Du kien")).containsExactly("du", "kien");
        // single letters joined by dots are one abbreviation
        assertThat(MEANING.words("S.T.T")).containsExactly("so", "thu", "tu");
        assertThat(MEANING.words("Họ tên Đ.V.")).containsExactly("ho", "ten", "dang", "vien");
        assertThat(MEANING.words("GC")).containsExactly("ghi", "chu");
    }

    @Test
    void pairsColumnsAndFieldsOneToOneBestFirst() {
        Map<Integer, String> headers = new LinkedHashMap<>();
        headers.put(0, "TT");
        headers.put(1, "Họ và tên ĐV");
        headers.put(2, "Đảng viên tự nhận mức");
        headers.put(3, "Chi ủy đề nghị");
        headers.put(4, "Kết quả do Đảng ủy cơ sở quyết định");
        headers.put(5, "Số điện thoại");
        headers.put(6, "Xếp loại");
        assertThat(MEANING.assign(headers, InputKind.MEMBER_RATING.fields()))
                .extracting(match -> match.column() + "=" + match.field())
                .containsExactly("0=seq", "1=full_name", "2=self_level", "3=proposed_level", "4=final_level");
    }

    @Test
    void aTieGoesToTheLeftmostColumn() {
        Map<Integer, String> headers = new LinkedHashMap<>();
        headers.put(3, "Ghi chú");
        headers.put(1, "Ghi chú");
        assertThat(MEANING.assign(headers, InputKind.MEMBER_RATING.fields()))
                .extracting(match -> match.column() + "=" + match.field())
                .containsExactly("1=note");
    }

    @Test
    void detectsAWholeHeaderRowNoSynonymKnows() {
        HeaderDetector detector = new HeaderDetector(SynonymTable.defaults());
        TableRow header = new TableRow(
                5,
                new String[] {
                    "TT",
                    "Họ và tên ĐV",
                    "Sinh hoạt ở chi bộ nào",
                    "Đảng viên tự nhận mức",
                    "Chi ủy đề nghị",
                    "Kết quả do Đảng ủy cơ sở quyết định",
                    "Số điện thoại"
                },
                new boolean[7]);
        TableRow data = new TableRow(
                6,
                new String[] {"1", "Nguyễn Văn An", "Chi bộ thôn 3", "HTTNV", "HTTNV", "HTTNV", "0912"},
                new boolean[] {true, false, false, false, false, false, true});
        HeaderLayout layout = detector.detect(List.of(header, data)).orElseThrow();
        assertThat(layout.rules().kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(layout.depth()).isEqualTo(1);
        assertThat(layout.columns())
                .extracting(binding -> binding.column() + "=" + binding.field() + ":" + binding.source())
                .containsExactly(
                        "0=seq:SYNONYM",
                        "1=full_name:MEANING",
                        "2=cell:MEANING",
                        "3=self_level:MEANING",
                        "4=proposed_level:MEANING",
                        "5=final_level:MEANING");
        // "họ tên" (2) + "tên đảng viên" (2) + "đảng viên" (1)
        assertThat(layout.columns().get(1).score()).isEqualTo(5.0);
    }

    @Test
    void theColumnBetweenTheMembersOwnLevelAndTheDecisionLeaningToAProposalIsIt() {
        HeaderDetector detector = new HeaderDetector(SynonymTable.defaults());
        TableRow header = new TableRow(
                1,
                new String[] {"STT", "Đảng viên", "Tự phân loại", "Mức phân loại của chi bộ", "Đảng ủy xã công nhận"},
                new boolean[5]);
        TableRow data = new TableRow(2, new String[] {"1", "Nguyễn Văn An", "HTTNV", "HTTNV", "HTTNV"}, new boolean[] {
            true, false, false, false, false
        });
        assertThat(detector.detect(List.of(header, data)).orElseThrow().columns())
                .extracting(binding -> binding.column() + "=" + binding.field())
                .containsExactly("0=seq", "1=full_name", "2=self_level", "3=proposed_level", "4=final_level");
        // a column of something else between them stays unbound
        TableRow other = new TableRow(
                1,
                new String[] {"STT", "Đảng viên", "Tự phân loại", "Quê quán", "Đảng ủy xã công nhận"},
                new boolean[5]);
        assertThat(detector.detect(List.of(other, data)).orElseThrow().columns())
                .extracting(ColumnBinding::field)
                .doesNotContain("proposed_level");
    }

    @Test
    void aNameInTwoColumnsIsOneFullName() {
        HeaderDetector detector = new HeaderDetector(SynonymTable.defaults());
        TableRow flat = new TableRow(
                1,
                new String[] {"STT", "Họ và tên đệm", "Tên", "Năm sinh", "Tự xếp loại", "Đảng ủy xếp loại"},
                new boolean[6]);
        TableRow data =
                new TableRow(2, new String[] {"1", "Nguyễn Văn", "An", "1970", "HTTNV", "HTTNV"}, new boolean[] {
                    true, false, false, true, false, false
                });
        assertThat(detector.detect(List.of(flat, data)).orElseThrow().columns())
                .extracting(binding -> binding.column() + "=" + binding.field())
                .containsExactly("0=seq", "1=full_name", "2=full_name", "3=birth", "4=self_level", "5=final_level");
        // under a merged 'Họ và tên', as 'Họ đệm' | 'Tên'
        TableRow top =
                new TableRow(1, new String[] {"STT", "Họ và tên", "", "Năm sinh", "Xếp loại", ""}, new boolean[6]);
        TableRow sub = new TableRow(
                2, new String[] {"", "Họ đệm", "Tên", "", "Chi bộ đề nghị", "Đảng ủy quyết định"}, new boolean[6]);
        TableRow row = new TableRow(3, new String[] {"1", "Lê", "Cường", "1990", "HTNV", "HTNV"}, new boolean[] {
            true, false, false, true, false, false
        });
        assertThat(detector.detect(List.of(top, sub, row)).orElseThrow().columns())
                .extracting(binding -> binding.column() + "=" + binding.field())
                .containsExactly("0=seq", "1=full_name", "2=full_name", "3=birth", "4=proposed_level", "5=final_level");
        // a column 'Tên' beside a full name is no part of it
        assertThat(MEANING.isFamilyName("Họ và tên")).isFalse();
        assertThat(MEANING.isFamilyName("Họ")).isTrue();
        assertThat(MEANING.isGivenName("Tên đơn vị")).isFalse();
    }

    @Test
    void aTitleLineInTwoCellsDoesNotTakeTheHeaderAsItsSubHeader() {
        HeaderDetector detector = new HeaderDetector(SynonymTable.defaults());
        TableRow title = new TableRow(
                3, new String[] {"DANH SÁCH ĐÁNH GIÁ", " XẾP LOẠI ĐẢNG VIÊN NĂM 2025", "", "", ""}, new boolean[5]);
        TableRow top =
                new TableRow(4, new String[] {"STT", "Họ và tên", "Kết quả đánh giá xếp loại", "", ""}, new boolean[5]);
        TableRow sub = new TableRow(
                5, new String[] {"", "", "Tự đánh giá", "Chi bộ đề nghị", "Đảng ủy quyết định"}, new boolean[5]);
        TableRow data = new TableRow(6, new String[] {"1", "Nguyễn Văn An", "HTTNV", "HTTNV", "HTTNV"}, new boolean[] {
            true, false, false, false, false
        });
        HeaderLayout layout = detector.detect(List.of(title, top, sub, data)).orElseThrow();
        assertThat(layout.firstRow()).isEqualTo(4);
        assertThat(layout.columns())
                .extracting(ColumnBinding::field)
                .containsExactly("seq", "full_name", "self_level", "proposed_level", "final_level");
        // over a one-row header, such a title line is no group title of it either
        TableRow header = new TableRow(
                4,
                new String[] {"STT", "Họ và tên", "Tự đánh giá", "Chi bộ đề nghị", "Cấp có thẩm quyền xếp loại"},
                new boolean[5]);
        TableRow row = new TableRow(5, new String[] {"1", "Nguyễn Văn An", "HTTNV", "HTTNV", "HTTNV"}, new boolean[] {
            true, false, false, false, false
        });
        HeaderLayout flat = detector.detect(List.of(title, header, row)).orElseThrow();
        assertThat(flat.firstRow()).isEqualTo(4);
        assertThat(flat.depth()).isEqualTo(1);
        assertThat(flat.columns())
                .extracting(ColumnBinding::header)
                .containsExactly("STT", "Họ và tên", "Tự đánh giá", "Chi bộ đề nghị", "Cấp có thẩm quyền xếp loại");
    }

    @Test
    void theFirstGroupRowUnderAHeaderIsNoSubHeader() {
        HeaderDetector detector = new HeaderDetector(SynonymTable.defaults());
        TableRow header = new TableRow(
                8,
                new String[] {
                    "S.T.T", "Họ và tên Đảng viên", "Thẻ đảng viên số", "Ý kiến chi bộ", "Quyết định của cấp ủy", "GC"
                },
                new boolean[6]);
        TableRow group = new TableRow(9, new String[] {"I. CHI BỘ PHÒNG 1", "", "", "", "", ""}, new boolean[6]);
        TableRow data =
                new TableRow(10, new String[] {"1", "Ngô Hồng Vân", "05444542", "HTXSNV", "HTXSNV", ""}, new boolean[] {
                    true, false, false, false, false, false
                });
        HeaderLayout layout = detector.detect(List.of(header, group, data)).orElseThrow();
        assertThat(layout.depth()).isEqualTo(1);
        assertThat(layout.columns())
                .extracting(binding -> binding.column() + "=" + binding.field())
                .containsExactly(
                        "0=seq", "1=full_name", "2=card_number", "3=proposed_level", "4=final_level", "5=note");
    }

    @Test
    void aMarkColumnNoLevelSpellingReadsIsTheLevelItsGroupMisses() {
        HeaderDetector detector = new HeaderDetector(SynonymTable.defaults());
        TableRow top = new TableRow(
                4,
                new String[] {"Số TT", "Tên đảng viên", "Mức chi bộ xếp loại", "", "", "", "Ghi chú"},
                new boolean[7]);
        TableRow sub = new TableRow(5, new String[] {"", "", "XS", "HTT", "HT", "KHT", ""}, new boolean[7]);
        TableRow data = new TableRow(6, new String[] {"1", "Lê Minh Hòa", "", "", "x", "", ""}, new boolean[] {
            true, false, false, false, false, false, false
        });
        HeaderLayout layout = detector.detect(List.of(top, sub, data)).orElseThrow();
        assertThat(layout.columns())
                .extracting(binding -> binding.column() + "=" + binding.field()
                        + binding.markLevel().map(level -> "/" + level).orElse(""))
                .containsExactly(
                        "0=seq",
                        "1=full_name",
                        "2=final_level/XS",
                        "3=final_level/HTT",
                        "4=final_level/HTNV",
                        "5=final_level/KHT",
                        "6=note");
        // two columns no spelling reads: which is which is not guessed
        TableRow twoUnread = new TableRow(5, new String[] {"", "", "XS", "HTT", "HT", "K", ""}, new boolean[7]);
        assertThat(detector.detect(List.of(top, twoUnread, data)).orElseThrow().columns())
                .extracting(binding -> binding.markLevel().orElse("-"))
                .doesNotContain("HTNV", "KHTNV");
    }

    @Test
    void readsMarkColumnsUnderATitleNoSynonymKnowsWithLevelsAbbreviatedAnyHow() {
        HeaderDetector detector = new HeaderDetector(SynonymTable.defaults());
        TableRow top = new TableRow(
                5,
                new String[] {"TT", "Họ và tên", "Tự xếp loại", "Kết quả xếp loại của chi bộ (ghi x)", "", "", ""},
                new boolean[7]);
        TableRow sub = new TableRow(
                6, new String[] {"", "", "", "H.T.X.S.N.V", "HT tốt", "H.T.N.V", "Không HT NV"}, new boolean[7]);
        TableRow data = new TableRow(7, new String[] {"1", "Nguyễn Văn An", "HTTNV", "", "x", "", ""}, new boolean[] {
            true, false, false, false, false, false, false
        });
        HeaderLayout layout = detector.detect(List.of(top, sub, data)).orElseThrow();
        assertThat(layout.depth()).isEqualTo(2);
        assertThat(layout.columns())
                .extracting(binding -> binding.column() + "=" + binding.field()
                        + binding.markLevel().map(level -> "/" + level).orElse(""))
                .containsExactly(
                        "0=seq",
                        "1=full_name",
                        "2=self_level",
                        "3=final_level/H.T.X.S.N.V",
                        "4=final_level/HT tốt",
                        "5=final_level/H.T.N.V",
                        "6=final_level/Không HT NV");
        // a header that reads as no level is no level's
        assertThat(SynonymTable.defaults().levelCountField(HeaderText.key("Ghi chú")))
                .isEmpty();
        assertThat(SynonymTable.defaults().levelCountField(HeaderText.key("Không HT NV")))
                .contains("count_khtnv");
    }
}
