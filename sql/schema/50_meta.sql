-- meta: the warehouse's own bookkeeping, written by the loader, the analyzer and the dashboard.
-- Times (_at) are UTC wall-clock timestamps: DuckDB's timestamp has no zone, so every writer stores
-- UTC (and Spark sessions run with spark.sql.session.timeZone=UTC); screens convert to local time.

-- meta.load_log: one row per file and load (`danhgia load`). status: 'running', 'loaded',
-- 'loaded_with_rejects' (some rows went to meta.rejects, the others are in the warehouse), 'failed'
-- (a file is loaded whole or not at all), 'superseded' (a later load of the same content or of the
-- same unit, kind and year replaced it: superseded_by names that load). content_hash: sha-256 of the
-- file's bytes, so re-loading the same file is recognized. encoding: the detected text encoding
-- (vn.danhgia.core.text.TextEncoding), null for xlsx. unit_text: the unit as detected in the file.
create table if not exists meta.load_log (
    load_id string,
    file string,
    kind string,
    year int,
    unit_code string,
    rows_read int,
    rows_loaded int,
    rows_rejected int,
    status string,
    message string,
    started_at timestamp,
    finished_at timestamp,
    content_hash string,
    superseded_by string,
    encoding string,
    unit_text string,
    unit_key string
);

-- meta.rejects: one row per value (or row) that could not be loaded or typed, with the place it came
-- from and why, so analysts can fix the file. reason_code: a vn.danhgia.core.error.ErrorCode name
-- (e.g. 'UNKNOWN_LEVEL'); message: the user's-language text saying how to fix it.
create table if not exists meta.rejects (
    load_id string,
    file string,
    sheet string,
    row int,
    column_name string,
    value string,
    reason_code string,
    message string
);

-- meta.audit: who did what and when (logins, identity resolutions, exports, uploads, account changes).
-- occurred_at, not `at`: AT is a reserved word in DuckDB, and quoting differs between the engines.
create table if not exists meta.audit (
    occurred_at timestamp,
    actor string,
    action string,
    object string,
    detail string
);

-- meta.level_spelling: every known spelling of a level or status, folded (NFC, lower case, no
-- diacritics, đ -> d, spaces collapsed), from vn.danhgia.core.level.LevelSpellings; staging looks raw
-- level text up here. status: a status code; level: a level code (null unless status = 'rated');
-- context: 'level_column' (a column that holds levels) or 'generic' (any text, e.g. a note).
create table if not exists meta.level_spelling (
    folded_spelling string,
    status string,
    level string,
    context string,
    only_before_year int
);

-- meta.schema_version: the versions of this schema applied to the warehouse (one row per version).
create table if not exists meta.schema_version (
    version int,
    applied_at timestamp
);

-- meta.read_issue: rows the file readers (Java) could not turn into raw rows, e.g. two x-marks in the
-- level columns. Same columns as meta.rejects; the load pipeline copies them into meta.rejects, which
-- is otherwise rebuilt from raw by the staging models at every load.
create table if not exists meta.read_issue (
    load_id string,
    file string,
    sheet string,
    row int,
    column_name string,
    value string,
    reason_code string,
    message string
);

-- meta.unit_text_key: the matching key of every unit name found in the loaded files (organ prefix
-- such as "Đảng ủy", "Chi bộ" removed, folded), computed by the loader with core's UnitNames so that
-- SQL joins instead of re-implementing the prefix list. Matched against core.unit_alias.match_key.
create table if not exists meta.unit_text_key (
    unit_text string,
    match_key string,
    exact_key string
);

-- meta.folder_segment: every folder the loaded files sit in (path relative to the folder given to
-- load, '/'-separated), one row per name of that path (depth 1 = outermost) with core's matching key.
-- A folder named by a registered unit's code or name scopes the unit names of its files
-- (staging/unit_resolution.sql). Rewritten by the loader at every load.
create table if not exists meta.folder_segment (
    folder string,
    depth int,
    segment string,
    match_key string
);

-- meta.unit_type_spelling: folded spellings of unit types and tiers ("sự nghiệp" -> 'public_service',
-- "cơ sở" -> 'grassroots'), written by the loader from core's unit-types.yaml. kind: 'type' or 'tier'.
create table if not exists meta.unit_type_spelling (
    folded_spelling string,
    kind string,
    code string
);

-- meta.reject_reason: the message of each reason code in the user's language, with {column} and
-- {value} placeholders, written by the loader from its message bundle so that SQL never holds prose.
create table if not exists meta.reject_reason (
    reason_code string,
    message string
);

-- meta.field_label: the label users see for a raw field in reject messages ("Đảng ủy quyết định"
-- rather than final_level), written by the loader from its message bundle.
create table if not exists meta.field_label (
    kind string,
    field string,
    label string
);

-- meta.pseudonym_key: the fingerprint of the key whose pseudonyms this warehouse holds (a keyed hash of
-- a fixed text: it reveals nothing of the key). A load with another key is refused.
create table if not exists meta.pseudonym_key (
    fingerprint string,
    is_demo boolean
);
