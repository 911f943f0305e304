package vn.danhgia.dashboard.upload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an uploaded unit file must be before it is kept: a name with one of the kinds the loader reads
 * (xlsx, xls, csv, txt, htm, html, mht, mhtml, docx) and content of that kind, told by its first bytes and
 * not by its name, so that a renamed program or archive is refused: xlsx and docx are zips (PK), xls an
 * OLE2 compound file or the web page that some software saves under .xls, htm and html a web page (text
 * with a {@code <table>} or {@code <html>} tag), mht and mhtml a MIME message holding a web page, csv and
 * txt text (no NUL bytes, few control characters). An .ods is refused by name with the load's own advice
 * (save it as .xlsx): the load cannot read it, and a kept .ods would fail every later full reload of the
 * uploads folder. The loader still decides whether the content is a unit's form; this only keeps other
 * things out of the folder.
 */
public final class UploadCheck {
    /** The kinds accepted, as the loader reads them. */
    public static final List<String> EXTENSIONS =
            List.of("xlsx", "xls", "csv", "txt", "htm", "html", "mht", "mhtml", "docx");

    /** OpenDocument spreadsheets: recognized to be refused with the advice to save them as .xlsx. */
    static final String OPEN_DOCUMENT = "ods";

    /** How much of a file the content check looks at. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N} ._()\\[\\],+&-]+");
    private static final int MAX_NAME_LENGTH = 150;

    /** Why a file is refused: a key of the data page's messages. */
    public enum Refusal {
        KIND("data.upload.refused.kind"),
        OPEN_DOCUMENT("data.upload.refused.ods"),
        CONTENT("data.upload.refused.content"),
        EMPTY("data.upload.refused.empty"),
        TOO_LARGE("data.upload.refused.tooLarge");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private UploadCheck() {}

    /** The file's kind by its name (lower case), if it is one the loader reads. */
    public static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSIONS.contains(extension) ? Optional.of(extension) : Optional.empty();
    }

    /** Why the file cannot be kept, if it cannot: its kind by name, then its size, then its first bytes. */
    public static Optional<Refusal> refusal(String name, byte[] content, long maxBytes) {
        String safe = safeName(name);
        if (safe.toLowerCase(Locale.ROOT).endsWith("." + OPEN_DOCUMENT)) {
            return Optional.of(Refusal.OPEN_DOCUMENT);
        }
        Optional<String> extension = extension(safe);
        if (extension.isEmpty()) {
            return Optional.of(Refusal.KIND);
        }
        if (content.length == 0) {
            return Optional.of(Refusal.EMPTY);
        }
        if (content.length > maxBytes) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        boolean matches =
                switch (extension.get()) {
                    case "xlsx", "docx" -> startsWith(content, ZIP);
                    case "xls" -> startsWith(content, OLE2) || isHtmlTable(content) || isMhtml(content);
                    case "htm", "html" -> isHtml(content);
                    case "mht", "mhtml" -> isMhtml(content);
                    default -> isText(content);
                };
        return matches ? Optional.empty() : Optional.of(Refusal.CONTENT);
    }

    /**
     * The name a file is kept under: its last path segment only (no folders, no "..", whatever the
     * browser sent), NFC, with characters other than letters, digits, spaces and {@code ._()[],+&-}
     * replaced by "_", no leading dots, at most 150 characters with the extension kept.
     */
    public static String safeName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = UNSAFE.matcher(name).replaceAll("_").strip();
        name = name.replaceFirst("^[.\\s]+", "");
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot);
            name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return name.isEmpty() ? "_" : name;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text: UTF-16 with its mark, or bytes with no NUL and under 1 % other control characters. */
    static boolean isText(byte[] content) {
        int length = Math.min(content.length, HEAD_BYTES);
        if (length >= 2
                && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            return true;
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int value = content[i] & 0xFF;
            if (value == 0) {
                return false;
            }
            if (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f') {
                controls++;
            }
        }
        return controls * 100 < Math.max(length, 1);
    }

    /** An .xls that is really a web page with a table (what some software exports). */
    private static boolean isHtmlTable(byte[] content) {
        if (!isText(content)) {
            return false;
        }
        String head = decodeLenient(content).toLowerCase(Locale.ROOT);
        return head.contains("<table") && (head.contains("<html") || head.contains("<tr"));
    }

    /** A web page: text with a table or an html element (the loader reads its tables). */
    private static boolean isHtml(byte[] content) {
        if (!isText(content)) {
            return false;
        }
        String head = decodeLenient(content).toLowerCase(Locale.ROOT);
        return head.contains("<table") || head.contains("<html");
    }

    /** A single-file web page: a MIME message whose headers say multipart/related. */
    private static boolean isMhtml(byte[] content) {
        if (!isText(content)) {
            return false;
        }
        String head = decodeLenient(content).stripLeading().toLowerCase(Locale.ROOT);
        return (head.startsWith("mime-version:") || head.startsWith("from:") || head.startsWith("content-type:"))
                && head.contains("multipart/related");
    }

    /** The head as text: UTF-16 when it starts with its byte order mark, else UTF-8 (bad bytes replaced). */
    private static String decodeLenient(byte[] content) {
        ByteBuffer head = ByteBuffer.wrap(content, 0, Math.min(content.length, HEAD_BYTES));
        boolean utf16 = content.length >= 2
                && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF));
        try {
            return (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8)
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(head)
                    .toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }
}
