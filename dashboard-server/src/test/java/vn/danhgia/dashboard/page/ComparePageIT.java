package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.DashboardServer;
import vn.danhgia.dashboard.web.ServerSettings;

/** So sánh năm on the generated district (2021–2025), checked against SQL on the same warehouse. */
class ComparePageIT {
    private static final char[] PASSWORD = "mat-khau-rat-dai-de-thu".toCharArray();
    private static final Pattern ORGANIZATION_ROW =
            Pattern.compile("<tr data-org=\"([^\"]+)\">.*?data-delta=\"([^\"]*)\"", Pattern.DOTALL);

    @TempDir
    static Path folder;

    private static DashboardServer server;
    private static PageClient viewer;

    @BeforeAll
    static void start() throws Exception {
        server = DashboardServer.start(ServerSettings.of(DashboardFixture.copyTo(folder), "127.0.0.1", 0));
        server.dashboard().accounts().add("viewer", Role.VIEWER, PASSWORD);
        viewer = PageClient.login(server.port(), "viewer", new String(PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void excellentShareDeltasEqualMartYoyDeltaInBothViews() throws Exception {
        for (String view : List.of("as_was", "as_is")) {
            String html = page("/so-sanh?year=2024&base=2023&view=" + view);
            Map<String, BigDecimal> shown = deltas(html);
            Map<String, BigDecimal> expected = sql(
                    "select unit_code, delta_excellent_share from mart.yoy_delta"
                            + " where view = ? and year = 2024 and previous_year = 2023 order by unit_code",
                    view);
            assertThat(expected).isNotEmpty();
            assertThat(shown.keySet()).containsAll(expected.keySet());
            expected.forEach((unit, delta) ->
                    assertThat(shown.get(unit)).as("%s %s", view, unit).isEqualByComparingTo(delta));
        }
    }

    @Test
    void districtTotalsEqualLevelDistributionAndAgreeBetweenViews() throws Exception {
        Map<String, BigDecimal> asWas = totals(page("/so-sanh?year=2025&base=2024&view=as_was"));
        Map<String, BigDecimal> asIs = totals(page("/so-sanh?year=2025&base=2024&view=as_is"));
        Map<String, BigDecimal> rated =
                sql("select cast(year as varchar), sum(count_rated) from mart.level_distribution"
                        + " where year in (2024, 2025) group by year");
        Map<String, BigDecimal> excellent =
                sql("select cast(year as varchar), sum(count_htxsnv) from mart.level_distribution"
                        + " where year in (2024, 2025) group by year");
        assertThat(asWas.get("from-rated")).isEqualByComparingTo(rated.get("2024"));
        assertThat(asWas.get("to-rated")).isEqualByComparingTo(rated.get("2025"));
        assertThat(asWas.get("from-excellent")).isEqualByComparingTo(excellent.get("2024"));
        assertThat(asWas.get("to-excellent")).isEqualByComparingTo(excellent.get("2025"));
        asWas.forEach((name, value) -> assertThat(asIs.get(name)).as(name).isEqualByComparingTo(value));
    }

    @Test
    void unitTypeRowsEqualLevelDistributionByTypeAsWas() throws Exception {
        String html = page("/so-sanh?year=2025&base=2024&view=as_was&type=commune");
        Map<String, BigDecimal> rated = sql(
                "select cast(year as varchar), count_rated from mart.level_distribution_by_type"
                        + " where unit_type = ? and year in (2024, 2025)",
                "commune");
        Matcher group = Pattern.compile("<tbody class=\"group\" id=\"type-commune\">(.*?)</tbody>", Pattern.DOTALL)
                .matcher(html);
        assertThat(group.find()).isTrue();
        List<String> cells = Pattern.compile("<td class=\"num\">([^<]*)</td>")
                .matcher(group.group(1))
                .results()
                .map(match -> match.group(1))
                .toList();
        // each year's row starts with members rated, written the Vietnamese way (1.234)
        assertThat(cells.get(0)).isEqualTo(vietnamese(rated.get("2024")));
        assertThat(cells.get(9)).isEqualTo(vietnamese(rated.get("2025")));
        assertThat(html).contains("Theo loại hình: năm 2025 so với năm 2024", "Xã");
    }

    @Test
    void organizationsComeLargestRiseFirstWithMergerNotes() throws Exception {
        String html = page("/so-sanh?year=2024&base=2023&view=as_was");
        List<BigDecimal> deltas = deltas(html).values().stream().toList();
        List<BigDecimal> known = deltas.stream().filter(value -> value != null).toList();
        for (int index = 1; index < known.size(); index++) {
            assertThat(known.get(index)).isLessThanOrEqualTo(known.get(index - 1));
        }
        assertThat(html)
                .contains("Đơn vị như khi đó", "Quy về đơn vị hiện nay")
                .containsPattern("Sáp nhập ngày 01/01/2024 vào [^<]+")
                .containsPattern("Ngày 01/01/2024 nhận sáp nhập: [^<]+");
        String restated = page("/so-sanh?year=2024&base=2023&view=as_is");
        assertThat(restated).containsPattern("Gồm: [^<]+, [^<]+");
    }

    @Test
    void defaultsAreTheLatestYearAgainstTheYearBeforeAsIs() throws Exception {
        String html = page("/so-sanh");
        assertThat(html).contains("So sánh năm 2025 với năm 2024", "id=\"chart-excellent-share\"");
        assertThat(html).contains("<option value=\"as_is\" selected>");
    }

    @Test
    void aBaseYearAfterTheYearIsABadRequest() throws Exception {
        HttpResponse<String> answer = viewer.get("/so-sanh?year=2023&base=2024");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Năm gốc 2024 phải trước năm so sánh 2023");
        assertThat(viewer.get("/so-sanh?year=2024&base=2024").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/so-sanh?view=sideways").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/so-sanh?colour=red").statusCode()).isEqualTo(400);
    }

    @Test
    void aYearWithoutDataIsNotFound() throws Exception {
        HttpResponse<String> answer = viewer.get("/so-sanh?year=2030");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Chưa có dữ liệu năm 2030");
        assertThat(viewer.get("/so-sanh?year=2022&base=2015").statusCode()).isEqualTo(404);
    }

    @Test
    void theChartDownloadsAsPngAndSvg() throws Exception {
        HttpResponse<byte[]> png =
                viewer.getBytes("/bieu-do-so-sanh/excellent-share.png?year=2025&base=2024&view=as_is");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        HttpResponse<String> svg = viewer.get("/bieu-do-so-sanh/excellent-share.svg?year=2025&base=2024&view=as_was");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).contains("<svg", "Tỷ lệ đảng viên HTXSNV theo loại hình");
        assertThat(viewer.get("/bieu-do-so-sanh/other.png").statusCode()).isEqualTo(404);
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> answer = viewer.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static Map<String, BigDecimal> deltas(String html) {
        Map<String, BigDecimal> deltas = new LinkedHashMap<>();
        Matcher row = ORGANIZATION_ROW.matcher(html);
        while (row.find()) {
            deltas.put(row.group(1), row.group(2).isEmpty() ? null : new BigDecimal(row.group(2)));
        }
        return deltas;
    }

    private static Map<String, BigDecimal> totals(String html) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Pattern.compile("data-total=\"([^\"]+)\" data-value=\"([^\"]+)\"")
                .matcher(html)
                .results()
                .forEach(match -> totals.put(match.group(1), new BigDecimal(match.group(2))));
        assertThat(totals).containsOnlyKeys("from-rated", "from-excellent", "to-rated", "to-excellent");
        return totals;
    }

    private static String vietnamese(BigDecimal count) {
        return String.format(java.util.Locale.ROOT, "%,d", count.longValueExact())
                .replace(',', '.');
    }

    /** Two columns of a query on the server's own warehouse: key, value. */
    private static Map<String, BigDecimal> sql(String text, String... parameters) {
        return server.dashboard().warehouse().read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(text)) {
                for (int index = 0; index < parameters.length; index++) {
                    statement.setString(index + 1, parameters[index]);
                }
                Map<String, BigDecimal> rows = new LinkedHashMap<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.put(result.getString(1), result.getBigDecimal(2));
                    }
                }
                return rows;
            }
        });
    }
}
