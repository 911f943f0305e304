package vn.danhgia.dashboard.report;

/**
 * How a report shows the years before a reorganization: every year under today's units (a merged
 * commune's earlier years are the sum of its predecessors, a split one's a share of them), or each year's
 * units as they were, with the merges noted. The district's totals are the same either way.
 */
public enum Restatement {
    /** Every year restated in today's units ({@code core.unit_mapping}). */
    AS_IS("as_is"),
    /** Each year's units as they were. */
    AS_WAS("as_was");

    private final String code;

    Restatement(String code) {
        this.code = code;
    }

    /** The code used in URLs and stored in {@code mart.yoy_delta.view}. */
    public String code() {
        return code;
    }

    /** The restatement of a code; anything else is refused. */
    public static Restatement of(String code) {
        for (Restatement restatement : values()) {
            if (restatement.code.equals(code)) {
                return restatement;
            }
        }
        throw new IllegalArgumentException("unknown restatement '" + code + "': expected as_is or as_was");
    }
}
