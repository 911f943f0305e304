package vn.danhgia.etl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.testing.Samples;

class FileCollectorTest {
    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void listsSpreadsheetsAndTextFilesRecursivelyInPathOrder() throws IOException {
        touch("2023/b.xlsx");
        touch("2022/z.CSV");
        touch("2022/a.xls");
        touch("2022/ghi chu.txt");
        touch("2022/~$a.xlsx");
        touch("2022/.an.xlsx");
        touch(".cache/c.xlsx");
        touch("2022/anh.png");
        touch("2022/bao cao.pdf");
        touch("2022/ds.docx");
        touch("2022/xuat.HTM");
        touch("2022/web.mht");
        touch("2022/ds.ods");
        assertThat(FileCollector.collect(root))
                .extracting(path -> root.relativize(path).toString().replace('\\', '/'))
                .containsExactly(
                        "2022/a.xls",
                        "2022/ds.docx",
                        "2022/ds.ods",
                        "2022/ghi chu.txt",
                        "2022/web.mht",
                        "2022/xuat.HTM",
                        "2022/z.CSV",
                        "2023/b.xlsx");
    }

    @Test
    void returnsAGivenFileItself() throws IOException {
        touch("mot.xlsx");
        assertThat(FileCollector.collect(root.resolve("mot.xlsx"))).containsExactly(root.resolve("mot.xlsx"));
    }

    @Test
    void findsEverySample() {
        assertThat(FileCollector.collect(Samples.directory()))
                .extracting(path -> path.getFileName().toString())
                .hasSize(9)
                .doesNotContain("EXPECTED.md");
    }
}
