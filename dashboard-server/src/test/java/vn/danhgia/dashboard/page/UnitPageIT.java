package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.text.VietnameseText;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.DashboardServer;
import vn.danhgia.dashboard.web.ServerSettings;

/** The Đơn vị pages on the real server over the generated district: numbers equal SQL on the same data. */
class UnitPageIT {
    private static final Pattern UNIT_LINKS = Pattern.compile("<td><a href=\"/don-vi/([^\"?]+)\">");
    private static final Pattern MEMBER_CELLS =
            Pattern.compile("data-year=\"(\\d{4})\">.*?data-members=\"(\\d+)\"", Pattern.DOTALL);

    @TempDir
    static Path folder;

    private static DashboardServer server;
    private static Path sqlCopy;
    private static UnitPagesClient viewer;
    /** A commune formed by a merger in 2024 (to_unit_code of a merge effective in 2024), and what it came from. */
    private static String merged;

    private static List<String> predecessors;

    @BeforeAll
    static void start() throws Exception {
        Path served = DashboardFixture.copyTo(folder.resolve("served"));
        sqlCopy = DashboardFixture.copyTo(folder.resolve("sql"));
        server = DashboardServer.start(ServerSettings.of(served, "127.0.0.1", 0));
        viewer = UnitPagesClient.login(server, "viewer", Role.VIEWER);
        List<List<String>> merges = UnitPagesClient.sql(
                sqlCopy,
                "select lineage.to_unit_code, lineage.from_unit_code from core.unit_lineage as lineage"
                        + " where lineage.change_kind = 'merge' and year(lineage.effective_date) = 2024"
                        + " and lineage.to_unit_code in (select unit_code from core.dim_unit where tier = 'grassroots')"
                        + " order by lineage.to_unit_code, lineage.from_unit_code");
        assertThat(merges).as("the fixture has a merger in 2024").isNotEmpty();
        merged = merges.get(0).get(0);
        predecessors = merges.stream()
                .filter(row -> row.get(0).equals(merged))
                .map(row -> row.get(1))
                .toList();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchFoldsDiacriticsAndListsExactlyTheMatchingOrganizations() throws Exception {
        List<List<String>> units = UnitPagesClient.sql(
                sqlCopy,
                "select unit_code, arg_max(unit_name, valid_from) from core.dim_unit where tier = 'grassroots'"
                        + " group by unit_code order by unit_code");
        String name = units.stream()
                .map(row -> row.get(1))
                .filter(one -> !VietnameseText.fold(one).equals(one.toLowerCase()))
                .findFirst()
                .orElseThrow();
        String words = name.substring(name.indexOf(' ', name.indexOf(' ') + 1) + 1); // drop "Đảng bộ xã"
        String search = VietnameseText.fold(words);
        List<String> expected = units.stream()
                .filter(row -> VietnameseText.fold(row.get(1)).contains(search)
                        || VietnameseText.fold(row.get(0)).contains(search))
                .map(row -> row.get(0))
                .sorted()
                .toList();

        HttpResponse<String> page = viewer.get("/don-vi?q=" + UnitPagesClient.encode(search));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Đơn vị</h1>").contains(name);
        assertThat(UnitPagesClient.all(UNIT_LINKS, page.body()).stream()
                        .sorted()
                        .toList())
                .isNotEmpty()
                .isEqualTo(expected);
    }

    @Test
    void listWithoutSearchShowsEveryGrassrootsOrganizationAndTheTypeFilterKeepsOneType() throws Exception {
        long count = Long.parseLong(UnitPagesClient.sql(
                        sqlCopy, "select count(distinct unit_code) from core.dim_unit where tier = 'grassroots'")
                .get(0)
                .get(0));
        assertThat(UnitPagesClient.all(UNIT_LINKS, viewer.get("/don-vi").body()))
                .hasSize((int) count);

        List<String> communes = UnitPagesClient.sql(
                        sqlCopy,
                        "select unit_code from core.dim_unit where tier = 'grassroots' group by unit_code"
                                + " having arg_max(unit_type, valid_from) = 'commune' order by unit_code")
                .stream()
                .map(row -> row.get(0))
                .toList();
        HttpResponse<String> page = viewer.get("/don-vi?type=commune");
        assertThat(UnitPagesClient.all(UNIT_LINKS, page.body()).stream()
                        .sorted()
                        .toList())
                .isEqualTo(communes);
    }

    @Test
    void mergedCommuneShowsItsMembersPerYearAsSqlCountsThemAndItsLineage() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (List<String> row : UnitPagesClient.sql(
                sqlCopy,
                "select year, count(*) from core.member_rating where org_code = ? group by year order by year",
                merged)) {
            expected.put(row.get(0), row.get(1));
        }

        HttpResponse<String> page = viewer.get("/don-vi/" + merged);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(members(page.body())).isNotEmpty().isEqualTo(expected);
        assertThat(page.body())
                .contains("Xếp loại qua các năm")
                .contains("Quá trình hình thành, thay đổi")
                .contains("Chi bộ, đơn vị trực thuộc")
                .contains("Hạn chế, khuyết điểm và việc khắc phục")
                .contains("Thời gian kiểm điểm và gửi báo cáo")
                .contains("Hình thành từ")
                .contains("Sáp nhập");
        for (String predecessor : predecessors) {
            assertThat(page.body()).contains("<a href=\"/don-vi/" + predecessor + "\">");
        }
        // every bar of the member chart opens that year's findings of the unit
        for (String year : expected.keySet()) {
            assertThat(page.body()).contains("/canh-bao?unit=" + merged + "&amp;year=" + year);
        }
    }

