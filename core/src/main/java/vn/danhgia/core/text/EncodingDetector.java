package vn.danhgia.core.text;

import java.nio.charset.StandardCharsets;
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
 *   <li>otherwise Windows-1258 or TCVN3, whichever decoding looks more Vietnamese
 *       ({@link VietnameseLikeness}); Windows-1258 is out when it has no character for some byte.
 *       The winner must score above zero and above the other; when neither does the file fails with
 *       {@link ErrorCode#UNDETECTED_ENCODING}, naming the candidates and how to fix it.
 * </ol>
 */
public final class EncodingDetector {
    private static final Logger LOG = LoggerFactory.getLogger(EncodingDetector.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.core.text.messages");

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
        Optional<String> windows =
                TextEncoding.decodeStrict(Windows1258.CHARSET, bytes, 0).text().map(VietnameseText::nfc);
        String tcvn = VietnameseText.nfc(TextEncoding.decodeStrict(Tcvn3Charset.INSTANCE, bytes, 0)
                .text()
                .orElseThrow());
        if (windows.isPresent() && windows.get().equals(tcvn)) {
            return TextEncoding.WINDOWS_1258; // only NBSP outside ASCII: both read the same
        }
        int tcvnScore = VietnameseLikeness.score(tcvn);
        Optional<Integer> windowsScore = windows.map(VietnameseLikeness::score);
        LOG.debug(
                "Legacy encoding scores: windows-1258 {}, tcvn3 {}",
                windowsScore.map(String::valueOf).orElse("impossible"),
                tcvnScore);
        int bestOther = windowsScore.orElse(Integer.MIN_VALUE);
        if (tcvnScore > 0 && tcvnScore > bestOther) {
            return TextEncoding.TCVN3;
        }
        if (bestOther > 0 && bestOther > tcvnScore) {
            return TextEncoding.WINDOWS_1258;
        }
        String scores = windowsScore
                .map(score -> MESSAGES.format("detect.scores", score, tcvnScore))
                .orElseGet(() -> MESSAGES.format("detect.scoreTcvn3Only", tcvnScore));
        throw new DanhgiaException(
                ErrorCode.UNDETECTED_ENCODING,
                MESSAGES.format(
                        "detect.undetected",
                        TextEncoding.WINDOWS_1258.displayName(),
                        TextEncoding.TCVN3.displayName(),
                        scores),
                location.orElse(null));
    }
}
