package vn.danhgia.etl.generate;

import java.util.Comparator;
import java.util.Objects;

/** One line of truth/findings.csv: what a correct detector must report. */
public record Finding(String detector, int year, String unitCode, String subject) implements Comparable<Finding> {
    public Finding {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(subject, "subject");
    }

    static Finding unit(String detector, int year, Unit unit) {
        return new Finding(detector, year, unit.code, "");
    }

    static Finding person(String detector, int year, Unit unit, Person person) {
        return new Finding(detector, year, unit.code, person.card);
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::detector)
            .thenComparingInt(Finding::year)
            .thenComparing(Finding::unitCode)
            .thenComparing(Finding::subject);

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
