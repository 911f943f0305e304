package vn.danhgia.core.sql;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/** Reads the SQL files and their YAML indexes packaged under {@code sql/} in the core jar. */
public final class ClasspathText {
    static final Messages MESSAGES = Messages.of("vn.danhgia.core.sql.messages");

    private ClasspathText() {}

    /** The UTF-8 text of a resource; a missing one is a broken installation. */
    public static String read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new DanhgiaException(ErrorCode.INTERNAL, MESSAGES.format("sql.missingResource", name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " from the classpath", e);
        }
    }

    /** A YAML index read into {@code type}, whose constructor validates it. */
    static <T> T readIndex(ClassLoader loader, String name, Class<T> type) {
        String text = read(loader, name);
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return yaml.readValue(text, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new DanhgiaException(
                    ErrorCode.INTERNAL, MESSAGES.format("sql.invalidIndex", name, e.getMessage()), null, e);
        }
    }
}
