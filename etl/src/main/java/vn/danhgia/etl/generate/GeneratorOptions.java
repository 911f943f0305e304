package vn.danhgia.etl.generate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/** What to generate: scale, years (2018 on: the four-level scheme), seed, output folder, formats. */
public record GeneratorOptions(Scale scale, int fromYear, int toYear, long seed, Path out, boolean csvOnly) {
    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2025;

    public GeneratorOptions {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(out, "out");
        if (fromYear < FIRST_YEAR || toYear > LAST_YEAR || toYear - fromYear < 3) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_USAGE, GeneratorMessages.format("years.invalid", fromYear + "-" + toYear));
        }
    }

    private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*");

    public static GeneratorOptions parse(String scale, String years, long seed, Path out, String formats) {
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
                csvOnly);
    }

    public int years() {
        return toYear - fromYear + 1;
    }
}
