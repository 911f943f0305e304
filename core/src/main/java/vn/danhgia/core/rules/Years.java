package vn.danhgia.core.rules;

import java.util.Objects;
import java.util.OptionalInt;

/** The rating years a rule set covers: {@code from} to {@code to} inclusive, or onward when {@code to} is empty. */
public record Years(int from, OptionalInt to) {

    public Years {
        Objects.requireNonNull(to, "to");
        if (to.isPresent() && to.getAsInt() < from) {
            throw new IllegalArgumentException("Years end " + to.getAsInt() + " before they start " + from);
        }
    }

    public boolean contains(int year) {
        return year >= from && (to.isEmpty() || year <= to.getAsInt());
    }

    /** "2019–2022" or "2025–". */
    @Override
    public String toString() {
        return from + "–" + (to.isPresent() ? String.valueOf(to.getAsInt()) : "");
    }
}
