package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.load;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;
import static vn.danhgia.etl.load.DisciplineStagingIT.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city's registry has a "xã Nam Xá" in two districts, and each district's files sit in its own
 * folder: the folder, named by the district's code or name, says which commune a file means. Without
 * such a folder the name stays ambiguous (rejected, never guessed), and files of the same name in two
 * folders never replace each other.
 */
class UnitScopeIT {
    private static final String HEADER =
            "TT,Họ tên,Năm sinh,Số thẻ ĐV,Chi bộ,Chức vụ,Tự xếp loại,Chi bộ đề nghị," + "Đảng ủy quyết định,Ghi chú\n";
    private static final String FILE_NAME = "DS xep loai dang vien 2025 - DU xa Nam Xa.csv";
    private static final String BRIGADE_FILE_NAME =
            "DS xep loai dang vien 2025 - DU Doi Canh sat PCCC khu vuc Song Loc.csv";
    private static final String NEW_FILE_NAME = "DS xep loai dang vien 2025 - DU xa Phu Hung.csv";

    @TempDir
    Path folder;

    @Test
    void aFolderNamingADistrictTellsApartTwoCommunesOfTheSameName() throws Exception {
        write(folder.resolve("units/danh muc to chuc dang - H01.csv"), """
                Mã đơn vị,Tên tổ chức đảng,Loại hình,Cấp,Trực thuộc,Hiệu lực từ,Hiệu lực đến,Sáp nhập / chuyển thành
                TU,Đảng bộ thành phố,cấp ủy cấp trên,thành phố,,01/01/2015,,
                H01,Đảng bộ huyện Đông Lâm,cấp ủy cấp trên,huyện,TU,01/01/2015,,
                H01-X01,Đảng bộ xã Nam Xá,xã,cơ sở,H01,01/01/2015,,
                H01-X01-01,Chi bộ thôn Cẩm,thôn,chi bộ,H01-X01,01/01/2015,,
                H01-X02,Đảng bộ xã Đông Hòa,xã,cơ sở,H01,01/01/2015,30/06/2025,H01-X09
                H01-X02-01,Chi bộ thôn Đoài,thôn,chi bộ,H01-X02,01/01/2015,30/06/2025,H01-X09-01
                H01-X09,Đảng bộ xã Phú Hưng,xã,cơ sở,TU,01/07/2025,,
                H01-X09-01,Chi bộ thôn Đoài,thôn,chi bộ,H01-X09,01/07/2025,,
                H01-C51,Đảng bộ Đội Cảnh sát PCCC khu vực Song Lộc,lực lượng vũ trang,cơ sở,TU,01/01/2015,,
                H01-C51-01,Chi bộ Đội 1,chi bộ,chi bộ,H01-C51,01/01/2015,,
                """);
        write(folder.resolve("units/danh muc to chuc dang - H02.csv"), """
                Mã đơn vị,Tên tổ chức đảng,Loại hình,Cấp,Trực thuộc,Hiệu lực từ,Hiệu lực đến,Sáp nhập / chuyển thành
                H02,Đảng bộ huyện Sông Đà,cấp ủy cấp trên,huyện,TU,01/01/2015,,
                H02-X05,Đảng bộ xã Nam Xá,xã,cơ sở,H02,01/01/2015,,
                H02-X05-01,Chi bộ thôn Cẩm,thôn,chi bộ,H02-X05,01/01/2015,,
                H02-X06,Đảng bộ xã Bắc Hòa,xã,cơ sở,H02,01/01/2015,30/06/2025,H02-X09
                H02-X06-01,Chi bộ thôn Đoài,thôn,chi bộ,H02-X06,01/01/2015,30/06/2025,H02-X09-01
                H02-X09,Đảng bộ xã Phú Hưng,xã,cơ sở,TU,01/07/2025,,
                H02-X09-01,Chi bộ thôn Đoài,thôn,chi bộ,H02-X09,01/07/2025,,
                H02-C51,Đảng bộ Đội Cảnh sát PCCC khu vực Song Lộc,lực lượng vũ trang,cơ sở,TU,01/01/2015,,
                H02-C51-01,Chi bộ Đội 1,chi bộ,chi bộ,H02-C51,01/01/2015,,
                """);
        // by the district's code, by the district's name, and with no district at all
        write(folder.resolve("2025/H01/" + FILE_NAME), HEADER + """
                1,Nguyễn Văn An,1970,01000001,Chi bộ thôn Cẩm,Đảng viên,HTTNV,HTTNV,HTTNV,
                2,Trần Thị Bình,1980,01000002,Chi bộ thôn Cẩm,Đảng viên,HTNV,HTNV,HTNV,
                """);
        write(folder.resolve("2025/huyện Sông Đà/" + FILE_NAME), HEADER + """
                1,Lê Văn Cường,1975,02000001,Chi bộ thôn Cẩm,Đảng viên,HTTNV,HTTNV,HTTNV,
                2,Phạm Thị Dung,1985,02000002,Chi bộ thôn Cẩm,Đảng viên,HTTNV,HTTNV,HTXSNV,
                3,Hoàng Văn Em,1990,02000003,Chi bộ thôn Cẩm,Đảng viên,HTNV,HTNV,HTNV,
                """);
        // two communes formed on 1/7/2025 directly under the city, one from each district's communes: the
        // district's folder still says which (through the communes they were formed from)
        write(folder.resolve("2025/H01/" + NEW_FILE_NAME), HEADER + """
                1,Đinh Văn Hải,1972,01000003,Chi bộ thôn Đoài,Đảng viên,HTTNV,HTTNV,HTTNV,
                """);
        // a brigade of the same name in both districts' registries, directly under the city: the registry
        // file that lists it says whose territory it is in
        write(folder.resolve("2025/huyện Sông Đà/" + BRIGADE_FILE_NAME), HEADER + """
                1,Bùi Văn Khánh,1988,02000004,Chi bộ Đội 1,Đảng viên,HTTNV,HTTNV,HTTNV,
                """);
        write(folder.resolve("2025/" + FILE_NAME), HEADER + """
                1,Vũ Văn Giang,1966,03000001,Chi bộ thôn Cẩm,Đảng viên,HTTNV,HTTNV,HTTNV,
                """);

        Path warehouse = load(folder);

        assertThat(rows(warehouse, """
                        select source_file, org_code, cell_code, count(*)
                        from core.member_rating group by all order by all"""))
                .containsExactly(
                        "2025/H01/" + FILE_NAME + " | H01-X01 | H01-X01-01 | 2",
                        "2025/H01/" + NEW_FILE_NAME + " | H01-X09 | H01-X09-01 | 1",
                        "2025/huyện Sông Đà/" + BRIGADE_FILE_NAME + " | H02-C51 | H02-C51-01 | 1",
                        "2025/huyện Sông Đà/" + FILE_NAME + " | H02-X05 | H02-X05-01 | 3");
        assertThat(rows(warehouse, """
                        select file, row, value, reason_code from meta.rejects order by all""")).containsExactly("2025/" + FILE_NAME + " | 2 | DU xa Nam Xa | AMBIGUOUS_UNIT");
        // three files of the same kind, year and unit name, in three folders: none replaced another; the
        // log names no unit for a name that fits two (its rows were resolved by the folder, or rejected)
        assertThat(rows(warehouse, "select file, status, coalesce(unit_code, '-') from meta.load_log order by file"))
                .containsExactly(
                        "2025/" + FILE_NAME + " | loaded_with_rejects | -",
                        "2025/H01/" + FILE_NAME + " | loaded | -",
                        "2025/H01/" + NEW_FILE_NAME + " | loaded | -",
                        "2025/huyện Sông Đà/" + BRIGADE_FILE_NAME + " | loaded | -",
                        "2025/huyện Sông Đà/" + FILE_NAME + " | loaded | -",
                        "units/danh muc to chuc dang - H01.csv | loaded | -",
                        "units/danh muc to chuc dang - H02.csv | loaded | -");
        assertThat(rows(warehouse, "select count(*) from core.dim_unit where is_provisional"))
                .containsExactly("0");
    }
}
