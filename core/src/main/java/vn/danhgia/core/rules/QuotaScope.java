package vn.danhgia.core.rules;

/** Within which population the excellent quota is counted. */
public enum QuotaScope {
    /** Members within each grassroots party organization (2018–2022). */
    MEMBERS_PER_GRASSROOTS_ORGANIZATION,
    /** Collectives within each group of similar units (same position, function and tasks; 2023 on). */
    GROUP_OF_SIMILAR_UNITS
}
