package vn.danhgia.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.core.unit.Units.day;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class LineageDerivationTest {
    private static final String FILE = "danh muc.xlsx";
    private static final String SHEET = "Danh mục";

    /** Rows numbered from 2, as under a one-row header. */
    private static List<RegistryRow> rows(String[]... cells) {
        List<RegistryRow> rows = new ArrayList<>();
        for (String[] row : cells) {
            rows.add(new RegistryRow(
                    rows.size() + 2, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]));
        }
        return rows;
    }

    private static String[] district() {
        return new String[] {"HU", "Đảng bộ huyện", "cấp ủy cấp trên", "huyện", "", "01/01/2015", "", "", ""};
    }

    @Test
    void severalSuccessorsMakeASplit() {
        UnitRegistry registry = LineageDerivation.derive(
                FILE,
                SHEET,
                rows(
                        district(),
                        new String[] {
                            "A", "Đảng bộ xã A", "xã", "cơ sở", "HU", "01/01/2015", "31/12/2019", "B, C", "Chia tách"
                        },
                        new String[] {"B", "Đảng bộ xã B", "xã", "cơ sở", "HU", "1/1/2020", "", "", ""},
                        new String[] {"C", "Đảng bộ xã C", "xã", "cơ sở", "HU", "2020-01-01", "", "", ""}));

        assertThat(registry.lineage().changes())
                .containsExactly(
                        new LineageChange("A", "B", day(2020, 1, 1), ChangeKind.SPLIT),
                        new LineageChange("A", "C", day(2020, 1, 1), ChangeKind.SPLIT));
        assertThat(registry.lineage().asIsShares("A", day(2020, 1, 1)))
                .containsEntry("B", 0.5)
                .containsEntry("C", 0.5);
    }

    @Test
    void oneUnitIntoAnExistingUnitIsAMergeAndIntoANewCodeARename() {
        UnitRegistry registry = LineageDerivation.derive(
                FILE,
                SHEET,
                rows(
                        district(),
                        new String[] {
                            "A",
                            "Đảng bộ xã A",
                            "xã",
                            "cơ sở",
                            "HU",
                            "01/01/2015",
                            "31/12/2023",
                            "B",
                            "Sáp nhập vào xã B"
                        },
                        new String[] {"B", "Đảng bộ xã B", "xã", "cơ sở", "HU", "01/01/2015", "", "", ""},
                        new String[] {
                            "D", "Đảng bộ xã D", "xã", "cơ sở", "HU", "01/01/2015", "31/12/2023", "E", "Đổi tên"
                        },
                        new String[] {"E", "Đảng bộ xã E", "xã", "cơ sở", "HU", "01/01/2024", "", "", ""}));

        assertThat(registry.lineage().changes())
                .containsExactly(
                        new LineageChange("A", "B", day(2024, 1, 1), ChangeKind.MERGE),
                        new LineageChange("D", "E", day(2024, 1, 1), ChangeKind.RENAME));
    }

    @Test
    void transferIntoANewCellCodeContinuesTheUnitUnderThatCode() {
        UnitRegistry registry = LineageDerivation.derive(
                FILE,
                SHEET,
                rows(
                        district(),
                        new String[] {"B", "Đảng bộ xã B", "xã", "cơ sở", "HU", "01/01/2015", "", "", ""},
                        new String[] {
                            "S",
                            "Chi bộ Trường THCS S",
                            "sự nghiệp",
                            "cơ sở",
                            "HU",
                            "01/01/2015",
                            "30/06/2025",
                            "B-05",
                            "Chuyển về Đảng bộ xã B"
                        },
                        new String[] {
                            "B-05", "Chi bộ Trường THCS S", "sự nghiệp", "chi bộ", "B", "01/07/2025", "", "", ""
                        }));

        assertThat(registry.lineage().changes())
                .containsExactly(new LineageChange("S", "B-05", day(2025, 7, 1), ChangeKind.TRANSFER));
        assertThat(registry.versions("S")).hasSize(1);
        assertThat(registry.lineage().grassrootsAt("B-05", day(2025, 7, 1))).contains("B");
    }

    @Test
    void transferUnderAnOrganizationAddsAVersionAsItsCell() {
        UnitRegistry registry = LineageDerivation.derive(
                FILE,
                SHEET,
                rows(
                        district(),
                        new String[] {"B", "Đảng bộ xã B", "xã", "cơ sở", "HU", "01/01/2015", "", "", ""},
                        new String[] {
                            "S",
                            "Chi bộ Trường THCS S",
                            "sự nghiệp",
                            "cơ sở",
                            "HU",
                            "01/01/2015",
                            "30/06/2025",
                            "B",
                            "Chuyển về Đảng bộ xã B, thành chi bộ trực thuộc"
                        }));

        assertThat(registry.lineage().changes())
                .containsExactly(new LineageChange("S", "S", day(2025, 7, 1), ChangeKind.TRANSFER));
        assertThat(registry.versions("S"))
                .last()
                .isEqualTo(new Unit(
                        "S",
                        "Chi bộ Trường THCS S",
                        UnitType.PUBLIC_SERVICE,
                        UnitTier.CELL,
                        Optional.of("B"),
                        day(2025, 7, 1),
                        Optional.empty()));
    }

    @Test
    void nextVersionListedUnderTheSameCodeIsATransferWhenTheParentChanges() {
        UnitRegistry registry = LineageDerivation.derive(
                FILE,
                SHEET,
                rows(
                        new String[] {
                            "TU", "Đảng bộ thành phố", "cấp ủy cấp trên", "thành phố", "", "01/01/2015", "", "", ""
                        },
                        new String[] {
                            "HU",
                            "Đảng bộ huyện",
                            "cấp ủy cấp trên",
                            "huyện",
                            "TU",
                            "01/01/2015",
                            "30/06/2025",
                            "",
                            "Giải thể"
                        },
                        new String[] {"A", "Đảng bộ xã A", "xã", "cơ sở", "HU", "01/01/2015", "30/06/2025", "A", ""},
                        new String[] {
                            "A", "Đảng bộ xã A", "xã", "cơ sở", "TU", "01/07/2025", "", "", "Trực thuộc Thành ủy"
                        }));

        assertThat(registry.lineage().changes())
                .containsExactly(new LineageChange("A", "A", day(2025, 7, 1), ChangeKind.TRANSFER));
        assertThat(registry.lineage().parentAt("A", day(2025, 7, 1))).contains("TU");
    }

    @Test
    void rejectsAnInvalidDateNamingFileSheetRowAndColumn() {
        assertThatThrownBy(() -> LineageDerivation.derive(FILE, SHEET, rows(district(), new String[] {
                    "A", "Đảng bộ xã A", "xã", "cơ sở", "HU", "31/02/2015", "", "", ""
                })))
                .isInstanceOfSatisfying(DanhgiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATE);
                    assertThat(e.describe())
                            .isEqualTo("tệp \"danh muc.xlsx\", trang tính \"Danh mục\", dòng 3, cột \"Hiệu lực từ\","
                                    + " giá trị \"31/02/2015\": Ngày \"31/02/2015\" không hợp lệ. Hãy ghi ngày theo dạng"
                                    + " ngày/tháng/năm, ví dụ 01/07/2025.");
                });
    }

    @Test
    void rejectsAnUnknownTypeWithItsCell() {
        assertThatThrownBy(() -> LineageDerivation.derive(FILE, SHEET, rows(district(), new String[] {
                    "A", "Đảng bộ xã A", "hội quán", "cơ sở", "HU", "01/01/2015", "", "", ""
                })))
                .isInstanceOfSatisfying(DanhgiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_UNIT);
                    assertThat(e.describe())
                            .startsWith(
                                    "tệp \"danh muc.xlsx\", trang tính \"Danh mục\", dòng 3,"
                                            + " cột \"Loại hình\", giá trị \"hội quán\": Không nhận ra loại hình tổ chức đảng \"hội quán\".");
                });
    }

    @Test
    void rejectsASuccessorWithoutAnEndDate() {
        assertThatThrownBy(() -> LineageDerivation.derive(
                        FILE,
                        SHEET,
                        rows(
                                district(),
                                new String[] {"A", "Đảng bộ xã A", "xã", "cơ sở", "HU", "01/01/2015", "", "B", ""},
                                new String[] {"B", "Đảng bộ xã B", "xã", "cơ sở", "HU", "01/01/2024", "", "", ""})))
                .isInstanceOfSatisfying(DanhgiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MISSING_VALUE);
                    assertThat(e.describe())
                            .isEqualTo(
                                    "tệp \"danh muc.xlsx\", trang tính \"Danh mục\", dòng 3, cột \"Hiệu lực đến\","
                                            + " giá trị \"\": Đơn vị A được sáp nhập hoặc chuyển thành B nhưng chưa có ngày hết"
                                            + " hiệu lực. Hãy ghi ngày cuối cùng đơn vị A còn hoạt động vào cột \"Hiệu lực đến\".");
                });
    }

    @Test
    void rejectsAnUnknownSuccessorOrParent() {
        assertThatThrownBy(() -> LineageDerivation.derive(FILE, SHEET, rows(district(), new String[] {
                    "A", "Đảng bộ xã A", "xã", "cơ sở", "HU", "01/01/2015", "31/12/2023", "Z", ""
                })))
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_UNIT)
                .hasMessage(
                        "Đơn vị kế thừa \"Z\" của A không có trong danh mục. Hãy thêm một dòng cho đơn vị Z hoặc sửa mã.");
        assertThatThrownBy(() -> LineageDerivation.derive(FILE, SHEET, rows(new String[] {
                    "A", "Đảng bộ xã A", "xã", "cơ sở", "HX", "01/01/2015", "", "", ""
                })))
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_UNIT)
                .hasMessageStartingWith("Đơn vị A trực thuộc \"HX\"");
    }

    @Test
    void lineageErrorsNameTheFileAndSheet() {
        assertThatThrownBy(() -> LineageDerivation.derive(
                        FILE,
                        SHEET,
                        rows(
                                district(),
                                new String[] {
                                    "A", "Đảng bộ xã A", "xã", "cơ sở", "HU", "01/01/2015", "31/12/2023", "B", ""
                                },
                                new String[] {"B", "Đảng bộ xã B", "xã", "cơ sở", "HU", "01/02/2024", "", "", ""})))
                .isInstanceOfSatisfying(DanhgiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_LINEAGE);
                    assertThat(e.describe())
                            .startsWith("tệp \"danh muc.xlsx\", trang tính \"Danh mục\": Đơn vị A chuyển thành B"
                                    + " (đổi tên) từ ngày 01/01/2024");
                });
    }

    @Test
    void rejectsABlankRequiredCell() {
        assertThatThrownBy(() -> LineageDerivation.derive(FILE, SHEET, rows(new String[] {
                    "HU", "Đảng bộ huyện", "cấp ủy cấp trên", " ", "", "01/01/2015", "", "", ""
                })))
                .isInstanceOfSatisfying(DanhgiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MISSING_VALUE);
                    assertThat(e.describe())
                            .isEqualTo("tệp \"danh muc.xlsx\", trang tính \"Danh mục\", dòng 2,"
                                    + " cột \"Cấp\", giá trị \" \": Ô này không được để trống. Hãy điền giá trị.");
                });
    }
}
