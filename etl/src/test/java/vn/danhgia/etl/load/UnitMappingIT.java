package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.KEY;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;
import static vn.danhgia.etl.load.DisciplineStagingIT.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.etl.read.ReadHints;

/**
 * An analyst decides on the dashboard that a unit the registry does not know is a registered one; the
 * decision sits in the dashboard's database beside the warehouse, and the next load resolves the name
 * to the registered unit (its cells too), with no provisional unit left.
 */
class UnitMappingIT {
    /** The dashboard's own migration, so the table here is the one the dashboard writes. */
    private static final Path MIGRATION =
            Path.of("../dashboard-server/src/main/resources/db/appdb/V2__unit_mappings.sql");

    private static final String HEADER =
            "TT,Họ tên,Năm sinh,Số thẻ ĐV,Chi bộ,Chức vụ,Tự xếp loại,Chi bộ đề nghị,Đảng ủy quyết định,Ghi chú\n";

    @TempDir
    Path folder;

    @Test
    void aMappedProvisionalUnitResolvesToTheRegisteredUnitOnTheNextLoad() throws Exception {
        Path files = folder.resolve("files");
        write(files.resolve("units/danh muc to chuc dang.csv"), """
                Mã đơn vị,Tên tổ chức đảng,Loại hình,Cấp,Trực thuộc,Hiệu lực từ,Hiệu lực đến,Sáp nhập / chuyển thành
                H01,Đảng bộ huyện Đông Lâm,cấp ủy cấp trên,huyện,,01/01/2015,,
                H01-X01,Đảng bộ xã Nam Xá,xã,cơ sở,H01,01/01/2015,,
                H01-X01-01,Chi bộ thôn Cẩm,thôn,chi bộ,H01-X01,01/01/2015,,
                """);
        // the commune's old name, which the registry does not know
        write(files.resolve("2025/DS xep loai dang vien 2025 - DU xa Nam Son.csv"), HEADER + """
                1,Nguyễn Văn An,1970,01000001,Chi bộ thôn Cẩm,Đảng viên,HTTNV,HTTNV,HTTNV,
                2,Trần Thị Bình,1980,01000002,Chi bộ thôn Cẩm,Đảng viên,HTNV,HTNV,HTNV,
                """);
        Path warehouse = folder.resolve("warehouse/danhgia.duckdb");

        load(files, warehouse);
        List<String> provisional = rows(
                warehouse, "select unit_code, unit_name from core.dim_unit where is_provisional and tier <> 'cell'");
        assertThat(provisional).hasSize(1);
        String provisionalCode = provisional.get(0).split(" \\| ")[0];
        assertThat(provisionalCode).startsWith("P-");
        assertThat(rows(warehouse, "select distinct org_code from core.member_rating"))
                .containsExactly(provisionalCode);

        Path applicationDatabase = folder.resolve("warehouse/danhgia.app.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + applicationDatabase)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(Files.readString(MIGRATION));
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into unit_mappings values (?, ?, 'H01-X01', 'analyst', '2025-12-20T08:00:00Z', '')")) {
                insert.setString(1, provisionalCode);
                insert.setString(2, provisional.get(0).split(" \\| ")[1]);
                insert.executeUpdate();
            }
        }

        load(files, warehouse);
        assertThat(rows(warehouse, "select org_code, cell_code, count(*) from core.member_rating group by all"))
                .containsExactly("H01-X01 | H01-X01-01 | 2");
        assertThat(rows(warehouse, "select count(*) from core.dim_unit where is_provisional"))
                .containsExactly("0");
        assertThat(rows(warehouse, "select unit_code from core.unit_alias where origin = 'mapping'"))
                .containsExactly("H01-X01");
    }

    private static void load(Path files, Path warehouse) {
        new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(new Loader.Request(List.of(files), warehouse, ReadHints.none(), false), KEY, LoadProgress.NONE);
    }
}
