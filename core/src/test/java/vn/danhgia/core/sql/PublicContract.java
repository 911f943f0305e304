package vn.danhgia.core.sql;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * THE public contract of the warehouse: every table analysts, notebooks, marts, detectors and the
 * dashboard may rely on, with its columns in order and their portable types. Columns may be added
 * (here, in the DDL and in sql/README.md together), never renamed or retyped.
 */
final class PublicContract {
    private PublicContract() {}

    private static final String LINEAGE = "source_file string, source_sheet string, source_row int, load_id string";

    private static final String TEXT = """
            core.dim_unit: unit_code string, unit_name string, unit_type string, parent_code string, tier string,
                valid_from date, valid_to date, is_provisional boolean, LINEAGE
            core.unit_lineage: from_unit_code string, to_unit_code string, effective_date date, change_kind string,
                LINEAGE
            core.unit_mapping: unit_code string, as_of date, current_unit_code string, weight decimal(5,4)
            core.unit_alias: match_key string, unit_code string, valid_from date, valid_to date, origin string
            core.dim_person: person_key string, birth_year int, gender string, is_leader boolean
            core.dim_rule_year: year int, framework string, excellent_quota_ratio decimal(5,4), quota_scope string,
                band_excellent_min decimal(5,2), band_good_min decimal(5,2), band_completed_min decimal(5,2),
                review_deadline date, report_deadline date, is_quota_confirmed boolean, regulation string,
                guidance string, discipline_max_level string, discipline_self_detected_exempt boolean,
                org_excellent_min_share_completed decimal(5,4), org_excellent_min_share_good decimal(5,4),
                org_excellent_no_disciplined boolean, org_not_completed_share_disciplined decimal(5,4),
                org_excellent_min_share_on_time decimal(5,4), org_excellent_min_share_exceeded decimal(5,4),
                org_excellent_min_share_remedied decimal(5,4), rule_quota string, rule_discipline string,
                rule_org_excellent string, rule_score_band string, rule_remedied string, rule_results string,
                rule_monthly string, rule_review_deadline string, rule_report_deadline string,
                rule_summary_form string
            core.member_rating: year int, person_key string, cell_code string, org_code string, status string,
                self_level string, proposed_level string, final_level string, score decimal(5,2),
                self_score decimal(5,2), proposed_score decimal(5,2), position string, LINEAGE
            core.org_rating: year int, unit_code string, self_level string, proposed_level string,
                final_level string, score decimal(5,2), LINEAGE
            core.leader_rating: year int, person_key string, position string, unit_code string, self_level string,
                final_level string, score decimal(5,2), proposed_level string, LINEAGE
            core.discipline: year int, person_key string, unit_code string, form string, decided_on date,
                self_detected boolean, form_code string, decision_number string, violation string, LINEAGE
            core.shortcoming: year int, unit_code string, person_key string, category string, description string,
                status string, subject_kind string, reported_year int, LINEAGE
            core.monthly_score: year int, month int, person_key string, unit_code string, self_score decimal(5,2),
                final_score decimal(5,2), grade string, position string, LINEAGE
            core.task_result: year int, unit_code string, targets_total int, targets_met int, targets_exceeded int,
                on_time_share decimal(5,4), LINEAGE
            core.submission: year int, unit_code string, review_done_on date, report_sent_on date, LINEAGE
            core.summary_report: year int, unit_code string, total_members int, rated int, exempt int,
                not_rated int, count_htxsnv int, count_httnv int, count_htnv int, count_khtnv int, LINEAGE
            mart.findings: detector string, year int, unit_code string, subject_key string, severity string,
                score double, evidence string
            mart.detector_threshold: detector string, name string, value double
            meta.load_log: load_id string, file string, kind string, year int, unit_code string, rows_read int,
                rows_loaded int, rows_rejected int, status string, message string, started_at timestamp,
                finished_at timestamp, content_hash string, superseded_by string, encoding string, unit_text string,
                unit_key string
            meta.rejects: load_id string, file string, sheet string, row int, column_name string, value string,
                reason_code string, message string
            meta.audit: occurred_at timestamp, actor string, action string, object string, detail string
            meta.level_spelling: folded_spelling string, status string, level string, context string,
                only_before_year int
            meta.read_issue: load_id string, file string, sheet string, row int, column_name string, value string,
                reason_code string, message string
            meta.unit_text_key: unit_text string, match_key string, exact_key string
            meta.folder_segment: folder string, depth int, segment string, match_key string
            meta.unit_type_spelling: folded_spelling string, kind string, code string
            meta.reject_reason: reason_code string, message string
            meta.field_label: kind string, field string, label string
            meta.pseudonym_key: fingerprint string, is_demo boolean
            meta.schema_version: version int, applied_at timestamp
            restricted.person_identity: person_key string, card_number string, full_name string, birth_date date
            """;

    /** table -> "column type", in column order. */
    static final Map<String, List<String>> TABLES = parse(TEXT.replace("LINEAGE", LINEAGE));

    private static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        // A table starts at the beginning of a line; continuation lines are indented.
        for (String entry : text.split("\n(?=\\S)")) {
            int colon = entry.indexOf(':');
            String columns = entry.substring(colon + 1).strip().replaceAll("\\s+", " ");
            tables.put(
                    entry.substring(0, colon).strip(),
                    Arrays.stream(columns.split(",\\s*(?![^(]*\\))"))
                            .map(String::strip)
                            .toList());
        }
        return Map.copyOf(tables);
    }
}
