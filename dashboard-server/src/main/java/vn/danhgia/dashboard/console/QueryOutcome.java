package vn.danhgia.dashboard.console;

import java.util.Locale;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.dashboard.auth.AuditOutcome;

/** How a run of the console ended, as the history stores it and the audit log counts it. */
public enum QueryOutcome {
    /** Ran and returned every row. */
    SUCCESS(AuditOutcome.SUCCESS),
    /** Ran and returned the first rows up to the cap. */
    ROW_CAP(AuditOutcome.SUCCESS),
    /** Refused by the sandbox before it ran (not one query statement, or reaching outside). */
    REFUSED(AuditOutcome.DENIED),
    /** Cancelled at the time limit. */
    TIMEOUT(AuditOutcome.FAILURE),
    /** Ran into an error (syntax, unknown table, memory, no analysts' file). */
    FAILURE(AuditOutcome.FAILURE);

    private final AuditOutcome audit;

    QueryOutcome(AuditOutcome audit) {
        this.audit = audit;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public AuditOutcome audit() {
        return audit;
    }

    public boolean ran() {
        return this == SUCCESS || this == ROW_CAP;
    }

    public static QueryOutcome fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    static QueryOutcome of(QueryResult result) {
        return result.truncated() ? ROW_CAP : SUCCESS;
    }

    static QueryOutcome of(DanhgiaException failure) {
        ErrorCode code = failure.code();
        if (code == ErrorCode.QUERY_REFUSED) {
            return REFUSED;
        }
        return code == ErrorCode.QUERY_TIMEOUT ? TIMEOUT : FAILURE;
    }
}
