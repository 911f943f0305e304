package vn.danhgia.etl.read.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.SourceLocation;
import vn.danhgia.core.text.EncodingDetector;
import vn.danhgia.core.text.TextEncoding;
import vn.danhgia.core.text.VietnameseText;

/**
 * The text of an HTML page as units' software saves it, often under a .xls name: plain HTML, or a
 * single-file web page (MHTML, what Excel's "Single File Web Page" writes) whose HTML parts are taken out
 * of the MIME message. The encoding is, in order: a byte order mark; the declared one (the part's
 * {@code charset}, a {@code <meta>} or XML declaration), unless the declaration cannot be right (a Western
 * code page such as windows-1252 cannot write Vietnamese, so its non-ASCII bytes are a legacy Vietnamese
 * font encoding; UTF-8 bytes that are not valid UTF-8); else core's detector (UTF-8, Windows-1258, TCVN3).
 */
final class HtmlText {
    private static final int DECLARATION_PROBE = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDARY =
            Pattern.compile("boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_CHARSET =
            Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Declarations that cannot be true of Vietnamese text: their non-ASCII bytes are TCVN3 or Windows-1258. */
    private static final Set<String> WESTERN = Set.of(
            "us-ascii",
            "ascii",
            "iso-8859-1",
            "iso8859-1",
            "latin1",
            "latin-1",
            "windows-1252",
            "cp1252",
            "x-user-defined");

    private HtmlText() {}

    /** The decoded HTML documents of a file: one for a plain page, one per HTML part of an MHTML file. */
    static List<String> documents(byte[] bytes, String sourceFile) {
        if (isMhtml(bytes)) {
            List<String> documents = new ArrayList<>();
            for (Part part : htmlParts(bytes)) {
                documents.add(decode(part.body(), part.charset(), sourceFile));
            }
            if (!documents.isEmpty()) {
                return documents;
            }
        }
        return List.of(decode(bytes, Optional.empty(), sourceFile));
    }

    /** Whether the bytes start like a MIME message holding a web page (an .mht or .mhtml file). */
    static boolean isMhtml(byte[] bytes) {
        String start = ascii(bytes, 2048).toLowerCase(Locale.ROOT).stripLeading();
        return (start.startsWith("mime-version:") || start.startsWith("from:") || start.startsWith("content-type:"))
                && start.contains("multipart/related");
    }

    static String decode(byte[] bytes, Optional<String> declaredByContainer, String sourceFile) {
        SourceLocation location = SourceLocation.ofFile(sourceFile);
        for (TextEncoding withMark :
                new TextEncoding[] {TextEncoding.UTF8_BOM, TextEncoding.UTF16LE_BOM, TextEncoding.UTF16BE_BOM}) {
            byte[] mark = withMark.byteOrderMark();
            if (bytes.length >= mark.length && startsWith(bytes, mark)) {
                return withMark.decode(bytes);
            }
        }
        Optional<String> declared = declaredByContainer.or(() -> declared(bytes));
        if (declared.isPresent()) {
            Optional<String> text = decodeAsDeclared(bytes, declared.get().toLowerCase(Locale.ROOT));
            if (text.isPresent()) {
                return text.get();
            }
        }
        return EncodingDetector.decode(bytes, location).text();
    }

    private static Optional<String> decodeAsDeclared(byte[] bytes, String name) {
        if (WESTERN.contains(name)) {
            return Optional.empty();
        }
        Optional<TextEncoding> known = TextEncoding.fromCode(name);
        if (known.isEmpty() && (name.equals("x-cp1258") || name.equals("windows1258"))) {
            known = Optional.of(TextEncoding.WINDOWS_1258);
        }
        if (known.isPresent()) {
            try {
                return Optional.of(known.get().decode(bytes));
            } catch (DanhgiaException e) {
                return Optional.empty(); // declared wrongly (a page saved as UTF-8 that is not): detect instead
            }
        }
        try {
            if (Charset.isSupported(name)) {
                return Optional.of(VietnameseText.nfc(new String(bytes, Charset.forName(name))));
            }
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The encoding a {@code <meta>} tag or XML declaration near the start names. */
    private static Optional<String> declared(byte[] bytes) {
        String start = ascii(bytes, DECLARATION_PROBE);
        for (Pattern pattern : new Pattern[] {META_CHARSET, XML_ENCODING}) {
            Matcher matcher = pattern.matcher(start);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private record Part(byte[] body, Optional<String> charset) {}

    /** The text/html parts of a MIME multipart message, transfer encoding undone. */
    private static List<Part> htmlParts(byte[] bytes) {
        String message = new String(bytes, StandardCharsets.ISO_8859_1);
        int headerEnd = headerEnd(message, 0);
        Matcher boundary = BOUNDARY.matcher(message.substring(0, headerEnd));
        if (!boundary.find()) {
            return List.of();
        }
        String delimiter = "--" + boundary.group(1).strip();
        List<Part> parts = new ArrayList<>();
        int at = message.indexOf(delimiter, headerEnd);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (message.startsWith("--", start)) {
                break;
            }
            int next = message.indexOf(delimiter, start);
            String part = message.substring(start, next < 0 ? message.length() : next);
            int bodyStart = headerEnd(part, 0);
            String headers = part.substring(0, bodyStart).toLowerCase(Locale.ROOT);
            if (headers.contains("content-type: text/html") || headers.contains("content-type:text/html")) {
                String body = part.substring(bodyStart);
                byte[] raw = body.getBytes(StandardCharsets.ISO_8859_1);
                if (headers.contains("quoted-printable")) {
                    raw = quotedPrintable(raw);
                } else if (headers.contains("base64")) {
                    raw = Base64.getMimeDecoder().decode(body.strip());
                }
                Matcher charset = PART_CHARSET.matcher(headers);
                parts.add(new Part(raw, charset.find() ? Optional.of(charset.group(1)) : Optional.empty()));
            }
            at = next;
        }
        return parts;
    }

    /** Where the body after a block of MIME headers starts (after the first empty line). */
    private static int headerEnd(String text, int from) {
        int crlf = text.indexOf("\r\n\r\n", from);
        int lf = text.indexOf("\n\n", from);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            return crlf + 4;
        }
        return lf >= 0 ? lf + 2 : text.length();
    }

    private static byte[] quotedPrintable(byte[] raw) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length);
        for (int index = 0; index < raw.length; index++) {
            byte value = raw[index];
            if (value != '=') {
                out.write(value);
                continue;
            }
            if (index + 1 < raw.length && raw[index + 1] == '\n') {
                index += 1; // soft line break
            } else if (index + 2 < raw.length && raw[index + 1] == '\r' && raw[index + 2] == '\n') {
                index += 2;
            } else if (index + 2 < raw.length
                    && Character.digit(raw[index + 1], 16) >= 0
                    && Character.digit(raw[index + 2], 16) >= 0) {
                out.write(Character.digit(raw[index + 1], 16) * 16 + Character.digit(raw[index + 2], 16));
                index += 2;
            } else {
                out.write(value);
            }
        }
        return out.toByteArray();
    }

    private static String ascii(byte[] bytes, int limit) {
        return new String(bytes, 0, Math.min(bytes.length, limit), StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int index = 0; index < prefix.length; index++) {
            if (data[index] != prefix[index]) {
                return false;
            }
        }
        return true;
    }
}
