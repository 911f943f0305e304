package vn.danhgia.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.text.EncodingDetector;
import vn.danhgia.etl.read.FileReader;
import vn.danhgia.etl.read.FileSummary;
import vn.danhgia.etl.read.RawRow;
import vn.danhgia.etl.read.RawRowSink;
import vn.danhgia.etl.read.ReadHints;
import vn.danhgia.etl.read.RowIssue;

/** The project's own readers and core's decoders take every generated file as the manifest describes it. */
class ReadBackTest {
    @TempDir
    Path temp;

    @Test
    void readersDetectKindAndRowsOfEveryFile() throws IOException {
        Path out = temp.resolve("gen");
        new Generator(new GeneratorOptions(Scale.TEST, 2018, 2025, 11, out, false)).run();
        JsonNode manifest =
                new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        FileReader reader = new FileReader();
        List<String> problems = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            Path path = out.resolve(file.get("path").asText());
            if (file.get("format").asText().equals("csv")) {
                var decoded = EncodingDetector.decode(Files.readAllBytes(path));
                if (!decoded.encoding().code().equals(file.get("encoding").asText())) {
                    problems.add(file.get("path").asText() + ": encoding "
                            + decoded.encoding().code());
                }
            }
            long[] counts = new long[2];
            FileSummary summary;
            try {
                summary = reader.read(path, out, ReadHints.none(), new RawRowSink() {
                    @Override
                    public void row(RawRow row) {
                        counts[0]++;
                    }

                    @Override
                    public void issue(RowIssue issue) {
                        counts[1]++;
                    }
                });
            } catch (RuntimeException e) {
                problems.add(file.get("path").asText() + ": " + e.getMessage());
                continue;
            }
            if (!summary.kind().code().equals(file.get("kind").asText())) {
                problems.add(
                        file.get("path").asText() + ": kind " + summary.kind().code());
            } else if (counts[0] + counts[1] != file.get("rows").asLong()) {
                problems.add(file.get("path").asText() + ": rows " + counts[0] + "+" + counts[1] + " != "
                        + file.get("rows").asLong());
            }
        }
        problems.stream().limit(40).forEach(System.out::println);
        assertThat(problems).isEmpty();
    }
}
