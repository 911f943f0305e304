package vn.danhgia.dashboard.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The statements of this package, one per file under {@code vn/danhgia/dashboard/auth/sql/}. */
final class Sql {
    private static final String FOLDER = "vn/danhgia/dashboard/auth/sql/";
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private Sql() {}

    /** The text of {@code sql/<name>.sql}, without its comments' trailing semicolon. */
    static String of(String name) {
        return TEXTS.computeIfAbsent(name, Sql::read);
    }

    private static String read(String name) {
        String resource = FOLDER + name + ".sql";
        try (InputStream in = Sql.class.getClassLoader().getResourceAsStream(resource)) {
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
