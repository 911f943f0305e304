package vn.danhgia.core.rules;

/** Conditions that cap an individual's level regardless of the proposal. */
public enum CapCondition {
    /** Sick leave of 3 months or more in the year. */
    SICK_LEAVE_THREE_MONTHS_OR_MORE,
    /** More than half of the targets and tasks not completed. */
    UNDER_HALF_OF_TARGETS
}
