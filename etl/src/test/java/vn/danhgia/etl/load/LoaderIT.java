package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.testing.Samples;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.read.ReadHints;

/** The DuckDB load end to end: real sample files, a real warehouse file, the real SQL pipeline. */
class LoaderIT {
    private static final PseudonymKey KEY = PseudonymKey.of(new byte[32]);
    private static final String LIST_2022 = "DS xep loai dang vien 2022 - DU xa Dong Lam.xlsx";

    @TempDir
    Path temp;

    private final Loader loader = new Loader(Clock.systemUTC(), RuleBook.defaults());

    private LoadReport load(Path warehouse, boolean strict, Path... paths) {
        return loader.load(
                new Loader.Request(List.of(paths), warehouse, ReadHints.none(), strict), KEY, LoadProgress.NONE);
    }

    @Test
    void loadsEverySampleWithTheCountsOfExpectedMd() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");

        LoadReport report = load(warehouse, false, Samples.directory());

        assertThat(report.files()).hasSize(9).allSatisfy(file -> assertThat(file.status())
                .isEqualTo(FileOutcome.Status.LOADED));
        assertThat(report.rowsRead()).isEqualTo(12 + 1 + 60 + 22 + 7 + 6 + 30 + 110 + 10);
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.exitCode()).isZero();
        assertThat(query(warehouse, """
                        select year || ' ' || status || ' ' || coalesce(final_level, '-') || ' ' || count(*)
                        from core.member_rating group by year, status, final_level order by 1"""))
                .containsExactly(
                        "2022 exempt - 5",
                        "2022 not_rated - 1",
                        "2022 rated HTNV 5",
                        "2022 rated HTTNV 40",
                        "2022 rated HTXSNV 8",
                        "2022 rated KHTNV 1",
                        "2023 rated HTNV 2",
                        "2023 rated HTTNV 16",
                        "2023 rated HTXSNV 4",
                        "2025 rated HTTNV 22",
                        "2025 rated HTXSNV 8");
        assertThat(query(warehouse, "select distinct org_code from core.member_rating where year = 2022"))
                .containsExactly("X01");
        assertThat(query(warehouse, "select distinct org_code from core.member_rating where year = 2023"))
                .containsExactly("C01");
        assertThat(query(warehouse, """
                        select score || ' ' || final_level from core.member_rating
                        where year = 2025 and source_row = 18""")).containsExactly("86.50 HTXSNV");
        assertThat(query(
                        warehouse,
                        "select from_unit_code || '>' || to_unit_code || ' ' || change_kind"
                                + " from core.unit_lineage order by 1"))
                .containsExactly(
                        "C01>C01 transfer",
                        "X01-01>X21-01 rename",
                        "X01>X21 merge",
                        "X02>X21 merge",
                        "X03>X31 merge",
                        "X21>X31 merge");
    }

    @Test
    void keepsNamesAndCardNumbersOutOfCoreTables() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        load(warehouse, false, Samples.directory());

        List<String> names = query(warehouse, "select full_name from restricted.person_identity");
        assertThat(names).contains("Hồ Đình Thắng", "Dương Thị Lan", "LÝ KIM HÀ");
        String coreText = String.join("\n", dump(warehouse, "core"));
        assertThat(coreText).doesNotContain("Hồ Đình Thắng").doesNotContain("01533429");
        assertThat(query(warehouse, "select count(distinct person_key) from core.member_rating"))
                .containsExactly("112");
    }

    @Test
    void loadingTheSameFilesTwiceLeavesEveryCoreTableIdentical() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        load(warehouse, false, Samples.directory());
        Map<String, String> first = checksums(warehouse);

        LoadReport again = load(warehouse, false, Samples.directory());

        assertThat(again.files()).allSatisfy(file -> assertThat(file.status()).isEqualTo(FileOutcome.Status.UNCHANGED));
        assertThat(checksums(warehouse)).isEqualTo(first);
        assertThat(first).containsKeys("core.member_rating", "core.dim_unit", "restricted.person_identity");
    }

    @Test
    void aNewerFileOfTheSameUnitAndYearSupersedesTheOlderOne() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        Path first = Files.createDirectories(temp.resolve("first"));
        Files.copy(Samples.file("2022", LIST_2022), first.resolve("ds 2022.xlsx"));
        load(warehouse, false, first);
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.copy(Samples.file("2022", LIST_2022), second.resolve("ds 2022 (sửa lại).xlsx"));
        // a different file with the same kind, year and unit: one more byte makes the content differ
        Files.write(second.resolve("ds 2022 (sửa lại).xlsx"), new byte[0], java.nio.file.StandardOpenOption.APPEND);

        load(warehouse, false, second);

        assertThat(query(warehouse, "select count(*) from core.member_rating")).containsExactly("60");
        assertThat(query(
                        warehouse,
                        "select status || ' ' || coalesce(superseded_by, '-') from meta.load_log"
                                + " where file = 'ds 2022.xlsx'"))
                .singleElement()
                .asString()
                .startsWith("superseded L")
                .endsWith(":ds 2022 (sửa lại).xlsx");
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheOthersStillLoad() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.copy(Samples.file("2022", LIST_2022), folder.resolve("good.xlsx"));
        byte[] xlsx = Files.readAllBytes(Samples.file("2022", LIST_2022));
        Files.write(folder.resolve("corrupt.xlsx"), java.util.Arrays.copyOf(xlsx, xlsx.length / 2));
        Files.write(folder.resolve("empty.csv"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(folder.resolve("binary.xls"), noise);
        Files.writeString(
                folder.resolve("html.xls"),
                "<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("unknown.csv"), "a,b,c\n1,2,3\n4,5,6\n", StandardCharsets.UTF_8);
        Path warehouse = temp.resolve("w.duckdb");

        LoadReport report = load(warehouse, false, folder);

        Map<String, FileOutcome> byFile = new LinkedHashMap<>();
        report.files().forEach(file -> byFile.put(file.file(), file));
        assertThat(byFile.get("good.xlsx").status()).isEqualTo(FileOutcome.Status.LOADED);
        for (String bad : List.of("corrupt.xlsx", "empty.csv", "binary.xls", "html.xls", "unknown.csv")) {
            FileOutcome outcome = byFile.get(bad);
            assertThat(outcome.status()).as(bad).isEqualTo(FileOutcome.Status.FAILED);
            assertThat(outcome.message()).as(bad).hasValueSatisfying(message -> assertThat(message)
                    .contains(bad));
            assertThat(outcome.rowsLoaded()).isZero();
        }
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(query(warehouse, "select count(*) from core.member_rating")).containsExactly("60");
        assertThat(query(warehouse, "select count(*) from meta.load_log where status = 'failed'"))
                .containsExactly("5");
    }

    @Test
    void rejectsNameTheFileRowColumnAndValueInVietnamese() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("DS xep loai DV 2024 - Dang uy xa Bac Son.csv"), """
                STT,Họ và tên,Năm sinh,Số thẻ đảng viên,Chi bộ,Tự xếp loại,Chi bộ đề nghị,Đảng ủy quyết định
                1,Nguyễn Văn An,1970,01000001,Chi bộ thôn Một,HTTNV,HTTNV,HTTNV
                2,Trần Thị Bình,1980,01000002,Chi bộ thôn Một,HTTNV,HTTNV,Khá
                3,Lê Văn Cường,1875,01000003,Chi bộ thôn Một,HTNV,HTNV,HTNV
                4,Phạm Văn Dũng,1985,01000001,Chi bộ thôn Hai,HTTNV,HTTNV,HTTNV
                5,Hoàng Thị Én,1990,01000005,Chi bộ thôn Hai,HTXSNV,HTTNV,
                """, StandardCharsets.UTF_8);
        Path warehouse = temp.resolve("w.duckdb");

        LoadReport report = load(warehouse, false, folder);

        FileOutcome outcome = report.files().get(0);
        assertThat(outcome.status()).isEqualTo(FileOutcome.Status.LOADED_WITH_REJECTS);
        assertThat(outcome.rowsRead()).isEqualTo(5);
        assertThat(outcome.rowsRejected()).isEqualTo(4);
        assertThat(outcome.rowsLoaded()).isEqualTo(1);
        assertThat(query(
                        warehouse,
                        "select row || ' ' || column_name || ' ' || coalesce(value, '') || ' ' || reason_code"
                                + " from meta.rejects order by row, column_name"))
                .containsExactly(
                        "3 final_level Khá UNKNOWN_LEVEL",
                        "4 birth 1875 INVALID_YEAR",
                        "5 card_number 01000001 DUPLICATE_PERSON",
                        "6 final_level  MISSING_VALUE");
        assertThat(query(warehouse, "select file || ' | ' || message from meta.rejects where row = 3"))
                .containsExactly("DS xep loai DV 2024 - Dang uy xa Bac Son.csv | Cột \"Quyết định xếp loại\": mức"
                        + " xếp loại \"Khá\" không nhận ra. Ghi một trong: Hoàn thành xuất sắc nhiệm vụ (HTXSNV),"
                        + " Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ (HTNV), Không hoàn thành nhiệm vụ"
                        + " (KHTNV), hoặc Miễn đánh giá / Chưa xếp loại.");
    }

    @Test
    void strictFailsAFileWithRejectsAndKeepsTheRejectsListed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.copy(Samples.file("2022", LIST_2022), folder.resolve("good.xlsx"));
        Files.writeString(folder.resolve("DS xep loai DV 2024 - Dang uy xa Bac Son.csv"), """
                STT,Họ và tên,Năm sinh,Số thẻ đảng viên,Đảng ủy quyết định
                1,Nguyễn Văn An,1970,01000001,HTTNV
                2,Trần Thị Bình,1980,01000002,Khá
                """, StandardCharsets.UTF_8);
        Path warehouse = temp.resolve("w.duckdb");

        LoadReport report = load(warehouse, true, folder);

        FileOutcome strictFailure = report.files().stream()
                .filter(file -> file.file().endsWith(".csv"))
                .findFirst()
                .orElseThrow();
        assertThat(strictFailure.status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(strictFailure.rowsLoaded()).isZero();
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(query(warehouse, "select count(*) from core.member_rating where year = 2024"))
                .containsExactly("0");
        assertThat(query(warehouse, "select count(*) from core.member_rating where year = 2022"))
                .containsExactly("60");
        assertThat(query(warehouse, "select reason_code from meta.rejects")).containsExactly("UNKNOWN_LEVEL");
    }

    @Test
    void aNewVersionRejectedUnderStrictLeavesThePreviousVersionInPlace() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        Path first = Files.createDirectories(temp.resolve("first"));
        Files.writeString(first.resolve("DS xep loai DV 2024 - Dang uy xa Bac Son.csv"), """
                STT,Họ và tên,Năm sinh,Số thẻ đảng viên,Đảng ủy quyết định
                1,Nguyễn Văn An,1970,01000001,HTTNV
                2,Trần Thị Bình,1980,01000002,HTXSNV
                """, StandardCharsets.UTF_8);
        load(warehouse, true, first);
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(
                second.resolve("DS xep loai DV 2024 - Dang uy xa Bac Son (ban sua).csv"), """
                STT,Họ và tên,Năm sinh,Số thẻ đảng viên,Đảng ủy quyết định
                1,Nguyễn Văn An,1970,01000001,HTTNV
                2,Trần Thị Bình,1980,01000002,Khá
                """, StandardCharsets.UTF_8);

        LoadReport report = load(warehouse, true, second);

        assertThat(report.files().get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(query(warehouse, "select final_level from core.member_rating order by final_level"))
                .containsExactly("HTTNV", "HTXSNV");
        assertThat(query(warehouse, "select status from meta.load_log where file like '%Bac Son.csv'"))
                .containsExactly("loaded");
    }

    @Test
    void filesNamingNoUnitReplaceOnlyThemselves() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        for (int month = 1; month <= 2; month++) {
            Files.writeString(
                    folder.resolve("xuat du lieu danh gia thang " + month + " 2025.csv"),
                    String.format("""
                    Mã CB;Họ và tên;Chức vụ;Đơn vị;Kỳ đánh giá;Điểm tự chấm;Điểm lãnh đạo chấm;Xếp loại
                    CB1000;Khuất Đức Lợi;Chủ tịch UBND xã;UBND xã Đoài Sơn;%02d/2025;92,4;87,5;B
                    """, month),
                    StandardCharsets.UTF_8);
        }
        Path warehouse = temp.resolve("w.duckdb");

        load(warehouse, false, folder);

        assertThat(query(warehouse, "select month from core.monthly_score order by month"))
                .containsExactly("1", "2");
    }

    @Test
    void identicalBytesFromTwoUnitsNamedOnlyInTheFileNameBothLoad() throws Exception {
        // two units whose summaries happen to hold the same counts: same content, different units
        Path folder = Files.createDirectories(temp.resolve("summaries"));
        for (String unit : List.of("DU Ban Chi huy Quan su huyen Dong Lam", "DU Benh vien Da khoa huyen Dong Lam")) {
            Files.writeString(
                    folder.resolve("Bieu tong hop xep loai DV 2019 - " + unit + ".csv"), """
                    Tên chi bộ,Tổng số đảng viên,"Số ĐV được đánh giá, xếp loại",Miễn đánh giá,Chưa đánh giá,Số HTXSNV,Tỷ lệ HTXSNV,Số HTTNV,Tỷ lệ HTTNV,Số HTNV,Tỷ lệ HTNV,Số KHTNV,Tỷ lệ KHTNV
                    Toàn Đảng bộ,49,49,0,0,6,12.24,39,79.59,3,6.12,1,2.04
                    """, StandardCharsets.UTF_8);
        }
        Path warehouse = temp.resolve("w.duckdb");

        LoadReport report = load(warehouse, false, folder);

        assertThat(report.files())
                .extracting(FileOutcome::status)
                .containsExactly(FileOutcome.Status.LOADED, FileOutcome.Status.LOADED);
        assertThat(query(warehouse, "select count(*) from raw.summary_report")).containsExactly("2");
    }

    @Test
    void aWarehouseRefusesALoadWithAnotherPseudonymKey() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        load(warehouse, false, Samples.file("2024", "so theo doi ky luat 2024.csv"));
        byte[] other = new byte[32];
        other[0] = 1;

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> loader.load(
                new Loader.Request(
                        List.of(Samples.file("2024", "so theo doi ky luat 2024.csv")),
                        warehouse,
                        ReadHints.none(),
                        false),
                PseudonymKey.of(other),
                LoadProgress.NONE));

        assertThat(refused).hasMessageContaining("khóa bí danh hóa khác");
    }

    static List<String> query(Path warehouse, String sql) throws SQLException {
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Every row of every table of a schema, as text, in a stable order. */
    static List<String> dump(Path warehouse, String schema) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String table : query(
                warehouse,
                "select table_name from information_schema.tables where table_schema = '" + schema
                        + "' order by table_name")) {
            lines.addAll(query(
                    warehouse,
                    "select cast(t as string) from (select * from " + schema + "." + table + ") as t order by 1"));
        }
        return lines;
    }

    static Map<String, String> checksums(Path warehouse) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String schema : List.of("core", "restricted")) {
            for (String table : query(
                    warehouse,
                    "select table_name from information_schema.tables" + " where table_schema = '" + schema
                            + "' order by table_name")) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String row : query(
                        warehouse, "select cast(t as string) from " + schema + "." + table + " as t order by 1")) {
                    digest.update(row.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                sums.put(schema + "." + table, HexFormat.of().formatHex(digest.digest()));
            }
        }
        return sums;
    }
}
