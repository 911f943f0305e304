-- staging: the raw rows typed and normalized by the SQL staging models (sql/staging/, issue [3]).
-- One table per input kind. What staging does to a value:
--   text     NFC, trimmed, inner whitespace collapsed; names of units kept as written (cleaned)
--            beside the unit code they resolved to (null when unresolved, and the row is rejected)
--   levels   the codes 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV' through meta.level_spelling
--   statuses 'rated', 'exempt', 'suspended', 'new_member', 'not_rated'
--   numbers  decimal comma or point accepted; scores as decimal(5,2), shares as decimal(5,4) in 0..1
--   dates    dd/mm/yyyy, Excel dates and ISO dates become date
--   persons  no names or card numbers: person_key (see raw.person_link and sql/README.md)
-- A row that cannot be typed does not reach staging: it goes to meta.rejects with a reason code.
-- Lineage: every row keeps load_id, source_file, source_sheet and source_row of its raw row;
-- year is the rating year of the row (the file's detected year unless the row says otherwise);
-- file_unit_text is the unit detected from the file's title (raw.<kind>.unit), cleaned.
-- Plain tables without constraints, so the same DDL runs on DuckDB and Spark; keys and not-null
-- rules are data tests (sql/tests/).

-- staging.member_rating: one row per member line of a member list.
create table if not exists staging.member_rating (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    org_code string,
    seq int,
    person_key string,
    birth_year int,
    cell_text string,
    cell_code string,
    position string,
    status string,
    self_level string,
    proposed_level string,
    final_level string,
    self_score decimal(5, 2),
    proposed_score decimal(5, 2),
    final_score decimal(5, 2),
    note string
);

-- staging.org_rating: one row per rated party organization (the file's unit is the deciding committee).
create table if not exists staging.org_rating (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    seq int,
    unit_name string,
    unit_code string,
    unit_type string,
    self_level string,
    proposed_level string,
    final_level string,
    score decimal(5, 2),
    note string
);

-- staging.leader_rating: one row per rated leader or manager.
create table if not exists staging.leader_rating (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    seq int,
    person_key string,
    birth_year int,
    position string,
    unit_name string,
    unit_code string,
    self_level string,
    final_level string,
    score decimal(5, 2),
    note string
);

-- staging.summary_report: the counts a unit reports about itself (checked against its member list).
create table if not exists staging.summary_report (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    unit_name string,
    unit_code string,
    total_members int,
    rated int,
    exempt int,
    not_rated int,
    count_htxsnv int,
    count_httnv int,
    count_htnv int,
    count_khtnv int
);

-- staging.discipline: one row per disciplinary decision.
-- form is the canonical Vietnamese name ('Khiển trách', 'Cảnh cáo', 'Cách chức', 'Khai trừ'),
-- form_code its code ('reprimand', 'warning', 'dismissal', 'expulsion').
create table if not exists staging.discipline (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    seq int,
    person_key string,
    unit_name string,
    unit_code string,
    form string,
    form_code string,
    decided_on date,
    decision_number string,
    violation string,
    self_detected boolean
);

-- staging.shortcoming: one row per shortcoming named in a review, with its remediation status as the
-- register reports it. year is the review year that named it (review_year), reported_year the
-- register's own year. status: 'remedied', 'partly_remedied', 'recurred', 'not_remedied', 'pending'.
create table if not exists staging.shortcoming (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    reported_year int,
    seq int,
    subject_kind string,
    unit_name string,
    unit_code string,
    person_key string,
    category string,
    description string,
    status string
);

-- staging.monthly_score: one row per official and month (period 'MM/YYYY' split into year, month).
create table if not exists staging.monthly_score (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    month int,
    person_key string,
    position string,
    unit_name string,
    unit_code string,
    self_score decimal(5, 2),
    final_score decimal(5, 2),
    grade string
);

-- staging.task_result: targets and timeliness per unit and year.
create table if not exists staging.task_result (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    seq int,
    unit_name string,
    unit_code string,
    targets_total int,
    targets_met int,
    targets_exceeded int,
    on_time_share decimal(5, 4)
);

-- staging.submission: when a unit finished its review and when its report was sent.
create table if not exists staging.submission (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    file_unit_text string,
    seq int,
    unit_name string,
    unit_code string,
    review_done_on date,
    report_sent_on date
);

-- staging.unit_registry: the unit registry typed; unit_type and tier as codes
-- (vn.danhgia.core.unit.UnitType / UnitTier: 'commune', 'public_service', ... / 'grassroots', 'cell', ...).
create table if not exists staging.unit_registry (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit_code string,
    unit_name string,
    unit_type string,
    tier string,
    parent_code string,
    valid_from date,
    valid_to date,
    successor_code string,
    note string
);
