package vn.danhgia.etl.read;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user says about files that do not say it themselves (the CLI's {@code --year} and
 * {@code --unit}). A hint is a fallback: a year or unit the file names itself wins.
 */
public record ReadHints(Optional<Integer> year, Optional<String> unit) {
    public ReadHints {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(unit, "unit");
        year.ifPresent(value -> {
            if (value < 1900 || value > 2199) {
                throw new IllegalArgumentException("year out of range: " + value);
            }
        });
        unit = unit.map(String::strip).filter(value -> !value.isEmpty());
    }

    public static ReadHints none() {
        return new ReadHints(Optional.empty(), Optional.empty());
    }
}
