package vn.danhgia.dashboard.query;

import java.math.BigDecimal;
import java.util.Optional;

/** The checks the records of this package make in their constructors. */
final class Checks {
    private Checks() {}

    static long count(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    static int year(int year) {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("not a rating year: " + year);
        }
        return year;
    }

    /** A share 0..1 (scale 4 as stored), or empty. */
    static Optional<BigDecimal> share(String name, Optional<BigDecimal> share) {
        share.ifPresent(value -> {
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(name + " must lie in 0..1: " + value);
            }
        });
        return share;
    }

    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
