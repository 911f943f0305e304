package vn.danhgia.core.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The installation's configuration: a small YAML file kept outside the repository by the
 * administrator. Looked up in {@code $DANHGIA_CONFIG}, then {@code ./danhgia.yaml}; without one, every
 * setting has its default (and the pseudonym key must come from elsewhere, see the etl loader).
 *
 * <pre>
 * pseudonym_key_file: /etc/danhgia/pseudonym.key   # base64 of at least 32 random bytes
 * rules_file: /etc/danhgia/rules.yaml              # optional: replaces the built-in rule sets
 * thresholds_file: /etc/danhgia/thresholds.yaml    # optional: replaces the detectors' thresholds
 * </pre>
 */
public record DanhgiaConfig(
        Optional<Path> source,
        Optional<Path> pseudonymKeyFile,
        Optional<Path> rulesFile,
        Optional<Path> thresholdsFile) {

    public static final String ENVIRONMENT_VARIABLE = "DANHGIA_CONFIG";
    public static final String DEFAULT_FILE = "danhgia.yaml";

    public DanhgiaConfig {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(pseudonymKeyFile, "pseudonymKeyFile");
        java.util.Objects.requireNonNull(rulesFile, "rulesFile");
        java.util.Objects.requireNonNull(thresholdsFile, "thresholdsFile");
    }

    public static DanhgiaConfig defaults() {
        return new DanhgiaConfig(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The configuration of this process: {@code $DANHGIA_CONFIG}, else {@code ./danhgia.yaml}, else defaults. */
    public static DanhgiaConfig discover() {
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return load(Path.of(fromEnvironment));
        }
        Path local = Path.of(DEFAULT_FILE);
        return Files.isRegularFile(local) ? load(local) : defaults();
    }

    public static DanhgiaConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION, Messages.core().format("config.missing", file));
        }
        try {
            ObjectMapper mapper =
                    new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            FileContent content = mapper.readValue(file.toFile(), FileContent.class);
            Path base = file.toAbsolutePath().getParent();
            return new DanhgiaConfig(
                    Optional.of(file),
                    Optional.ofNullable(content.pseudonymKeyFile).map(base::resolve),
                    Optional.ofNullable(content.rulesFile).map(base::resolve),
                    Optional.ofNullable(content.thresholdsFile).map(base::resolve));
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION,
                    Messages.core().format("config.invalid", file, e.getMessage()),
                    null,
                    e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    private static final class FileContent {
        @JsonProperty("pseudonym_key_file")
        String pseudonymKeyFile;

        @JsonProperty("rules_file")
        String rulesFile;

        @JsonProperty("thresholds_file")
        String thresholdsFile;
    }
}
