-- core: conformed dimensions and facts. This is the PUBLIC CONTRACT that analysts, notebooks, marts,
-- detectors and the dashboard rely on: tables and columns may be added, never renamed or retyped
-- (WarehouseSchemaIT holds the expected list; sql/README.md documents every column).
-- Codes stored in core:
--   levels   'HTXSNV' (excellent), 'HTTNV' (good), 'HTNV' (completed), 'KHTNV' (not completed)
--   statuses 'rated', 'exempt', 'suspended', 'new_member', 'not_rated'
-- Persons appear only as person_key (a pseudonym); names and card numbers live in restricted.
-- Every fact keeps its lineage last: source_file (the path as given to `danhgia load`, relative to
-- the folder argument), source_sheet (null for csv), source_row (1-based, as the user sees it), load_id.
-- No primary keys or not-null constraints (Spark tables have none): they are data tests (sql/tests/).

-- ---------------------------------------------------------------------------------------------------
-- units and their history

-- core.dim_unit: one row per party unit and validity period (xã, cơ quan, chi bộ, cấp ủy ...).
-- unit_type: 'commune', 'township', 'agency', 'public_service', 'enterprise', 'armed_forces', 'cell',
-- 'committee'; tier: 'city', 'district', 'grassroots', 'sub_committee', 'cell'. valid_to is the last
-- day the unit exists in this form (inclusive, as the registry writes 'Hiệu lực đến'; null while it
-- exists). is_provisional: created from a name found in a
-- file that the registry does not (yet) know.
create table if not exists core.dim_unit (
    unit_code string,
    unit_name string,
    unit_type string,
    parent_code string,
    tier string,
    valid_from date,
    valid_to date,
    is_provisional boolean,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.unit_lineage: how units changed (sáp nhập, chia tách, đổi tên, điều chuyển).
-- change_kind: 'merge', 'split', 'rename', 'transfer'. effective_date: the first day of the new state.
create table if not exists core.unit_lineage (
    from_unit_code string,
    to_unit_code string,
    effective_date date,
    change_kind string,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.unit_mapping: the "as is" view of history. as_of is "today": the registry's latest date (the
-- last day anything in it starts or changes). Every unit code that ever existed is mapped to the
-- unit(s) that carry it on as_of, with the share (weight, summing to 1 per unit_code and as_of) of its
-- members each one took over: 1 for merges and renames, split shares for splits. Join facts on
-- unit_code (and the latest as_of) to compare years in today's units.
create table if not exists core.unit_mapping (
    unit_code string,
    as_of date,
    current_unit_code string,
    weight decimal(5, 4)
);

-- core.unit_alias: folded spellings that identify a unit in files (match_key: NFC, lower case,
-- diacritics stripped, đ -> d, organ prefix such as 'đảng ủy xã' removed), used by staging to resolve
-- unit text to unit_code. origin: 'name' (the folded name), 'exact' (the name keeping its diacritics,
-- which tells homonyms such as 'thôn Đông' and 'thôn Đồng' apart) or 'code' (the unit code); valid_to
-- is the last day the spelling identifies the unit (inclusive).
create table if not exists core.unit_alias (
    match_key string,
    unit_code string,
    valid_from date,
    valid_to date,
    origin string
);

-- ---------------------------------------------------------------------------------------------------
-- persons and rules

-- core.dim_person: one row per person, pseudonymous: no name, no card number, no full birth date.
-- gender: 'male', 'female' or null when no file says. is_leader: rated as a leader/manager in any year.
create table if not exists core.dim_person (
    person_key string,
    birth_year int,
    gender string,
    is_leader boolean
);

-- core.dim_rule_year: the rule set of each rating year as data, so SQL applies the year's rules
-- instead of `if year > 2022` (from vn.danhgia.core.rules.RuleBook).
-- framework: the regulation and guidance as written (e.g. 'QĐ 366-QĐ/TW; HD 43-HD/BTCTW').
-- excellent_quota_ratio: excellent at most this share of good (0.2000). quota_scope:
-- 'grassroots_organization' (members, per grassroots organization: 2018-2022) or 'similar_units'
-- (collectives, within each group of similar units: 2023-). band_*_min: the 100-point score bands
-- (90, 70, 50), null in years without scores. is_quota_confirmed: false when the quota is the
-- configured default rather than a published rule. Deadlines are the superior committee's.
-- discipline_max_level: the highest level of an individual disciplined in the year ('KHTNV'; null
-- when the year has no such rule), discipline_self_detected_exempt: self-detected and remedied
-- violations are exempt (2023-). org_excellent_*: what an excellent organization needs (shares 0..1,
-- null when the year has no such condition); org_not_completed_share_disciplined: above this share of
-- disciplined sub-units the organization is not completed. rule_*: the Vietnamese text of each rule
-- with the year's regulation, as detectors quote it in their evidence (null when the year lacks it).
create table if not exists core.dim_rule_year (
    year int,
    framework string,
    excellent_quota_ratio decimal(5, 4),
    quota_scope string,
    band_excellent_min decimal(5, 2),
    band_good_min decimal(5, 2),
    band_completed_min decimal(5, 2),
    review_deadline date,
    report_deadline date,
    is_quota_confirmed boolean,
    regulation string,
    guidance string,
    discipline_max_level string,
    discipline_self_detected_exempt boolean,
    org_excellent_min_share_completed decimal(5, 4),
    org_excellent_min_share_good decimal(5, 4),
    org_excellent_no_disciplined boolean,
    org_not_completed_share_disciplined decimal(5, 4),
    org_excellent_min_share_on_time decimal(5, 4),
    org_excellent_min_share_exceeded decimal(5, 4),
    org_excellent_min_share_remedied decimal(5, 4),
    rule_quota string,
    rule_discipline string,
    rule_org_excellent string,
    rule_score_band string,
    rule_remedied string,
    rule_results string,
    rule_monthly string,
    rule_review_deadline string,
    rule_report_deadline string,
    rule_summary_form string
);

-- ---------------------------------------------------------------------------------------------------
-- facts

-- core.member_rating: one row per member and year (xếp loại đảng viên). org_code: the grassroots
-- organization, cell_code: the cell. status says whether the member was rated; levels are null
-- unless status = 'rated'. score is the final score (100-point scale, 2025-), self_score and
-- proposed_score the member's own and the cell's.
create table if not exists core.member_rating (
    year int,
    person_key string,
    cell_code string,
    org_code string,
    status string,
    self_level string,
    proposed_level string,
    final_level string,
    score decimal(5, 2),
    self_score decimal(5, 2),
    proposed_score decimal(5, 2),
    position string,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.org_rating: one row per party organization and year (xếp loại tổ chức đảng).
create table if not exists core.org_rating (
    year int,
    unit_code string,
    self_level string,
    proposed_level string,
    final_level string,
    score decimal(5, 2),
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.leader_rating: one row per leader/manager and year (xếp loại cán bộ lãnh đạo, quản lý).
-- proposed_level is null where the form has no proposal column.
create table if not exists core.leader_rating (
    year int,
    person_key string,
    position string,
    unit_code string,
    self_level string,
    final_level string,
    score decimal(5, 2),
    proposed_level string,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.discipline: one row per disciplinary decision (kỷ luật). form: the canonical Vietnamese name
-- ('Khiển trách', 'Cảnh cáo', 'Cách chức', 'Khai trừ'); form_code: 'reprimand', 'warning',
-- 'dismissal', 'expulsion'. self_detected: the violation was found and reported by the person or
-- unit itself (matters for the 2023- rules).
create table if not exists core.discipline (
    year int,
    person_key string,
    unit_code string,
    form string,
    decided_on date,
    self_detected boolean,
    form_code string,
    decision_number string,
    violation string,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.shortcoming: one row per shortcoming named in a review and register year (hạn chế, khuyết
-- điểm). year: the review that named it; reported_year: the register that gave the status.
-- subject_kind: 'organization' (person_key null) or 'person'. category: 'political_ideology',
-- 'ethics_lifestyle', 'organizational_discipline', 'task_results', 'setting_example', 'unit_results'.
-- status: 'remedied', 'partly_remedied', 'recurred', 'not_remedied', 'pending' (no status yet).
create table if not exists core.shortcoming (
    year int,
    unit_code string,
    person_key string,
    category string,
    description string,
    status string,
    subject_kind string,
    reported_year int,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.monthly_score: one row per official and month (đánh giá hằng tháng). grade: 'A' (>= 90),
-- 'B' (70-89), 'C' (50-69), 'D' (< 50).
create table if not exists core.monthly_score (
    year int,
    month int,
    person_key string,
    unit_code string,
    self_score decimal(5, 2),
    final_score decimal(5, 2),
    grade string,
    position string,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.task_result: targets and timeliness of a unit's tasks in a year (sản phẩm cụ thể).
-- on_time_share: share of tasks finished on time, 0..1.
create table if not exists core.task_result (
    year int,
    unit_code string,
    targets_total int,
    targets_met int,
    targets_exceeded int,
    on_time_share decimal(5, 4),
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.submission: when a unit finished its review and sent its report (compare with dim_rule_year).
create table if not exists core.submission (
    year int,
    unit_code string,
    review_done_on date,
    report_sent_on date,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);

-- core.summary_report: the counts a unit reported about its members (biểu tổng hợp), kept to be
-- checked against core.member_rating.
create table if not exists core.summary_report (
    year int,
    unit_code string,
    total_members int,
    rated int,
    exempt int,
    not_rated int,
    count_htxsnv int,
    count_httnv int,
    count_htnv int,
    count_khtnv int,
    source_file string,
    source_sheet string,
    source_row int,
    load_id string
);
