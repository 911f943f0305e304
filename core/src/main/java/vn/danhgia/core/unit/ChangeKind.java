package vn.danhgia.core.unit;

import java.util.Locale;

/** How a unit turned into another: the kind column of core.unit_lineage. */
public enum ChangeKind {
    /** Two or more units became one (a new unit, or an existing one that absorbed the others). */
    MERGE,
    /** One unit became several; each successor carries an equal share unless told otherwise. */
    SPLIT,
    /** One unit continues under a new code or a new name; nothing else changes. */
    RENAME,
    /**
     * A unit moved under another parent, often changing tier (a grassroots organization becoming a
     * cell of another organization). The code may continue (from = to, a new version of the unit) or
     * the unit may get a new code.
     */
    TRANSFER;

    /** The stored code, e.g. {@code merge}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Kinds where the unit's code may continue on the effective date (from code = to code). */
    public boolean allowsSameCode() {
        return this == RENAME || this == TRANSFER;
    }
}
