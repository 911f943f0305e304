package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides from a file's first bytes (never from its extension) what it really is: an xlsx (zip) workbook,
 * a legacy xls (OLE2) workbook, or text; and refuses at once what cannot be read, with the fix: empty files,
 * damaged or foreign zips, password-protected workbooks, HTML tables saved as .xls, binary files.
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
        TEXT
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
            checkZip(file, sourceFile);
            return Format.XLSX;
        }
        if (startsWith(probe, OLE2)) {
            checkOle2(file, sourceFile);
            return Format.XLS;
        }
        checkText(probe, sourceFile);
        return Format.TEXT;
    }

    private static void checkZip(Path file, String sourceFile) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return;
            }
            String looksLike = zip.getEntry("xl/workbook.bin") != null
                    ? ".xlsb"
                    : zip.getEntry("content.xml") != null
                            ? ".ods"
                            : zip.getEntry("word/document.xml") != null ? ".docx" : ".zip";
            throw ReadErrors.unreadable(sourceFile, "read.otherZip", looksLike);
        } catch (ZipException e) {
            throw ReadErrors.unreadable(sourceFile, e, "read.corrupt", ReadErrors.reason(e));
        } catch (IOException e) {
            throw ReadErrors.unreadable(sourceFile, e, "read.corrupt", ReadErrors.reason(e));
        }
    }

    private static void checkOle2(Path file, String sourceFile) {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true)) {
            if (fileSystem.getRoot().hasEntry("EncryptionInfo")) {
                throw ReadErrors.unreadable(sourceFile, "read.encrypted");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof vn.danhgia.core.error.DanhgiaException danhgia) {
                throw danhgia;
            }
            throw ReadErrors.unreadable(sourceFile, e, "read.corrupt", ReadErrors.reason(e));
        }
    }

    private static void checkText(byte[] probe, String sourceFile) {
        boolean utf16 = hasUtf16Bom(probe) || looksUtf16WithoutBom(probe);
        if (!utf16) {
            String start = new String(probe, 0, Math.min(probe.length, 2048), StandardCharsets.ISO_8859_1)
                    .replace("\u00EF\u00BB\u00BF", "")
                    .strip()
                    .toLowerCase(Locale.ROOT);
            if (start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                throw ReadErrors.unreadable(sourceFile, "read.xmlSpreadsheet");
            }
            if (start.startsWith("<")
                    && (start.contains("<html") || start.contains("<table") || start.contains("<!doctype html"))) {
                throw ReadErrors.unreadable(sourceFile, "read.html");
            }
            if (isBinary(probe)) {
                throw ReadErrors.unreadable(sourceFile, "read.binary");
            }
        }
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