    @Test
    void predecessorShowsWhatItBecame() throws Exception {
        HttpResponse<String> page = viewer.get("/don-vi/" + predecessors.get(0));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Trở thành").contains("<a href=\"/don-vi/" + merged + "\">");
    }

    @Test
    void asIsViewCountsThePredecessorsMembersUnderTodaysUnit() throws Exception {
        List<List<String>> current = UnitPagesClient.sql(
                sqlCopy,
                "select mapping.current_unit_code from core.unit_mapping as mapping"
                        + " where mapping.as_of = (select max(as_of) from core.unit_mapping)"
                        + " and mapping.unit_code = ? and mapping.weight = 1",
                merged);
        assertThat(current).hasSize(1);
        String today = current.get(0).get(0);
        Map<String, String> expected = new TreeMap<>();
        for (List<String> row : UnitPagesClient.sql(
                sqlCopy,
                "select members.year, count(*) from core.member_rating as members"
                        + " inner join core.unit_mapping as mapping on mapping.unit_code = members.org_code"
                        + " and mapping.as_of = (select max(as_of) from core.unit_mapping)"
                        + " where mapping.current_unit_code = ? and mapping.weight = 1"
                        + " group by members.year order by members.year",
                today)) {
            expected.put(row.get(0), row.get(1));
        }
        long splits = Long.parseLong(UnitPagesClient.sql(
                        sqlCopy,
                        "select count(*) from core.unit_mapping where current_unit_code = ? and weight < 1"
                                + " and as_of = (select max(as_of) from core.unit_mapping)",
                        today)
                .get(0)
                .get(0));

        HttpResponse<String> page = viewer.get("/don-vi/" + today + "?view=as_is");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Quy về đơn vị hiện nay");
        if (splits == 0) {
            assertThat(members(page.body())).isEqualTo(expected);
        }
        assertThat(members(page.body())).containsKey("2021");
    }

    @Test
    void chartDownloadsArePngAndSvg() throws Exception {
        HttpResponse<byte[]> png = viewer.bytes("/bieu-do-don-vi/" + merged + "/member-levels.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(png.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        HttpResponse<String> svg = viewer.get("/bieu-do-don-vi/" + merged + "/member-levels.svg?year=2024");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
        assertThat(svg.body()).contains("<svg").contains("Xếp loại đảng viên của đơn vị qua các năm");

        assertThat(viewer.get("/bieu-do-don-vi/" + merged + "/other.png").statusCode())
                .isEqualTo(404);
        assertThat(viewer.get("/bieu-do-don-vi/KHONG-CO/member-levels.svg").statusCode())
                .isEqualTo(404);
    }

    @Test
    void unknownCodeIsA404NamingTheCode() throws Exception {
        HttpResponse<String> page = viewer.get("/don-vi/KHONG-CO-123");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không có đơn vị mã \"KHONG-CO-123\" trong kho dữ liệu");
    }

    @Test
    void badParametersAre400AndAnUnloadedYearIs404() throws Exception {
        assertThat(viewer.get("/don-vi/" + merged + "?year=abc").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/don-vi/" + merged + "?view=sideways").statusCode())
                .isEqualTo(400);
        assertThat(viewer.get("/don-vi/" + merged + "?colour=red").body()).contains("Tham số không hợp lệ: \"colour\"");
        assertThat(viewer.get("/don-vi/" + merged + "?colour=red").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/don-vi?type=castle").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/don-vi?page=2").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/don-vi/" + merged + "?year=1990").statusCode()).isEqualTo(404);
    }

    @Test
    void chosenYearKeepsThatYearsFindingsAndMarksItsRow() throws Exception {
        long findings = Long.parseLong(UnitPagesClient.sql(
                        sqlCopy,
                        "select count(*) from mart.findings where year = 2024 and (unit_code = ?"
                                + " or unit_code in (select unit_code from core.dim_unit where parent_code = ?))",
                        merged,
                        merged)
                .get(0)
                .get(0));

        HttpResponse<String> page = viewer.get("/don-vi/" + merged + "?year=2024");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"chosen\" data-year=\"2024\"");
        assertThat(page.body()).contains("Cảnh báo năm 2024");
        assertThat(page.body().split("<a href=\"/canh-bao/", -1).length - 1).isEqualTo((int) Math.min(findings, 50));
    }

    @Test
    void signedOutReaderIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> page = UnitPagesClient.anonymous(server).get("/don-vi/" + merged);

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/dang-nhap?next="));
    }

    /** Year → member count from the ratings table's data attributes. */
    private static Map<String, String> members(String html) {
        Map<String, String> found = new LinkedHashMap<>();
        String table = html.substring(
                html.indexOf("<table class=\"unit-ratings\">"),
                html.indexOf("</table>", html.indexOf("<table class=\"unit-ratings\">")));
        var matcher = MEMBER_CELLS.matcher(table);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return new TreeMap<>(found);
    }
}
