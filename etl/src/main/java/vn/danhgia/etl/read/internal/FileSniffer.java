package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.danhgia.core.error.DanhgiaException;

/**
 * Decides from a file's first bytes (never from its extension) what it really is: an xlsx (zip) workbook,
 * a Word .docx (zip) document, a legacy xls (OLE2) workbook, an HTML page or single-file web page (MHTML),
 * whatever its name (.xls, .htm), or text; and refuses at once what cannot be read, with the fix: empty
 * files, damaged or foreign zips (an .ods spreadsheet among them), password-protected workbooks, legacy
 * Word .doc files, XML spreadsheets, binary files. A damaged zip is named by what its first entries say it
 * was (a Word document, an OpenDocument file), else by its extension.
 */
public final class FileSniffer {
    private static final int PROBE = 8192;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private FileSniffer() {}

    public enum Format {
        XLSX,
        XLS,
        TEXT,
        HTML,
        DOCX
    }

    public static Format sniff(Path file, String sourceFile) {
        byte[] probe;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            probe = in.readNBytes(PROBE);
        } catch (IOException e) {
            throw ReadErrors.unreadable(sourceFile, e, "read.io", ReadErrors.reason(e));
        }
        if (size == 0) {
            throw ReadErrors.empty(sourceFile, "read.empty");
        }
        if (startsWith(probe, ZIP)) {
            return checkZip(file, sourceFile, probe);
        }
        if (startsWith(probe, OLE2)) {
            checkOle2(file, sourceFile);
            return Format.XLS;
        }
        return checkText(probe, sourceFile) ? Format.HTML : Format.TEXT;
    }

    private static Format checkZip(Path file, String sourceFile, byte[] probe) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Format.XLSX;
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Format.DOCX;
            }
            if (zip.getEntry("content.xml") != null && isOpenDocumentSpreadsheet(zip)) {
                throw ReadErrors.unreadable(sourceFile, "read.ods");
            }
            String looksLike = zip.getEntry("xl/workbook.bin") != null
                    ? ".xlsb"
                    : zip.getEntry("content.xml") != null ? ".odt, .odp" : ".zip";
            throw ReadErrors.unreadable(sourceFile, "read.otherZip", looksLike);
        } catch (IOException e) {
            throw damagedZip(sourceFile, probe, e);
        }
    }

    /** An OpenDocument spreadsheet names its type in the 'mimetype' entry. */
    private static boolean isOpenDocumentSpreadsheet(ZipFile zip) throws IOException {
        var entry = zip.getEntry("mimetype");
        if (entry == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(200), StandardCharsets.US_ASCII).contains("opendocument.spreadsheet");
        }
    }

    /**
     * A zip that cannot be opened (cut short, damaged): the entry names in its first bytes (each local
     * header names its entry) say whether it was a Word document or an OpenDocument spreadsheet; else the
     * file's extension does; else it is read as a damaged Excel workbook.
     */
    private static DanhgiaException damagedZip(String sourceFile, byte[] probe, IOException error) {
        String start = new String(probe, StandardCharsets.ISO_8859_1);
        String name = sourceFile.toLowerCase(Locale.ROOT);
        if (start.contains("word/") || (!start.contains("xl/") && name.endsWith(".docx"))) {
            return ReadErrors.unreadable(sourceFile, error, "read.corruptWord", ReadErrors.reason(error));
        }
        if (start.contains("opendocument.spreadsheet") || (!start.contains("xl/") && name.endsWith(".ods"))) {
            return ReadErrors.unreadable(sourceFile, "read.ods");
        }
        return ReadErrors.unreadable(sourceFile, error, "read.corrupt", ReadErrors.reason(error));
    }

    private static void checkOle2(Path file, String sourceFile) {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true)) {
            if (fileSystem.getRoot().hasEntry("EncryptionInfo")) {
                throw ReadErrors.unreadable(sourceFile, "read.encrypted");
            }
            if (fileSystem.getRoot().hasEntry("WordDocument")) {
                throw ReadErrors.unreadable(sourceFile, "read.wordDoc");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DanhgiaException danhgia) {
                throw danhgia;
            }
            throw ReadErrors.unreadable(sourceFile, e, "read.corrupt", ReadErrors.reason(e));
        }
    }

    /** Whether the text is an HTML page (or single-file web page); refuses text that cannot be read. */
    private static boolean checkText(byte[] probe, String sourceFile) {
        boolean utf16 = hasUtf16Bom(probe) || looksUtf16WithoutBom(probe);
        String start = utf16
                ? utf16Start(probe)
                : new String(probe, 0, Math.min(probe.length, 2048), StandardCharsets.ISO_8859_1)
                        .replace("\u00EF\u00BB\u00BF", "")
                        .strip()
                        .toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            throw ReadErrors.unreadable(sourceFile, "read.xmlSpreadsheet");
        }
        if (isHtml(start) || (!utf16 && HtmlText.isMhtml(probe))) {
            return true;
        }
        if (!utf16 && isBinary(probe)) {
            throw ReadErrors.unreadable(sourceFile, "read.binary");
        }
        return false;
    }

    /** Markup first ('<html', '<!DOCTYPE html', '<table', '<meta', a comment), with a page element early on. */
    static boolean isHtml(String lowerStart) {
        return lowerStart.startsWith("<")
                && (lowerStart.contains("<html")
                        || lowerStart.contains("<table")
                        || lowerStart.contains("<!doctype html")
                        || lowerStart.contains("<body"));
    }

    private static String utf16Start(byte[] probe) {
        boolean bigEndian = (probe[0] == (byte) 0xFE && probe[1] == (byte) 0xFF) || (probe[0] == 0 && probe[1] != 0);
        int length = Math.min(probe.length, 4096) & ~1;
        return new String(probe, 0, length, bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE)
                .replace("\uFEFF", "")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    static boolean hasUtf16Bom(byte[] probe) {
        return probe.length >= 2
                && ((probe[0] == (byte) 0xFF && probe[1] == (byte) 0xFE)
                        || (probe[0] == (byte) 0xFE && probe[1] == (byte) 0xFF));
    }

    /** UTF-16 text without a BOM: zero bytes at nearly every odd (or even) position and nowhere else. */
    static boolean looksUtf16WithoutBom(byte[] probe) {
        int pairs = probe.length / 2;
        if (pairs < 4) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int index = 0; index + 1 < probe.length; index += 2) {
            evenZeros += probe[index] == 0 ? 1 : 0;
            oddZeros += probe[index + 1] == 0 ? 1 : 0;
        }
        return (oddZeros > pairs * 0.6 && evenZeros == 0) || (evenZeros > pairs * 0.6 && oddZeros == 0);
    }

    /** Zero bytes, or many control characters that no text file has. */
    static boolean isBinary(byte[] probe) {
        int controls = 0;
        for (byte value : probe) {
            int unsigned = value & 0xFF;
            if (unsigned == 0) {
                return true;
            }
            if (unsigned < 0x20 && unsigned != '\t' && unsigned != '\n' && unsigned != '\r' && unsigned != 0x0C) {
                controls++;
            }
        }
        return controls > probe.length / 20;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if (data[index] != prefix[index]) {
                return false;
            }
        }
        return true;
    }
}
