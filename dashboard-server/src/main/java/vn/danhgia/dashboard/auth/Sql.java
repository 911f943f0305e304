package vn.danhgia.dashboard.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements on the application database, one per file: this package's under {@code
 * vn/danhgia/dashboard/auth/sql/}, another package's under the folder it names ({@link #in}).
 */
public final class Sql {
    private static final String FOLDER = "vn/danhgia/dashboard/auth/sql/";
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private Sql() {}

    /** The text of {@code sql/<name>.sql}, without its comments' trailing semicolon. */
    static String of(String name) {
        return in(FOLDER, name);
    }

    /** The text of {@code <folder><name>.sql} on the classpath, without its trailing semicolon, read once. */
    public static String in(String folder, String name) {
        return TEXTS.computeIfAbsent(folder + name + ".sql", Sql::read);
    }

    private static String read(String resource) {
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
