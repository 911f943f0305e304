package vn.danhgia.core.rules;

/** Small rules files for tests, written by scenario. */
final class RuleFiles {
    private RuleFiles() {}

    /** One open period from 2020 with the given deadlines section appended. */
    static String minimal(String deadlines) {
        return period("{from: 2020}", "0.20") + "exemptions: []\n" + deadlines;
    }

    /** A period with the given years and quota ratio, as YAML text under "periods:". */
    static String period(String years, String ratio) {
        return """
                periods:
                  - years: %s
                    framework: {regulation: QĐ 1, guidance: HD 1, summary: thử}
                    excellentQuota: {ratio: %s, base: GOOD, scope: GROUP_OF_SIMILAR_UNITS, confirmed: true}
                    excellentOrganization: {}
                """.formatted(years, ratio);
    }

    /** The sections after the periods: no exemptions, the default deadlines. */
    static final String DEADLINES = """
            exemptions: []
            deadlines: {reviewDoneBy: 10/12, reportSentBy: 15/12}
            """;
}
