package vn.danhgia.etl.generate;

import java.util.Locale;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * How far member lists stray from the samples' layouts: {@code STANDARD} writes the samples' wordings only;
 * {@code WIDE} words a share of the lists from the wider vocabulary of variety.yaml (headers, title blocks,
 * file names, units only in the file name or folder), which the loader meets in real files.
 */
public enum Variety {
    STANDARD,
    WIDE;

    public static Variety parse(String text) {
        for (Variety variety : values()) {
            if (variety.name().equalsIgnoreCase(text.trim())) {
                return variety;
            }
        }
        throw new DanhgiaException(ErrorCode.INVALID_USAGE, GeneratorMessages.format("variety.unknown", text));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
