package vn.danhgia.analytics.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sql.SqlEngine;

/**
 * The detectors' thresholds ({@code sql/detectors/thresholds.yaml}, or the installation's
 * {@code thresholds_file}): analysts' choices, kept as data so that changing one never means changing
 * a query. They reach SQL as rows of {@code mart.detector_threshold}.
 */
public final class Thresholds {
    public static final String BUILT_IN = "sql/detectors/thresholds.yaml";
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.analyze.messages");

    /** One threshold: {@code detector}'s {@code name} is {@code value}. */
    public record Threshold(String detector, String name, double value) {
        public Threshold {
            Objects.requireNonNull(detector, "detector");
            Objects.requireNonNull(name, "name");
        }
    }

    private final List<Threshold> values;

    private Thresholds(List<Threshold> values) {
        this.values = List.copyOf(values);
    }

    /** The installation's file when there is one, else the built-in thresholds. */
    public static Thresholds load(Optional<Path> file) {
        return file.map(Thresholds::fromFile).orElseGet(Thresholds::builtIn);
    }

    public static Thresholds builtIn() {
        try (InputStream in = Thresholds.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new DanhgiaException(ErrorCode.INTERNAL, BUILT_IN + " is not on the classpath");
            }
            return parse(BUILT_IN, in.readAllBytes());
        } catch (IOException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, "Cannot read " + BUILT_IN, null, e);
        }
    }

    public static Thresholds fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DanhgiaException(ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("thresholds.missing", file));
        }
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION,
                    MESSAGES.format("thresholds.invalid", file, e.getMessage()),
                    null,
                    e);
        }
    }

    static Thresholds parse(String source, byte[] yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        List<Threshold> values = new ArrayList<>();
        JsonNode detectors = root == null ? null : root.get("detectors");
        if (detectors != null && !detectors.isNull()) {
            if (!detectors.isObject()) {
                throw invalid(source, "detectors", detectors);
            }
            for (Iterator<Map.Entry<String, JsonNode>> d = detectors.fields(); d.hasNext(); ) {
                Map.Entry<String, JsonNode> detector = d.next();
                if (detector.getValue() == null || detector.getValue().isNull()) {
                    continue;
                }
                if (!detector.getValue().isObject()) {
                    throw invalid(source, detector.getKey(), detector.getValue());
                }
                for (Iterator<Map.Entry<String, JsonNode>> t =
                                detector.getValue().fields();
                        t.hasNext(); ) {
                    Map.Entry<String, JsonNode> threshold = t.next();
                    if (!threshold.getValue().isNumber()) {
                        throw invalid(source, detector.getKey() + "." + threshold.getKey(), threshold.getValue());
                    }
                    values.add(new Threshold(
                            detector.getKey(),
                            threshold.getKey(),
                            threshold.getValue().doubleValue()));
                }
            }
        }
        return new Thresholds(values);
    }

    private static DanhgiaException invalid(String source, String key, JsonNode value) {
        return new DanhgiaException(
                ErrorCode.INVALID_CONFIGURATION,
                MESSAGES.format("thresholds.notNumber", source, key, value.toString()));
    }

    public List<Threshold> values() {
        return values;
    }

    /** Replaces the rows of {@code mart.detector_threshold} with these values. */
    public void write(SqlEngine engine) throws SqlEngine.EngineException {
        engine.execute("delete from mart.detector_threshold");
        List<Object[]> rows = new ArrayList<>();
        for (Threshold threshold : values) {
            rows.add(new Object[] {threshold.detector(), threshold.name(), threshold.value()});
        }
        engine.append("mart.detector_threshold", rows);
    }
}
