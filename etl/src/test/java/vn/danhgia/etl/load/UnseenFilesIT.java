package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.etl.read.FileReader;
import vn.danhgia.etl.read.FileUnderstanding;
import vn.danhgia.etl.read.FoundIn;
import vn.danhgia.etl.read.MappingProfile;
import vn.danhgia.etl.read.MappingProfiles;
import vn.danhgia.etl.read.ReadHints;

/**
 * Files written by hand the way units write them, with headers in wordings the synonym list does not
 * hold and units named only in the file name with the customary abbreviations (etl/src/test/resources/
 * unseen): the real load reads them with the counts written below by hand, {@code inspect}'s reading says
 * what bound each column, and a layout not understood loads once its columns are mapped and saved.
 */
class UnseenFilesIT {
    private static final PseudonymKey KEY = PseudonymKey.of(new byte[32]);
    private static final String UNKNOWN = "2025/khong ro mau 2025 - DU xa Dong Lam.csv";

    @TempDir
    Path folder;

    @TempDir
    Path profilesFolder;

    private Path files;

    @BeforeEach
    void copyTheFiles() throws IOException, URISyntaxException {
        Path source = Path.of(UnseenFilesIT.class.getResource("/unseen").toURI());
        files = folder.resolve("unseen");
        try (Stream<Path> paths = Files.walk(source)) {
            paths.forEach(path -> {
                try {
                    Path target = files.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private Path load(MappingProfiles profiles) {
        Path warehouse = folder.resolve("warehouse/danhgia.duckdb");
        new Loader(Clock.systemUTC(), RuleBook.defaults(), profiles)
                .load(new Loader.Request(List.of(files), warehouse, ReadHints.none(), false), KEY, LoadProgress.NONE);
        return warehouse;
    }

    @Test
    void loadsFilesWhoseHeadersAndUnitsAreWrittenInOtherWords() throws Exception {
        Path warehouse = load(MappingProfiles.in(profilesFolder));

        assertThat(rows(warehouse, "select file, status, rows_read from meta.load_log order by file"))
                .containsExactly(
                        "2022/tong hop danh gia.csv | loaded | 3",
                        "2023/DU_Cty_CP_Moi_truong_Cam_Van_2023.csv | loaded | 2",
                        "2024/CB Truong THCS Phung Xa 2024.csv | loaded | 5",
                        "2024/xep loai TCCS 2024.csv | loaded | 3",
                        UNKNOWN + " | failed | 0",
                        "BC_xep_loai_DV_2023_chi_bo_thon_3.csv | loaded | 4",
                        "units/danh muc to chuc dang huyen Dong Lam.csv | loaded | 10");
        assertThat(rows(warehouse, """
                        select source_file, year, org_code, coalesce(cell_code, '-'), final_level, count(*)
                        from core.member_rating group by all order by all"""))
                .containsExactly(
                        "2022/tong hop danh gia.csv | 2022 | H01-X02 | - | HTTNV | 2",
                        "2022/tong hop danh gia.csv | 2022 | H01-X02 | - | HTXSNV | 1",
                        "2024/CB Truong THCS Phung Xa 2024.csv | 2024 | H01-S01 | - | HTNV | 2",
                        "2024/CB Truong THCS Phung Xa 2024.csv | 2024 | H01-S01 | - | HTTNV | 2",
                        "2024/CB Truong THCS Phung Xa 2024.csv | 2024 | H01-S01 | - | HTXSNV | 1",
                        "BC_xep_loai_DV_2023_chi_bo_thon_3.csv | 2023 | H01-X01 | H01-X01-03 | HTNV | 1",
                        "BC_xep_loai_DV_2023_chi_bo_thon_3.csv | 2023 | H01-X01 | H01-X01-03 | HTTNV | 1",
                        "BC_xep_loai_DV_2023_chi_bo_thon_3.csv | 2023 | H01-X01 | H01-X01-03 | HTXSNV | 1",
                        "BC_xep_loai_DV_2023_chi_bo_thon_3.csv | 2023 | H01-X01 | H01-X01-03 | KHTNV | 1");
        assertThat(rows(warehouse, """
                        select year, unit_code, self_level, proposed_level, final_level
                        from core.org_rating order by all"""))
                .containsExactly(
                        "2024 | H01-D01 | HTTNV | HTTNV | HTTNV",
                        "2024 | H01-S01 | HTXSNV | HTXSNV | HTTNV",
                        "2024 | H01-X01 | HTTNV | HTTNV | HTTNV");
        assertThat(rows(warehouse, """
                        select year, unit_code, total_members, rated, exempt, count_htxsnv, count_httnv, count_htnv,
                               count_khtnv
                        from core.summary_report order by all"""))
                .containsExactly(
                        "2023 | H01-D01-01 | 20 | 18 | 2 | 3 | 13 | 2 | 0",
                        "2023 | H01-D01-02 | 10 | 10 | 0 | 2 | 8 | 0 | 0");
        assertThat(rows(warehouse, "select count(*) from meta.rejects")).containsExactly("0");
        assertThat(rows(warehouse, "select count(*) from core.dim_unit where is_provisional"))
                .containsExactly("0");
    }

    @Test
    void inspectSaysWhatBoundEachColumnAndWhereTheYearAndUnitWereFound() {
        FileReader reader = new FileReader(MappingProfiles.none());
        Map<String, String> understood = new LinkedHashMap<>();
        for (String file : List.of(
                "2022/tong hop danh gia.csv",
                "2023/DU_Cty_CP_Moi_truong_Cam_Van_2023.csv",
                "2024/CB Truong THCS Phung Xa 2024.csv",
                "2024/xep loai TCCS 2024.csv",
                "BC_xep_loai_DV_2023_chi_bo_thon_3.csv")) {
            FileReader.Inspection inspection = reader.inspect(files.resolve(file), files, ReadHints.none(), 2);
            FileUnderstanding understanding = inspection.understanding();
            assertThat(inspection.rows()).hasSize(2);
            understood.put(
                    file,
                    understanding.kind().code() + " " + understanding.year().orElseThrow() + "@"
                            + understanding.yearFoundIn().map(FoundIn::name).orElse("-") + " "
                            + understanding.unit().orElse("-") + "@"
                            + understanding.unitFoundIn().map(FoundIn::name).orElse("-") + " "
                            + understanding.sheets().get(0).columns().stream()
                                    .map(column -> column.field() + ":" + column.boundBy())
                                    .toList());
        }
        assertThat(understood)
                .containsExactly(
                        Map.entry(
                                "2022/tong hop danh gia.csv",
                                "member_rating 2022@TITLE ĐẢNG ỦY XÃ PHÚ HƯNG@TITLE [seq:synonym, full_name:meaning,"
                                        + " self_level:meaning, proposed_level:meaning, final_level:meaning]"),
                        Map.entry(
                                "2023/DU_Cty_CP_Moi_truong_Cam_Van_2023.csv",
                                "summary_report 2023@FILE_NAME DU Cty CP Moi truong Cam Van@FILE_NAME [unit_name:meaning,"
                                        + " total_members:meaning, rated:meaning, exempt:meaning, count_htxsnv:synonym,"
                                        + " count_httnv:synonym, count_htnv:synonym, count_khtnv:synonym]"),
                        Map.entry(
                                "2024/CB Truong THCS Phung Xa 2024.csv",
                                "member_rating 2024@FILE_NAME CB Truong THCS Phung Xa@FILE_NAME [seq:synonym,"
                                        + " full_name:meaning, birth:synonym, self_level:meaning, proposed_level:meaning,"
                                        + " final_level:meaning]"),
                        Map.entry(
                                "2024/xep loai TCCS 2024.csv",
                                "org_rating 2024@FILE_NAME -@- [seq:synonym, unit_name:meaning, unit_type:meaning,"
                                        + " self_level:meaning, proposed_level:meaning, final_level:meaning]"),
                        Map.entry(
                                "BC_xep_loai_DV_2023_chi_bo_thon_3.csv",
                                "member_rating 2023@FILE_NAME chi bo thon 3@FILE_NAME [seq:meaning, full_name:meaning,"
                                        + " birth:meaning, self_level:meaning, proposed_level:meaning, final_level:meaning,"
                                        + " note:meaning]"));
    }

    @Test
    void aLayoutNotUnderstoodLoadsOnceItsColumnsAreMappedAndSaved() throws Exception {
        MappingProfiles profiles = MappingProfiles.in(profilesFolder);
        Path unknown = files.resolve(UNKNOWN);
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("Người được đánh giá", "full_name");
        mapping.put("D", "final_level");
        MappingProfile profile = new FileReader(profiles).profile(unknown, files, "dong-lam", mapping);
        assertThat(profile.kind().code()).isEqualTo("member_rating");
        assertThat(profile.columns())
                .containsExactly(Map.entry("Người được đánh giá", "full_name"), Map.entry("Kết luận", "final_level"));
        Path saved = profiles.save(profile);
        assertThat(saved).isEqualTo(profilesFolder.resolve("dong-lam.yaml"));
        assertThat(Files.readString(saved)).isEqualTo("""
                        name: "dong-lam"
                        kind: "member_rating"
                        header:
                        - "Số TT"
                        - "Người được đánh giá"
                        - "Nhận xét của tập thể"
                        - "Kết luận"
                        columns:
                          Người được đánh giá: "full_name"
                          Kết luận: "final_level"
                        """);

        MappingProfiles reread = MappingProfiles.in(profilesFolder);
        FileReader.Inspection inspection = new FileReader(reread).inspect(unknown, files, ReadHints.none(), 5);
        assertThat(inspection.understanding().profile()).hasValue("dong-lam");
        assertThat(inspection.understanding().sheets().get(0).columns())
                .extracting(column -> column.field() + ":" + column.boundBy())
                .containsExactly("seq:synonym", "full_name:profile", "final_level:profile");

        Path warehouse = load(reread);
        assertThat(rows(warehouse, "select status, rows_read from meta.load_log where file = '" + UNKNOWN + "'"))
                .containsExactly("loaded | 3");
        assertThat(rows(warehouse, """
                        select year, org_code, final_level, count(*) from core.member_rating
                        where source_file = '%s' group by all order by all""".formatted(UNKNOWN)))
                .containsExactly("2025 | H01-X01 | HTNV | 1", "2025 | H01-X01 | HTTNV | 2");
    }
}
