package vn.danhgia.etl.generate;

import java.util.List;

/** Detector ids of issue [4] that the generator plants. */
final class Detector {
    static final String EXCELLENT_QUOTA = "excellent_quota";
    static final String DISCIPLINED_NOT_DOWNGRADED = "disciplined_not_downgraded";
    static final String ORG_EXCELLENT_BLOCKED = "org_excellent_blocked";
    static final String SCORE_BAND_MISMATCH = "score_band_mismatch";
    static final String EXCELLENT_UNREMEDIED = "excellent_unremedied";
    static final String RUBBER_STAMP = "rubber_stamp";
    static final String LENIENCY_OUTLIER = "leniency_outlier";
    static final String RATING_COMPRESSION = "rating_compression";
    static final String INFLATION_TREND = "inflation_trend";
    static final String RATING_OUTCOME_MISMATCH = "rating_outcome_mismatch";
    static final String MONTHLY_ANNUAL_MISMATCH = "monthly_annual_mismatch";
    static final String RECURRING_SHORTCOMING = "recurring_shortcoming";
    static final String LATE_REVIEW = "late_review";
    static final String LATE_REPORT = "late_report";
    static final String SUMMARY_DETAIL_MISMATCH = "summary_detail_mismatch";

    /** Found from the data by rules (the audit recomputes them from the files as written); others statistical. */
    static final List<String> RULE_BASED = List.of(
            EXCELLENT_QUOTA,
            DISCIPLINED_NOT_DOWNGRADED,
            ORG_EXCELLENT_BLOCKED,
            SCORE_BAND_MISMATCH,
            EXCELLENT_UNREMEDIED,
            RATING_OUTCOME_MISMATCH,
            MONTHLY_ANNUAL_MISMATCH,
            RECURRING_SHORTCOMING,
            LATE_REVIEW,
            LATE_REPORT,
            SUMMARY_DETAIL_MISMATCH);

    static final List<String> STATISTICAL =
            List.of(RUBBER_STAMP, LENIENCY_OUTLIER, RATING_COMPRESSION, INFLATION_TREND);

    private Detector() {}
}
