package vn.danhgia.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's YAML errors into the parts a user message needs: syntax or field, line, path, reason. */
public final class YamlErrors {
    private static final Pattern SNAKE_YAML_LINE = Pattern.compile("line (\\d+), column \\d+");

    private YamlErrors() {}

    /** Jackson wraps a YAML syntax error in a mapping error: find it to report it as syntax. */
    public static Optional<JsonProcessingException> syntaxError(JsonProcessingException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax) {
                return Optional.of(syntax);
            }
        }
        return error instanceof JsonMappingException ? Optional.empty() : Optional.of(error);
    }

    /**
     * Jackson's message without SnakeYAML's excerpt of the file: the lines that say what is wrong,
     * e.g. "while parsing a flow node; expected the node content, but found '-'".
     */
    public static String summary(JsonProcessingException error) {
        StringBuilder summary = new StringBuilder();
        for (String line : String.valueOf(error.getOriginalMessage()).split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                summary.append(summary.length() == 0 ? "" : "; ").append(line.strip());
            }
        }
        return summary.toString();
    }

    /** The line SnakeYAML points at last (the problem, after its context), else Jackson's location. */
    public static String line(JsonProcessingException error) {
        Matcher matcher = SNAKE_YAML_LINE.matcher(String.valueOf(error.getOriginalMessage()));
        String line = null;
        while (matcher.find()) {
            line = matcher.group(1);
        }
        if (line != null) {
            return line;
        }
        return error.getLocation() == null
                ? "?"
                : String.valueOf(error.getLocation().getLineNr());
    }

    /** The field path of a mapping error, e.g. "periods[1].excellentQuota.ratio". */
    public static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
