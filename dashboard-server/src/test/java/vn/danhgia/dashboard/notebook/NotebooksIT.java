package vn.danhgia.dashboard.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.Templates;
import vn.danhgia.dashboard.web.TestServer;
import vn.danhgia.dashboard.web.Texts;
import vn.danhgia.dashboard.web.WebClient;

/**
 * The notebooks of notebooks/ stay true: each one validates against Jupyter's own schema (Debian's
 * python3-nbformat), runs against the generated test district with no failing cell, a row in every cell
 * that expects one and a chart wherever one is asked for; bin/danhgia notebook run writes the page and
 * exits as documented; the dashboard shows them to analysts and admins only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksIT {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path NOTEBOOKS = ROOT.resolve("notebooks");
    private static final Path BIN = ROOT.resolve("bin").resolve("danhgia");
    private static final Path PAGES = Path.of("target", "notebooks").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIMULATED_MARK = "DỮ LIỆU MÔ PHỎNG.";

    @TempDir
    static Path folder;

    private TestServer server;
    private Path warehouse;

    @BeforeAll
    void start() throws IOException {
        server = TestServer.start(folder.resolve("server"));
        warehouse = server.warehouse();
        Files.createDirectories(PAGES);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(NOTEBOOKS)) {
            return listed.filter(file -> file.getFileName().toString().endsWith(".ipynb"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theIndexListsEveryNotebookOfTheFolderAndTheFiveQuestionsAreThere() throws IOException {
        List<String> names = files().stream()
                .map(file -> NotebookLibrary.nameOf(file.getFileName().toString()))
                .toList();

        assertThat(NotebookLibrary.index())
                .as("notebooks/index.yaml lists exactly the notebooks of the folder")
                .containsExactlyInAnyOrderElementsOf(names);
        assertThat(names)
                .containsExactly(
                        "01-tong-quan-theo-nam",
                        "02-lam-phat-xuat-sac",
                        "03-han-che-tai-dien",
                        "04-thang-va-nam",
                        "05-de-xuat-khen-thuong");
    }

    @Test
    void everyNotebookValidatesAgainstJupytersSchema() throws Exception {
        String python = pythonWithNbformat();
        for (Path file : files()) {
            Run run = run(List.of(
                    python,
                    "-c",
                    "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))",
                    file.toString()));

            assertThat(run.exitCode())
                    .as("nbformat.validate(%s):%n%s%s", file.getFileName(), run.stdout(), run.stderr())
                    .isZero();
        }
    }

    @Test
    void everyNotebookIsASqlNotebookWithTextQueriesAndCharts() throws IOException {
        for (Path file : files()) {
            JsonNode root = JSON.readTree(file.toFile());
            String name = file.getFileName().toString();

            assertThat(root.path("nbformat").asInt()).as(name).isEqualTo(4);
            assertThat(root.path("metadata").path("kernelspec").path("language").asText())
                    .as(name)
                    .isEqualTo("sql");
            assertThat(root.path("metadata").path("language_info").path("name").asText())
                    .as(name)
                    .isEqualTo("sql");
            Notebook notebook = Notebook.parse(NotebookLibrary.nameOf(name), name, Files.readString(file));
            assertThat(notebook.sqlCells()).as(name).hasSizeGreaterThanOrEqualTo(5);
            assertThat(notebook.cells().stream().filter(cell -> !cell.isSql()))
                    .as(name + ": Markdown explains the queries")
                    .hasSizeGreaterThan(notebook.sqlCells().size());
            assertThat(notebook.sqlCells().stream().filter(cell -> cell.chart().isPresent()))
                    .as(name + ": at least one chart")
                    .isNotEmpty();
            assertThat(notebook.title()).as(name).isNotBlank().isNotEqualTo(notebook.name());
            assertThat(notebook.summary()).as(name).isNotBlank();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsOnTheTestDistrict() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files()) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> runsOnTheTestDistrict(file)));
        }
        return tests.stream();
    }

    private void runsOnTheTestDistrict(Path file) throws IOException {
        String name = NotebookLibrary.nameOf(file.getFileName().toString());
        Notebook notebook = Notebook.parse(name, file.toString(), Files.readString(file));
        Sandbox sandbox = Sandbox.forWarehouse(warehouse, NotebookLibrary.LIMITS, Messages.VIETNAMESE);

        NotebookRun run = new NotebookRunner(sandbox, Texts.VIETNAMESE, Clock.systemDefaultZone()).run(notebook);

        assertThat(run.failures())
                .as(
                        "failing cells of %s: %s",
                        name,
                        run.failures().stream()
                                .map(failure -> "cell " + failure.cell().number() + ": "
                                        + failure.error().orElse(""))
                                .toList())
                .isEmpty();
        assertThat(run.simulated()).as("the test district is simulated").isTrue();
        int charts = 0;
        for (CellOutcome outcome : run.outcomes()) {
            NotebookCell cell = outcome.cell();
            if (!cell.isSql()) {
                continue;
            }
            assertThat(outcome.result())
                    .as("%s cell %d has a result", name, cell.number())
                    .isPresent();
            if (cell.expectRows()) {
                assertThat(outcome.result().get().rows())
                        .as("%s cell %d returns rows on the test district", name, cell.number())
                        .isNotEmpty();
            }
            if (cell.chart().isPresent()) {
                charts++;
                assertThat(outcome.chart())
                        .as("%s cell %d draws its chart", name, cell.number())
                        .hasValueSatisfying(spec -> assertThat(spec.isEmpty()).isFalse());
            }
        }
        NotebookView view = NotebookView.of(run, Texts.VIETNAMESE);
        String html = new NotebookHtml(new Templates()).file(view, Texts.VIETNAMESE);
        Files.writeString(PAGES.resolve(name + ".html"), html);

        assertThat(count(html, "<svg"))
                .as("%s: one SVG per chart asked for", name)
                .isEqualTo(charts);
        assertThat(html)
                .contains("<h1>" + notebook.title() + "</h1>")
                .contains(SIMULATED_MARK)
                .contains("<style>")
                .doesNotContain("<link")
                .doesNotContain("<script")
                .doesNotContain(" src=");
        assertThat(count(html, "class=\"nb-result\""))
                .as("%s: a table for every cell with rows", name)
                .isEqualTo((int) run.outcomes().stream()
                        .filter(outcome -> outcome.result()
                                .map(result -> !result.rows().isEmpty())
                                .orElse(false))
                        .count());
    }

    @Test
    void rawHtmlIsEscapedAndAFailingCellIsShownWithoutStoppingTheRun() throws IOException {
        Notebook notebook = Notebook.parse("thu", "thu.ipynb", failingNotebook());
        Sandbox sandbox = Sandbox.forWarehouse(warehouse, NotebookLibrary.LIMITS, Messages.VIETNAMESE);

        NotebookRun run = new NotebookRunner(sandbox, Texts.VIETNAMESE, Clock.systemDefaultZone()).run(notebook);
        String html = new NotebookHtml(new Templates()).file(NotebookView.of(run, Texts.VIETNAMESE), Texts.VIETNAMESE);

        assertThat(run.failures())
                .extracting(failure -> failure.cell().number())
                .containsExactly(2);
        assertThat(run.outcomes().get(2).result())
                .hasValueSatisfying(result -> assertThat(result.rows()).hasSize(1));
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script")
                .doesNotContain("href=\"javascript:")
                .doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<strong>đậm</strong>")
                .contains(">Hà Nội</td>")
                .contains("Có 1 ô truy vấn bị lỗi")
                .contains("<td class=\"num\">2025</td>");
    }

    @Test
    void binDanhgiaWritesOneSelfContainedPageAndExitsZero() throws Exception {
        Path out = folder.resolve("trang").resolve("tong-quan.html");

        Run run = bin(
                "notebook",
                "run",
                NOTEBOOKS.resolve("01-tong-quan-theo-nam.ipynb").toString(),
                "--warehouse",
                warehouse.toString(),
                "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("Đã ghi " + out);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<h1>Toàn huyện qua các năm</h1>")
                .contains(SIMULATED_MARK)
                .contains("<svg")
                .doesNotContain("<link")
                .doesNotContain(" src=");
    }

    @Test
    void binDanhgiaExitsTwoOnAMissingFileOrSomethingThatIsNotANotebook() throws Exception {
        Path notJson = folder.resolve("hong.ipynb");
        Files.writeString(notJson, "{ \"cells\": [");
        Path oldFormat = folder.resolve("cu.ipynb");
        Files.writeString(oldFormat, "{\"nbformat\": 3, \"worksheets\": []}");

        Run missing = bin(
                "notebook",
                "run",
                "khong-co.ipynb",
                "--out",
                folder.resolve("x.html").toString());
        Run broken = bin(
                "notebook",
                "run",
                notJson.toString(),
                "--out",
                folder.resolve("y.html").toString());
        Run old = bin(
                "notebook",
                "run",
                oldFormat.toString(),
                "--out",
                folder.resolve("z.html").toString());
        Run noOut = bin(
                "notebook",
                "run",
                NOTEBOOKS.resolve("01-tong-quan-theo-nam.ipynb").toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("Không có tệp sổ phân tích khong-co.ipynb");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.stderr()).contains("Tệp " + notJson + " không phải JSON hợp lệ");
        assertThat(old.exitCode()).isEqualTo(2);
        assertThat(old.stderr()).contains("không phải sổ Jupyter định dạng 4: nbformat là 3");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.stderr()).contains("--out");
        assertThat(folder.resolve("x.html")).doesNotExist();
    }

    @Test
    void binDanhgiaNamesAFailingCellExitsOneAndStillWritesThePage() throws Exception {
        Path notebook = folder.resolve("loi.ipynb");
        Files.writeString(notebook, failingNotebook());
        Path out = folder.resolve("loi.html");

        Run run = bin(
                "notebook", "run", notebook.toString(), "--warehouse", warehouse.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("Ô 2 lỗi:").contains("1 ô truy vấn bị lỗi; trang vẫn được ghi ra " + out);
        assertThat(Files.readString(out)).contains("class=\"nb-query failed\"").contains(">Hà Nội</td>");
    }

    @Test
    void analystsAndAdminsSeeTheNotebooksAndViewersAreRefused() throws IOException {
        WebClient analyst = server.loggedIn(Role.ANALYST);
        WebClient admin = server.loggedIn(Role.ADMIN);
        WebClient viewer = server.loggedIn(Role.VIEWER);

        WebClient.Response list = analyst.get("/so-phan-tich");
        assertThat(list.status()).isEqualTo(200);
        for (Path file : files()) {
            String name = NotebookLibrary.nameOf(file.getFileName().toString());
            Notebook notebook = Notebook.parse(name, name, Files.readString(file));
            assertThat(list.body())
                    .contains("href=\"/so-phan-tich/" + name + "\"")
                    .contains(notebook.title());

            WebClient.Response page = analyst.get("/so-phan-tich/" + name);
            assertThat(page.status()).as(name).isEqualTo(200);
            assertThat(page.body())
                    .contains("<h1>" + notebook.title() + "</h1>")
                    .contains("<svg")
                    .doesNotContain("notebook-failures");
            assertThat(admin.get("/so-phan-tich/" + name).status()).as(name).isEqualTo(200);
            assertThat(viewer.get("/so-phan-tich/" + name).status()).as(name).isEqualTo(403);
        }
        assertThat(admin.get("/so-phan-tich").status()).isEqualTo(200);
        assertThat(viewer.get("/so-phan-tich").status()).isEqualTo(403);
        assertThat(viewer.get("/tong-quan").body()).doesNotContain("/so-phan-tich");
        assertThat(analyst.get("/tong-quan").body()).contains("href=\"/so-phan-tich\"");
        assertThat(analyst.get("/so-phan-tich/khong-co").status()).isEqualTo(404);
        assertThat(server.anonymous().get("/so-phan-tich").toLogin()).isTrue();
    }

    /** A notebook with raw HTML and a javascript: link in its text, a refused query and a good one. */
    private static String failingNotebook() throws IOException {
        var root = JSON.createObjectNode();
        root.put("nbformat", 4);
        root.put("nbformat_minor", 5);
        root.putObject("metadata").putObject("kernelspec").put("name", "duckdb").put("language", "sql");
        var cells = root.putArray("cells");
        cells.addObject()
                .put("cell_type", "markdown")
                .put("id", "a")
                .put(
                        "source",
                        "# Thử\n\n<script>alert(1)</script>\n\nChữ **đậm**, [liên kết](javascript:alert(1)) và <img src=x onerror=alert(1)>")
                .putObject("metadata");
        cells.addObject()
                .put("cell_type", "code")
                .put("id", "b")
                .put("source", "select * from restricted.person_identity")
                .putObject("metadata");
        var good = cells.addObject().put("cell_type", "code").put("id", "c");
        good.putArray("source").add("select 2025 as year,\n").add("    'Hà Nội' as place");
        good.putObject("metadata");
        good.putArray("outputs");
        return JSON.writeValueAsString(root);
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            found++;
        }
        return found;
    }

    /** A python3 that has nbformat: the one on the PATH, else Debian's. */
    private static String pythonWithNbformat() throws Exception {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            Optional<Run> run = tryRun(List.of(python, "-c", "import nbformat"));
            if (run.isPresent() && run.get().exitCode() == 0) {
                return python;
            }
        }
        return fail("python3-nbformat is missing: the notebooks are validated with Jupyter's own schema."
                + " Install it (apt-get install python3-nbformat; .ci/run does) and run again.");
    }

    private static Optional<Run> tryRun(List<String> command) throws InterruptedException {
        try {
            return Optional.of(run(command));
        } catch (IOException e) {
            return Optional.empty(); // no such program
        }
    }

    private static Run bin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(BIN.toString());
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().remove("DANHGIA_LANG");
        Path out = Files.createTempFile("notebook-out", ".txt");
        Path err = Files.createTempFile("notebook-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 3 minutes");
            }
            return new Run(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Run(int exitCode, String stdout, String stderr) {}
}
