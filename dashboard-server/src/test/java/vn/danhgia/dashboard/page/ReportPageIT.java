package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.TestServer;
import vn.danhgia.dashboard.web.WebClient;

/**
 * The report's downloads on the dashboard: the year-against-year page and a grassroots organization's page
 * link to them, a viewer gets the document with the report's media type, every download is audited, and a
 * bad request is the report's own message.
 */
class ReportPageIT {
    @TempDir
    static Path folder;

    private static TestServer server;
    private static WebClient viewer;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(folder);
        viewer = server.loggedIn(Role.VIEWER);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theComparePageLinksToBothFormatsOfItsYearsAndView() {
        String html = viewer.get("/so-sanh?year=2025&base=2024&view=as_was").body();

        assertThat(html)
                .containsPattern("href=\"/bao-cao\\.pdf\\?year=2025&(amp;)?compare=2024&(amp;)?mode=as_was\"")
                .containsPattern("href=\"/bao-cao\\.xlsx\\?year=2025&(amp;)?compare=2024&(amp;)?mode=as_was\"")
                .contains("Tải báo cáo PDF")
                .contains("Tải báo cáo XLSX");
    }

    @Test
    void aGrassrootsOrganizationsPageLinksToItsReport() {
        String html = viewer.get("/don-vi/X26?year=2025").body();

        assertThat(html).containsPattern("href=\"/bao-cao\\.pdf\\?year=2025&(amp;)?compare=2024&(amp;)?unit=X26&");
    }

    @Test
    void aViewerDownloadsThePdfAndTheDownloadIsAudited() {
        WebClient.Response response = viewer.get("/bao-cao.pdf?year=2025&compare=2024&mode=as_is");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.header("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"bao-cao-2025-2024.pdf\"");
        assertThat(response.body()).startsWith("%PDF");
        List<AuditEntry> exports = server.server()
                .dashboard()
                .audit()
                .list(AuditFilter.all().action(AuditAction.EXPORT).actor(Role.VIEWER.code()));
        assertThat(exports).anySatisfy(entry -> {
            assertThat(entry.object()).isEqualTo("/bao-cao.pdf");
            assertThat(entry.detail()).startsWith("/bao-cao.pdf?year=2025&compare=2024&mode=as_is; bytes=");
        });
    }

    @Test
    void anUnknownUnitIsTheReportsOwnMessage() {
        WebClient.Response response = viewer.get("/bao-cao.xlsx?year=2025&unit=KHONG-CO");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Không có tổ chức cơ sở đảng mã");
    }
}
