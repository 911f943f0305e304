package vn.danhgia.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The encodings in which units' text files arrive, each able to decode to NFC text and to encode text
 * the way a program of its era writes it (the generator writes sample files with it). Decoding and
 * encoding are strict: bytes that are not valid in the encoding, and characters it cannot write,
 * fail with a {@link DanhgiaException} saying where and how to fix it.
 */
public enum TextEncoding {
    UTF8("utf-8", StandardCharsets.UTF_8, new byte[0], List.of("utf8")),
    UTF8_BOM("utf-8-bom", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, List.of()),
    UTF16LE_BOM("utf-16le", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, List.of()),
    UTF16BE_BOM("utf-16be", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, List.of()),
    WINDOWS_1258("windows-1258", Windows1258.CHARSET, new byte[0], List.of("cp1258", "1258")),
    TCVN3("tcvn3", Tcvn3Charset.INSTANCE, new byte[0], List.of("tcvn5712-1", "abc", "vn3")),
    VNI("vni", VniCharset.INSTANCE, new byte[0], List.of("vni-windows", "vni-times"));

    private static final Messages MESSAGES = Messages.of("vn.danhgia.core.text.messages");
    private static final byte[] UTF8_BOM_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String code;
    private final Charset charset;
    private final byte[] byteOrderMark;
    private final List<String> aliases;

    TextEncoding(String code, Charset charset, byte[] byteOrderMark, List<String> aliases) {
        this.code = code;
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.aliases = aliases;
    }

    /** A stable lower-case code ("utf-8", "utf-8-bom", "windows-1258", "tcvn3"...) for options and logs. */
    public String code() {
        return code;
    }

    /** The encoding for a code or a usual alias ("UTF8", "cp1258", "ABC", "TCVN5712-1"), ignoring case. */
    public static Optional<TextEncoding> fromCode(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(encoding -> encoding.code.equals(wanted) || encoding.aliases.contains(wanted))
                .findFirst();
    }

    /** The name users know the encoding by, in the user's language ("UTF-8 có BOM", "TCVN3 (ABC)"). */
    public String displayName() {
        return MESSAGES.format("encoding." + name());
    }

    public Charset charset() {
        return charset;
    }

    /** The byte order mark this encoding writes first; empty for those without one. */
    public byte[] byteOrderMark() {
        return byteOrderMark.clone();
    }

    /**
     * The text of the bytes, in NFC. A leading byte order mark of this encoding is skipped (and for
     * UTF-8 without BOM a stray UTF-8 BOM too), so a reader never sees U+FEFF.
     */
    public String decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        int start = startsWith(bytes, byteOrderMark) ? byteOrderMark.length : 0;
        if (this == UTF8 && startsWith(bytes, UTF8_BOM_BYTES)) {
            start = UTF8_BOM_BYTES.length;
        }
        StrictDecoding decoding = decodeStrict(charset, bytes, start);
        if (decoding.text().isEmpty()) {
            int offset = decoding.invalidAt();
            throw new DanhgiaException(
                    ErrorCode.UNREADABLE_FILE,
                    MESSAGES.format(
                            "decode.invalid",
                            displayName(),
                            String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF),
                            offset));
        }
        return VietnameseText.nfc(decoding.text().get());
    }

    /**
     * The bytes a writer of this encoding produces for the text: NFC first, the byte order mark where
     * the encoding has one, Windows-1258 in its letter + tone mark form. A character the encoding
     * cannot write fails with {@link ErrorCode#UNMAPPABLE_CHARACTER}.
     */
    public byte[] encode(String text) {
        String normalized = VietnameseText.nfc(text);
        String form = this == WINDOWS_1258 ? Windows1258.toCodePageForm(normalized) : normalized;
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(form);
        ByteBuffer out =
                ByteBuffer.allocate(byteOrderMark.length + (int) (form.length() * encoder.maxBytesPerChar()) + 4);
        out.put(byteOrderMark);
        CoderResult result = encoder.encode(in, out, true);
        if (result.isUnderflow()) {
            result = encoder.flush(out);
        }
        if (result.isError()) {
            throw unmappable(form, in.position());
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("Output buffer too small encoding to " + code);
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    private DanhgiaException unmappable(String form, int index) {
        int codePoint = form.codePointAt(index);
        int position = normalizedPosition(form, index);
        return new DanhgiaException(
                ErrorCode.UNMAPPABLE_CHARACTER,
                MESSAGES.format(
                        "encode.unmappable",
                        new String(Character.toChars(codePoint)),
                        String.format(Locale.ROOT, "U+%04X", codePoint),
                        position,
                        displayName()));
    }

    // The 1-based position as the user counts it: characters of the NFC text, not of the code page form.
    private int normalizedPosition(String form, int index) {
        String before = VietnameseText.nfc(form.substring(0, index));
        return before.codePointCount(0, before.length()) + 1;
    }

    /** The text of a strict decoding, or the offset of the first invalid byte. */
    record StrictDecoding(Optional<String> text, int invalidAt) {}

    static StrictDecoding decodeStrict(Charset charset, byte[] bytes, int start) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - start) * decoder.maxCharsPerByte()) + 4);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new StrictDecoding(Optional.empty(), in.position());
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("Output buffer too small decoding " + charset);
        }
        out.flip();
        return new StrictDecoding(Optional.of(out.toString()), -1);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return prefix.length > 0
                && bytes.length >= prefix.length
                && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
