package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.core.unit.UnitNames;

/**
 * The unit and year a file's name or folder names, written the way units write them (abbreviations, no
 * diacritics, underscores, camel case), and resolved by core's keys to the names a generated district's
 * registry holds.
 */
class ProvenanceTest {
    /** Names as the registry of a generated district (seed 2025) writes them, and a commune's cell. */
    private static final List<String> REGISTRY = List.of(
            "Chi bộ Trường THCS Phùng Xá",
            "Đảng ủy Công ty cổ phần Môi trường Cẩm Vân",
            "Chi bộ thôn 3",
            "Đảng ủy xã Đông Lâm",
            "Chi bộ Công ty TNHH Cơ khí Thanh Vân",
            "Đảng ủy Trung tâm Y tế huyện Đông Lâm",
            "Chi bộ Trường Mầm non Hoa Sen",
            "Chi bộ Hợp tác xã Nông nghiệp Đông Khê",
            "Đảng bộ Ban Chỉ huy Quân sự huyện Đông Lâm",
            "Đảng bộ thị trấn Song Hòa");

    private static final SynonymTable SYNONYMS = SynonymTable.defaults();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "CB Truong THCS Phung Xa 2024.xlsx | CB Truong THCS Phung Xa | Chi bộ Trường THCS Phùng Xá | 2024",
                "DU_Cty_CP_Moi_truong_Cam_Van_2023.xlsx | DU Cty CP Moi truong Cam Van | Đảng ủy Công ty cổ phần Môi trường Cẩm Vân | 2023",
                "BC_xep_loai_DV_2023_chi_bo_thon_3.csv | chi bo thon 3 | Chi bộ thôn 3 | 2023",
                "DS xep loai 2022 - DU xa Dong Lam.xlsx | DU xa Dong Lam | Đảng ủy xã Đông Lâm | 2022",
                "XepLoaiDV2024ChiBoCongTyTNHHCoKhiThanhVan.xlsx | Chi Bo Cong Ty TNHH Co Khi Thanh Van | Chi bộ Công ty TNHH Cơ khí Thanh Vân | 2024",
                "tong hop 2025 - DU TT Y te huyen Dong Lam.xls | DU TT Y te huyen Dong Lam | Đảng ủy Trung tâm Y tế huyện Đông Lâm | 2025",
                "Danh.sach.DV.2021.CB.Truong.Mam.non.Hoa.Sen.xlsx | CB Truong Mam non Hoa Sen | Chi bộ Trường Mầm non Hoa Sen | 2021",
                "KQ XL 2024 - Chi bo HTX Nong nghiep Dong Khe.xlsx | Chi bo HTX Nong nghiep Dong Khe | Chi bộ Hợp tác xã Nông nghiệp Đông Khê | 2024",
                "Bieu XL dang vien CB Truong MN Hoa Sen nam 2021.xlsx | CB Truong MN Hoa Sen | Chi bộ Trường Mầm non Hoa Sen | 2021",
                "DS DV DU xa Dong Lam năm 2022.xlsx | DU xa Dong Lam | Đảng ủy xã Đông Lâm | 2022",
                "KQ 2023 - DU BCH Quan su huyen Dong Lam.xlsx | DU BCH Quan su huyen Dong Lam | Đảng bộ Ban Chỉ huy Quân sự huyện Đông Lâm | 2023",
                "XLDV 2024 - DU TT Song Hoa.xlsx | DU TT Song Hoa | Đảng bộ thị trấn Song Hòa | 2024",
                "xuat du lieu danh gia hang thang 2025.csv | - | - | 2025",
                "So theo doi khac phuc han che khuyet diem 2023-2024.xlsx | - | - | -",
            })
    void readsTheUnitAndYearOfAFileName(String fileName, String unit, String registered, Integer year) {
        Path file = Path.of("/data", fileName);
        Optional<String> read = Provenance.fileNameUnit(file, SYNONYMS);
        assertThat(read).isEqualTo(Optional.ofNullable(unit));
        assertThat(Provenance.fileNameYear(file)).isEqualTo(Optional.ofNullable(year));
        if (registered != null) {
            String key = UnitNames.matchKey(read.orElseThrow());
            assertThat(REGISTRY.stream().filter(name -> UnitNames.matchKey(name).equals(key)))
                    .containsExactly(registered);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "2024/CB Truong THCS Phung Xa/danh sach.xlsx | CB Truong THCS Phung Xa",
                "2024/Chi_bo_thon_3/ds.csv | Chi bo thon 3",
                "2024/nop muon/ds.csv | -",
            })
    void readsTheUnitOfAFolder(String relativePath, String unit) {
        assertThat(Provenance.folderUnit(relativePath, SYNONYMS)).isEqualTo(Optional.ofNullable(unit));
    }
}
