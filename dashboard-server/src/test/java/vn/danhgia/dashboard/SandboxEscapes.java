package vn.danhgia.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.core.error.ErrorCode;

/**
 * The escapes and abuses of {@code sandbox/escapes.txt}, tried against the analysts' SQL sandbox through the
 * engine and the {@code sql} command (SandboxEscapesIT) and through the web console (ConsoleIT).
 */
public final class SandboxEscapes {
    private SandboxEscapes() {}

    /** One escape: the outcome expected, what it tries, and its SQL with the placeholders filled in. */
    public record Escape(ErrorCode expected, String what, String sql) {
        @Override
        public String toString() {
            return what;
        }
    }

    /** Every escape, aimed at {@code warehouse} (the serving file) and the folder it sits in. */
    public static List<Escape> against(Path warehouse) throws IOException {
        List<Escape> escapes = new ArrayList<>();
        try (InputStream in = SandboxEscapes.class.getResourceAsStream("/sandbox/escapes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", 3);
                String sql = parts[2].strip()
                        .replace("{dir}", warehouse.toAbsolutePath().getParent().toString())
                        .replace("{warehouse}", warehouse.toAbsolutePath().toString())
                        .replace("{home}", System.getProperty("user.home"));
                escapes.add(new Escape(ErrorCode.valueOf("QUERY_" + parts[0].strip()), parts[1].strip(), sql));
            }
        }
        return escapes;
    }
}
