package vn.danhgia.core.form;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the Organization Board receives, and for each the canonical fields a reader
 * extracts (as text) into {@code raw.<code>}. Readers, the generator and the SQL staging models all use
 * these names; the Vietnamese header spellings that map to them are data (etl's header synonyms).
 */
public enum InputKind {
    MEMBER_RATING(
            "member_rating",
            "seq",
            "full_name",
            "birth",
            "card_number",
            "cell",
            "position",
            "self_level",
            "proposed_level",
            "final_level",
            "self_score",
            "proposed_score",
            "final_score",
            "note"),
    ORG_RATING(
            "org_rating",
            "seq",
            "unit_name",
            "unit_type",
            "self_level",
            "proposed_level",
            "final_level",
            "score",
            "note"),
    LEADER_RATING(
            "leader_rating",
            "seq",
            "official_code",
            "full_name",
            "birth",
            "card_number",
            "position",
            "unit_name",
            "self_level",
            "final_level",
            "score",
            "note"),
    SUMMARY_REPORT(
            "summary_report",
            "unit_name",
            "total_members",
            "rated",
            "exempt",
            "not_rated",
            "count_htxsnv",
            "count_httnv",
            "count_htnv",
            "count_khtnv"),
    DISCIPLINE(
            "discipline",
            "seq",
            "full_name",
            "card_number",
            "unit_name",
            "form",
            "decided_on",
            "decision_number",
            "violation",
            "self_detected"),
    SHORTCOMING(
            "shortcoming",
            "seq",
            "review_year",
            "subject_name",
            "subject_kind",
            "card_number",
            "category",
            "description",
            "remediation_status"),
    MONTHLY_SCORE(
            "monthly_score",
            "official_code",
            "full_name",
            "card_number",
            "position",
            "unit_name",
            "period",
            "self_score",
            "final_score",
            "grade"),
    TASK_RESULT("task_result", "seq", "unit_name", "targets_total", "targets_met", "targets_exceeded", "on_time_share"),
    SUBMISSION("submission", "seq", "unit_name", "review_done_on", "report_sent_on"),
    UNIT_REGISTRY(
            "unit_registry",
            "unit_code",
            "unit_name",
            "unit_type",
            "tier",
            "parent_code",
            "valid_from",
            "valid_to",
            "successor_code",
            "note");

    /** Lineage columns every raw table has before the fields. */
    public static final List<String> LINEAGE_COLUMNS =
            List.of("load_id", "source_file", "source_sheet", "source_row", "year", "unit");

    private final String code;
    private final List<String> fields;

    InputKind(String code, String... fields) {
        this.code = code;
        this.fields = List.of(fields);
    }

    /** The stable code, also the raw table's name ({@code raw.member_rating}). */
    public String code() {
        return code;
    }

    /** The canonical fields, in the raw table's column order. */
    public List<String> fields() {
        return fields;
    }

    public static Optional<InputKind> fromCode(String code) {
        String wanted = code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.code.equals(wanted)).findFirst();
    }
}
