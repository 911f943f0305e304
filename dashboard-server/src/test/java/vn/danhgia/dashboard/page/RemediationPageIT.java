package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.DashboardServer;
import vn.danhgia.dashboard.web.ServerSettings;

/** The Khắc phục page on the real server over the generated district: its counts equal core.shortcoming's. */
class RemediationPageIT {
    private static final Pattern CARDS = Pattern.compile("id=\"card-([a-z_]+)\" data-count=\"(\\d+)\"");
    private static final Pattern BADGES = Pattern.compile("<td><span class=\"badge st-([a-z_]+)\">");
    private static final Pattern SECTIONS = Pattern.compile("<section class=\"remediation-org\" id=\"org-([^\"]+)\">");

    @TempDir
    static Path folder;

    private static DashboardServer server;
    private static Path sqlCopy;
    private static UnitPagesClient viewer;
    private static UnitPagesClient analyst;

    @BeforeAll
    static void start() throws Exception {
        Path served = DashboardFixture.copyTo(folder.resolve("served"));
        sqlCopy = DashboardFixture.copyTo(folder.resolve("sql"));
        server = DashboardServer.start(ServerSettings.of(served, "127.0.0.1", 0));
        viewer = UnitPagesClient.login(server, "viewer", Role.VIEWER);
        analyst = UnitPagesClient.login(server, "analyst", Role.ANALYST);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** One register row of core.shortcoming. */
    private record Register(String key, Optional<Integer> reportedYear, String file, int row, String status) {}

    /** Latest status per shortcoming, worked out in Java from the raw register rows, for the named year (or all). */
    private static Map<String, Long> latestStatusCounts(Optional<Integer> year) throws Exception {
        List<List<String>> rows = UnitPagesClient.sql(
                sqlCopy,
                "select concat_ws('|', cast(year as varchar), coalesce(unit_code, ''), coalesce(person_key, ''),"
                        + " coalesce(category, ''), coalesce(description, '')), reported_year, coalesce(source_file, ''),"
                        + " coalesce(source_row, 0), coalesce(status, 'pending'), year from core.shortcoming");
        Map<String, Register> latest = new HashMap<>();
        Comparator<Register> order = Comparator.comparing(
                        (Register one) -> one.reportedYear().orElse(Integer.MIN_VALUE))
                .thenComparing(Register::file, Comparator.reverseOrder())
                .thenComparing(Register::row, Comparator.reverseOrder());
        for (List<String> row : rows) {
            if (year.isPresent() && !row.get(5).equals(String.valueOf(year.get()))) {
                continue;
            }
            Register register = new Register(
                    row.get(0),
                    Optional.ofNullable(row.get(1)).map(Integer::valueOf),
                    row.get(2),
                    Integer.parseInt(row.get(3)),
                    row.get(4));
            latest.merge(register.key(), register, (one, other) -> order.compare(one, other) >= 0 ? one : other);
        }
        return new TreeMap<>(
                latest.values().stream().collect(Collectors.groupingBy(Register::status, Collectors.counting())));
    }

    private static Map<String, Long> cards(String html) {
        Map<String, Long> cards = new TreeMap<>();
        var matcher = CARDS.matcher(html);
        while (matcher.find()) {
            long count = Long.parseLong(matcher.group(2));
            if (count > 0) {
                cards.put(matcher.group(1), count);
            }
        }
        return cards;
    }

    @Test
    void cardsCountTheLatestStatusOfEveryShortcomingAsTheRegistersSay() throws Exception {
        HttpResponse<String> page = viewer.get("/khac-phuc");

        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, Long> expected = latestStatusCounts(Optional.empty());
        assertThat(expected).isNotEmpty();
        assertThat(cards(page.body())).isEqualTo(expected);
        assertThat(UnitPagesClient.all(BADGES, page.body())).hasSize((int)
                expected.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aYearKeepsTheShortcomingsThatYearsReviewNamed() throws Exception {
        HttpResponse<String> page = viewer.get("/khac-phuc?year=2023");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(cards(page.body())).isEqualTo(latestStatusCounts(Optional.of(2023)));
    }

    @Test
    void statusFilterShowsOnlyThatStatusAndRecurringOrganizationsComeFirst() throws Exception {
        HttpResponse<String> all = viewer.get("/khac-phuc");
        List<String> organizations = UnitPagesClient.all(SECTIONS, all.body());
        HttpResponse<String> recurring = viewer.get("/khac-phuc?status=recurred");

        long recurred = latestStatusCounts(Optional.empty()).getOrDefault("recurred", 0L);
        assertThat(recurred).isPositive();
        List<String> badges = UnitPagesClient.all(BADGES, recurring.body());
        assertThat(badges).hasSize((int) recurred).containsOnly("recurred");
        // the organizations with recurring shortcomings open the unfiltered page, in the same order
        List<String> withRecurring = UnitPagesClient.all(SECTIONS, recurring.body());
        assertThat(organizations.subList(0, withRecurring.size())).isEqualTo(withRecurring);
    }

    @Test
    void vietnameseHeadingsStatusesAndCategories() throws Exception {
        String body = viewer.get("/khac-phuc").body();

        assertThat(body)
                .contains("<h1>Theo dõi khắc phục hạn chế, khuyết điểm</h1>")
                .contains("Tái diễn")
                .contains("Chưa khắc phục")
                .contains("Khắc phục một phần")
                .contains("Đã khắc phục")
                .contains("Tình trạng mới nhất")
                .contains("Theo dõi qua các năm");
        List<String> categories =
                UnitPagesClient.sql(
                                sqlCopy, "select distinct category from core.shortcoming where category is not null")
                        .stream()
                        .map(row -> row.get(0))
                        .toList();
        Map<String, String> names = Map.of(
                "political_ideology", "Chính trị tư tưởng",
                "ethics_lifestyle", "Đạo đức, lối sống",
                "organizational_discipline", "Ý thức tổ chức kỷ luật",
                "task_results", "Kết quả thực hiện nhiệm vụ",
                "setting_example", "Trách nhiệm nêu gương",
                "unit_results", "Kết quả của đơn vị");
        assertThat(categories).isNotEmpty();
        for (String category : categories) {
            assertThat(body).contains("<td>" + names.get(category) + "</td>");
        }
    }

    @Test
    void viewersSeeMemberCountsAndAnalystsSeePseudonyms() throws Exception {
        List<List<String>> persons = UnitPagesClient.sql(
                sqlCopy,
                "select person_key from core.shortcoming where person_key is not null order by person_key limit 1");
        assertThat(persons).hasSize(1);
        String key = persons.get(0).get(0);

        String seenByViewer = viewer.get("/khac-phuc").body();
        String seenByAnalyst = analyst.get("/khac-phuc").body();

        assertThat(seenByViewer).doesNotContain(key).contains(" đảng viên");
        assertThat(seenByAnalyst).contains("<code>" + key + "</code>");
    }

    @Test
    void badParametersAre400AndUnknownYearsOrOrganizationsAre404() throws Exception {
        assertThat(viewer.get("/khac-phuc?status=forgotten").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/khac-phuc?year=abc").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/khac-phuc?type=castle").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/khac-phuc?unit=X").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/khac-phuc?year=1990").statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = viewer.get("/khac-phuc?org=KHONG-CO");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("KHONG-CO");
    }
}
