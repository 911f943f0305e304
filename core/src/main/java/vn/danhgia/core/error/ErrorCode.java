package vn.danhgia.core.error;

/**
 * Stable error codes. They are stored in meta.rejects.reason_code and asserted in tests, so a code
 * is never renamed; new ones are added at the end of their group.
 */
public enum ErrorCode {
    // values
    UNKNOWN_LEVEL,
    AMBIGUOUS_LEVEL,
    UNKNOWN_STATUS,
    INVALID_NUMBER,
    INVALID_DATE,
    INVALID_YEAR,
    MISSING_VALUE,
    // text and files
    UNDETECTED_ENCODING,
    UNMAPPABLE_CHARACTER,
    UNREADABLE_FILE,
    UNKNOWN_LAYOUT,
    EMPTY_FILE,
    // rules and configuration
    NO_RULE_SET_FOR_YEAR,
    INVALID_RULE_SET,
    INVALID_CONFIGURATION,
    // units
    UNKNOWN_UNIT,
    AMBIGUOUS_UNIT,
    INVALID_LINEAGE,
    // usage and state
    INVALID_USAGE,
    NOT_YET_AVAILABLE,
    WAREHOUSE_UNAVAILABLE,
    DATA_TEST_FAILED,
    // the analysts' SQL sandbox
    QUERY_REFUSED,
    QUERY_TIMEOUT,
    QUERY_FAILED,
    INTERNAL
}
