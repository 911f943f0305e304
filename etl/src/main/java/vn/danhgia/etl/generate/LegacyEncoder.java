package vn.danhgia.etl.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Encodes text as units' CSV files really arrive. This is the one place to switch to core's
 * {@code TextEncoding.encode(String)} once core.text is on main: each constant maps one to one.
 */
enum LegacyEncoder {
    UTF8("UTF-8"),
    UTF8_BOM("UTF-8 BOM"),
    UTF16LE_BOM("UTF-16LE BOM"),
    WINDOWS_1258("Windows-1258"),
    TCVN3("TCVN3");

    private final String label;

    LegacyEncoder(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    byte[] encode(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return switch (this) {
            case UTF8 -> nfc.getBytes(StandardCharsets.UTF_8);
            case UTF8_BOM ->
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, nfc.getBytes(StandardCharsets.UTF_8));
            case UTF16LE_BOM -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, nfc.getBytes(StandardCharsets.UTF_16LE));
            case WINDOWS_1258 -> windows1258(nfc);
            case TCVN3 -> tcvn3(nfc);
        };
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Windows-1258 stores tone marks as combining characters after a base letter that may carry ^, ˘ or the horn. */
    private static byte[] windows1258(String nfc) {
        StringBuilder out = new StringBuilder();
        String decomposed = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        StringBuilder tones = new StringBuilder();
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean tone = c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (!mark) {
                out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
                base.setLength(0);
                tones.setLength(0);
                base.append(c);
            } else if (tone) {
                tones.append(c);
            } else {
                base.append(c);
            }
        }
        out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    private static final Map<Character, Byte> TCVN3_TABLE = loadTcvn3();

    private static Map<Character, Byte> loadTcvn3() {
        Map<Character, Byte> table = new HashMap<>();
        try (InputStream in = LegacyEncoder.class.getResourceAsStream("/vn/danhgia/etl/generate/tcvn3.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("=");
                table.put((char) Integer.parseInt(parts[0], 16), (byte) Integer.parseInt(parts[1], 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static byte[] tcvn3(String nfc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else {
                Byte b = TCVN3_TABLE.get(c);
                out.write(b == null ? '?' : b);
            }
        }
        return out.toByteArray();
    }
}
