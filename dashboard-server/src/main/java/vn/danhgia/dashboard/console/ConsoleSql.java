package vn.danhgia.dashboard.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The statements of this package on the application database, one per file under {@code console/sql/}. */
final class ConsoleSql {
    private static final String FOLDER = "vn/danhgia/dashboard/console/sql/";
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private ConsoleSql() {}

    /** The text of {@code sql/<name>.sql}, without its trailing semicolon. */
    static String of(String name) {
        return TEXTS.computeIfAbsent(name, ConsoleSql::read);
    }

    private static String read(String name) {
        String resource = FOLDER + name + ".sql";
        try (InputStream in = ConsoleSql.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + resource + ": the installation is broken");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
