package vn.danhgia.etl.read.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes a text file. TODO(core.text): replace with {@code EncodingDetector.decode} once core.text lands;
 * until then only UTF-8 (with or without BOM) and UTF-16 with a BOM are recognized.
 */
final class TextDecoding {
    private TextDecoding() {}

    record Decoded(String text, String encoding) {}

    static Decoded decode(byte[] bytes, String sourceFile) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new Decoded(nfc(strictUtf8(bytes, 3, sourceFile)), "UTF8_BOM");
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new Decoded(nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), "UTF16LE_BOM");
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return new Decoded(nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), "UTF16BE_BOM");
        }
        return new Decoded(nfc(strictUtf8(bytes, 0, sourceFile)), "UTF8");
    }

    private static String strictUtf8(byte[] bytes, int offset, String sourceFile) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ReadErrors.unreadable(sourceFile, e, "read.undecodable", "UTF-8");
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
