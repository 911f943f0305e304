package vn.danhgia.core.rules;

/** Who is not rated in a year, and why. */
public enum ExemptionCategory {
    /** Over working age, or ill, and excused from party work and meetings on their own request. */
    OVER_WORKING_AGE_OR_ILL_ON_REQUEST,
    /** Suspended from party activities (đình chỉ sinh hoạt). */
    SUSPENDED,
    /** Admitted less than 6 months before the review: reviewed but not rated. */
    ADMITTED_UNDER_SIX_MONTHS
}
