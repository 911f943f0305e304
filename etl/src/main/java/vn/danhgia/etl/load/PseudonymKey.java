package vn.danhgia.etl.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.config.DanhgiaConfig;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The secret key of the keyed hash that turns card numbers into pseudonyms. It belongs to the
 * installation: from {@code $DANHGIA_PSEUDONYM_KEY} (base64), else the configuration's
 * {@code pseudonym_key_file}. A fixed demo key is used only for simulated data, i.e. when every folder
 * being loaded carries the generator's {@code manifest.json}.
 */
public final class PseudonymKey {
    private static final Logger LOG = LoggerFactory.getLogger(PseudonymKey.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.load.messages");

    public static final String ENVIRONMENT_VARIABLE = "DANHGIA_PSEUDONYM_KEY";
    static final int MINIMUM_BYTES = 32;
    private static final byte[] DEMO =
            "danhgia demo key: simulated data only, never real records".getBytes(StandardCharsets.UTF_8);

    private final byte[] bytes;
    private final boolean demo;

    private PseudonymKey(byte[] bytes, boolean demo) {
        this.bytes = bytes.clone();
        this.demo = demo;
    }

    public static PseudonymKey of(byte[] bytes) {
        if (bytes.length < MINIMUM_BYTES) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("key.tooShort", bytes.length, MINIMUM_BYTES));
        }
        return new PseudonymKey(bytes, false);
    }

    public static PseudonymKey demo() {
        return new PseudonymKey(DEMO, true);
    }

    /** The key for loading {@code roots}: configured, or the demo key when all of them are simulated data. */
    public static PseudonymKey resolve(DanhgiaConfig config, List<Path> roots) {
        Optional<String> fromEnvironment =
                Optional.ofNullable(System.getenv(ENVIRONMENT_VARIABLE)).filter(value -> !value.isBlank());
        if (fromEnvironment.isPresent()) {
            return decode(fromEnvironment.get().trim(), ENVIRONMENT_VARIABLE);
        }
        if (config.pseudonymKeyFile().isPresent()) {
            Path file = config.pseudonymKeyFile().get();
            try {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
            } catch (IOException e) {
                throw new DanhgiaException(
                        ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("key.unreadable", file), null, e);
            }
        }
        if (!roots.isEmpty() && roots.stream().allMatch(PseudonymKey::isSimulated)) {
            LOG.warn("pseudonym key: using the demo key, the data is simulated");
            return demo();
        }
        throw new DanhgiaException(ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("key.missing"));
    }

    /** Only a folder given on the command line that holds the generator's manifest is simulated data. */
    private static boolean isSimulated(Path root) {
        Path manifest = root.resolve("manifest.json");
        if (!Files.isDirectory(root) || !Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            return new ObjectMapper()
                    .readTree(manifest.toFile())
                    .path("simulated")
                    .asBoolean(false);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A fingerprint of the key, stored in the warehouse so that a load with another key (or the demo key
     * on real data) is refused instead of giving the same member two pseudonyms.
     */
    public String fingerprint() {
        return new Pseudonymizer(this).officialKey("danhgia key check");
    }

    private static PseudonymKey decode(String base64, String origin) {
        try {
            return of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new DanhgiaException(ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("key.notBase64", origin));
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public String toString() {
        return demo ? "PseudonymKey[demo]" : "PseudonymKey[configured]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PseudonymKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
