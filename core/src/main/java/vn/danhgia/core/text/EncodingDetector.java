package vn.danhgia.core.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;
import vn.danhgia.core.i18n.Messages;

/**
 * Finds the encoding of a text file without hints. In order:
 *
 * <ol>
 *   <li>a byte order mark: UTF-8, UTF-16 LE or UTF-16 BE;
 *   <li>bytes that a strict UTF-8 decoder accepts (pure ASCII included): UTF-8, since legacy text with
 *       Vietnamese letters is practically never valid UTF-8;
 *   <li>otherwise Windows-1258, TCVN3 or VNI, whichever decoding looks most Vietnamese
 *       ({@link VietnameseLikeness}); Windows-1258 (or VNI) is out when it has no character for some byte.
 *       The winner must score above the others and not below zero (no more signs against it than for
 *       it); when neither does, the file fails with
 *       {@link ErrorCode#UNDETECTED_ENCODING}, naming the candidates and how to fix it.
 * </ol>
 */
public final class EncodingDetector {
    private static final Logger LOG = LoggerFactory.getLogger(EncodingDetector.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.core.text.messages");
    private static final int SAMPLE_NON_ASCII_BYTES = 4000;

    private EncodingDetector() {}

    public static TextEncoding detect(byte[] bytes) {
        return detect(bytes, Optional.empty());
    }

    /** As {@link #detect(byte[])}, naming the file in the error. */
    public static TextEncoding detect(byte[] bytes, SourceLocation location) {
        return detect(bytes, Optional.of(Objects.requireNonNull(location, "location")));
    }

    /** The NFC text of the bytes in their detected encoding. */
    public static DecodedText decode(byte[] bytes) {
        TextEncoding encoding = detect(bytes);
        return new DecodedText(encoding.decode(bytes), encoding);
    }

    /** As {@link #decode(byte[])}, naming the file in the error. */
    public static DecodedText decode(byte[] bytes, SourceLocation location) {
        TextEncoding encoding = detect(bytes, location);
        return new DecodedText(encoding.decode(bytes), encoding);
    }

    private static TextEncoding detect(byte[] bytes, Optional<SourceLocation> location) {
        Objects.requireNonNull(bytes, "bytes");
        for (TextEncoding encoding :
                new TextEncoding[] {TextEncoding.UTF8_BOM, TextEncoding.UTF16LE_BOM, TextEncoding.UTF16BE_BOM}) {
            if (TextEncoding.startsWith(bytes, encoding.byteOrderMark())) {
                return encoding;
            }
        }
        if (TextEncoding.decodeStrict(StandardCharsets.UTF_8, bytes, 0).text().isPresent()) {
            return TextEncoding.UTF8;
        }
        return chooseLegacy(bytes, location);
    }

    private static TextEncoding chooseLegacy(byte[] bytes, Optional<SourceLocation> location) {
        boolean windowsPossible =
                TextEncoding.decodeStrict(Windows1258.CHARSET, bytes, 0).text().isPresent();
        boolean vniPossible =
                TextEncoding.decodeStrict(VniCharset.INSTANCE, bytes, 0).text().isPresent();
        byte[] sample = sample(bytes);
        Optional<String> windows = windowsPossible
                ? Optional.of(VietnameseText.nfc(new String(sample, Windows1258.CHARSET)))
                : Optional.empty();
        String tcvn = VietnameseText.nfc(new String(sample, Tcvn3Charset.INSTANCE));
        if (windows.isPresent() && windows.get().equals(tcvn)) {
            return TextEncoding.WINDOWS_1258; // only NBSP outside ASCII in the sample: both read the same
        }
        int tcvnScore = VietnameseLikeness.score(tcvn);
        Optional<Integer> windowsScore = windows.map(VietnameseLikeness::score);
        Optional<Integer> vniScore = vniPossible
                ? Optional.of(VietnameseLikeness.score(VietnameseText.nfc(new String(sample, VniCharset.INSTANCE))))
                : Optional.empty();
        LOG.debug(
                "Legacy encoding scores: windows-1258 {}, tcvn3 {}, vni {}",
                windowsScore.map(String::valueOf).orElse("impossible"),
                tcvnScore,
                vniScore.map(String::valueOf).orElse("impossible"));
        int windowsBest = windowsScore.orElse(Integer.MIN_VALUE);
        int vniBest = vniScore.orElse(Integer.MIN_VALUE);
        if (tcvnScore >= 0 && tcvnScore > windowsBest && tcvnScore > vniBest) {
            return TextEncoding.TCVN3;
        }
        if (windowsBest >= 0 && windowsBest > tcvnScore && windowsBest > vniBest) {
            return TextEncoding.WINDOWS_1258;
        }
        if (vniBest >= 0 && vniBest > tcvnScore && vniBest > windowsBest) {
            return TextEncoding.VNI;
        }
        String vni = vniScore.map(String::valueOf).orElseGet(() -> MESSAGES.format("detect.impossible"));
        String scores = windowsScore
                .map(score -> MESSAGES.format("detect.scores", score, tcvnScore, vni))
                .orElseGet(() -> MESSAGES.format("detect.scoreTcvn3Only", tcvnScore, vni));
        throw new DanhgiaException(
                ErrorCode.UNDETECTED_ENCODING,
                MESSAGES.format(
                        "detect.undetected",
                        TextEncoding.WINDOWS_1258.displayName(),
                        TextEncoding.TCVN3.displayName(),
                        scores,
                        TextEncoding.VNI.displayName()),
                location.orElse(null));
    }

    /**
     * Enough of a large file to judge it, so detection takes milliseconds: the bytes up to the
     * {@value #SAMPLE_NON_ASCII_BYTES}th byte outside ASCII, then to the end of that word. Both legacy
     * encodings are single-byte, so any cut decodes.
     */
    private static byte[] sample(byte[] bytes) {
        int seen = 0;
        int end = bytes.length;
        for (int index = 0; index < bytes.length; index++) {
            if (bytes[index] < 0 && ++seen == SAMPLE_NON_ASCII_BYTES) {
                end = index + 1;
                break;
            }
        }
        while (end < bytes.length && " \t\r\n,;".indexOf(bytes[end]) < 0) {
            end++;
        }
        return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
    }
}
