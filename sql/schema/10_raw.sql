-- raw: one table per input kind (vn.danhgia.core.form.InputKind), filled by the Java loader.
-- Values are text exactly as read (after decoding to NFC), so nothing is lost before the SQL
-- staging
-- models type and validate them. Lineage columns come first, then every canonical field of the kind
-- in InputKind order:
--   load_id       the load that wrote the row (meta.load_log.load_id)
--   source_file   the file path as given to `danhgia load`, relative to the folder argument
--   source_sheet  the sheet name (null for csv)
--   source_row    the 1-based row number as the user sees it in Excel or a text editor
--   year          the rating year detected from the file (title, name or folder)
--   unit          the unit text detected from the file's title block or name (not yet resolved)
-- raw holds names and card numbers as written: it is loader-only, never published to analysts.
-- A test (WarehouseSchemaIT) checks these tables against InputKind, column for column.

-- raw.member_rating: member ratings (danh sách xếp loại đảng viên): one row per member line of a
-- unit's list.
create table if not exists raw.member_rating (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    seq string,
    full_name string,
    birth string,
    card_number string,
    cell string,
    position string,
    self_level string,
    proposed_level string,
    final_level string,
    self_score string,
    proposed_score string,
    final_score string,
    note string
);

-- raw.org_rating: organization ratings (xếp loại tổ chức cơ sở đảng): one row per party
-- organization.
create table if not exists raw.org_rating (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    seq string,
    unit_name string,
    unit_type string,
    self_level string,
    proposed_level string,
    final_level string,
    score string,
    note string
);

-- raw.leader_rating: leader ratings (xếp loại cán bộ lãnh đạo, quản lý): one row per
-- leader/manager.
create table if not exists raw.leader_rating (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    seq string,
    official_code string,
    full_name string,
    birth string,
    card_number string,
    position string,
    unit_name string,
    self_level string,
    final_level string,
    score string,
    note string
);

-- raw.summary_report: summary reports (biểu tổng hợp xếp loại): the counts a unit reports for
-- itself.
create table if not exists raw.summary_report (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    unit_name string,
    total_members string,
    rated string,
    exempt string,
    not_rated string,
    count_htxsnv string,
    count_httnv string,
    count_htnv string,
    count_khtnv string
);

-- raw.discipline: discipline register (sổ theo dõi kỷ luật): one row per disciplinary decision.
create table if not exists raw.discipline (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    seq string,
    full_name string,
    card_number string,
    unit_name string,
    form string,
    decided_on string,
    decision_number string,
    violation string,
    self_detected string
);

-- raw.shortcoming: shortcomings register (theo dõi khắc phục hạn chế, khuyết điểm): one row per
-- shortcoming.
create table if not exists raw.shortcoming (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    seq string,
    review_year string,
    subject_name string,
    subject_kind string,
    card_number string,
    category string,
    description string,
    remediation_status string
);

-- raw.monthly_score: monthly evaluation export (đánh giá hằng tháng): one row per official and
-- month.
create table if not exists raw.monthly_score (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    official_code string,
    full_name string,
    card_number string,
    position string,
    unit_name string,
    period string,
    self_score string,
    final_score string,
    grade string
);

-- raw.task_result: task results (kết quả thực hiện nhiệm vụ): targets and timeliness per unit.
create table if not exists raw.task_result (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    seq string,
    unit_name string,
    targets_total string,
    targets_met string,
    targets_exceeded string,
    on_time_share string
);

-- raw.submission: submission dates (tiến độ kiểm điểm, báo cáo): when a unit finished its review
-- and reported.
create table if not exists raw.submission (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    seq string,
    unit_name string,
    review_done_on string,
    report_sent_on string
);

-- raw.unit_registry: unit registry (danh mục tổ chức đảng và sắp xếp): units, parents and
-- successors.
create table if not exists raw.unit_registry (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    year int,
    unit string,
    unit_code string,
    unit_name string,
    unit_type string,
    tier string,
    parent_code string,
    valid_from string,
    valid_to string,
    successor_code string,
    note string
);

-- raw.person_link: the pseudonym of the person each raw row names, written by the loader beside the
-- row (not an input kind). The loader computes person_key with a keyed hash whose key never
-- enters the
-- warehouse or any SQL text (see sql/README.md, pseudonymization), and records the identity
-- itself in
-- restricted.person_identity. Staging models join on (load_id, source_file, source_sheet,
-- source_row).
-- identity_basis says what the key was computed from: 'card_number', 'name_birth' (folded name and
-- birth date or year) or 'name_unit' (folded name and unit, the weakest: no card number, no birth).
create table if not exists raw.person_link (
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    kind string,
    person_key string,
    identity_basis string
);
