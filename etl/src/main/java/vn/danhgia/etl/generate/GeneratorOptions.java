package vn.danhgia.etl.generate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * What to generate: scale, years (2018 on: the four-level scheme), seed, output folder, formats, and how
 * widely member lists vary ({@link Variety}; with {@code WIDE}, the share of lists varied, 0..1).
 */
public record GeneratorOptions(
        Scale scale,
        int fromYear,
        int toYear,
        long seed,
        Path out,
        boolean csvOnly,
        Variety variety,
        double varietyShare) {
    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2025;
    /** The share of member lists a wide variety words differently unless told otherwise: a modest fifth. */
    public static final double DEFAULT_VARIETY_SHARE = 0.2;

    public GeneratorOptions {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(variety, "variety");
        if (fromYear < FIRST_YEAR || toYear > LAST_YEAR || toYear - fromYear < 3) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_USAGE, GeneratorMessages.format("years.invalid", fromYear + "-" + toYear));
        }
        if (!(varietyShare >= 0 && varietyShare <= 1)) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_USAGE,
                    GeneratorMessages.format("varietyShare.invalid", String.valueOf(varietyShare)));
        }
    }

    /** The samples' wordings only (no variety). */
    public GeneratorOptions(Scale scale, int fromYear, int toYear, long seed, Path out, boolean csvOnly) {
        this(scale, fromYear, toYear, seed, out, csvOnly, Variety.STANDARD, DEFAULT_VARIETY_SHARE);
    }

    private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*");

    public static GeneratorOptions parse(String scale, String years, long seed, Path out, String formats) {
        return parse(scale, years, seed, out, formats, Variety.STANDARD.code(), DEFAULT_VARIETY_SHARE);
    }

    public static GeneratorOptions parse(
            String scale, String years, long seed, Path out, String formats, String variety, double varietyShare) {
        Matcher matcher = YEARS.matcher(years);
        if (!matcher.matches()) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, GeneratorMessages.format("years.invalid", years));
        }
        boolean csvOnly =
                switch (formats.trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "mixed" -> false;
                    case "csv" -> true;
                    default ->
                        throw new DanhgiaException(
                                ErrorCode.INVALID_USAGE, GeneratorMessages.format("formats.unknown", formats));
                };
        return new GeneratorOptions(
                Scale.parse(scale),
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                seed,
                out,
                csvOnly,
                Variety.parse(variety),
                varietyShare);
    }

    public int years() {
        return toYear - fromYear + 1;
    }
}
