-- staging.shortcoming: shortcomings registers typed. year is the review year that named the
-- shortcoming (the row's review_year, else the file's year); reported_year is the register's own year
-- (meta.load_log), the year whose review gave the remediation status. subject_kind: 'organization'
-- ("Tập thể") or 'person' ("Cá nhân"); a row without it is a person when it has a card number.
-- An organization resolves by its name (subject_name) at the review year, so a name that a merger
-- later retired still finds the unit of that year; a person is the person_key of the card number and
-- belongs to the file's unit. status from the remediation text: 'remedied', 'partly_remedied',
-- 'not_remedied', 'recurred', and 'pending' while the cell is empty. category: the heading as a code
-- ('political_ideology', 'ethics_lifestyle', 'organizational_discipline', 'setting_example',
-- 'unit_results', 'task_results'), null for a heading outside these.
-- staging.shortcoming_checked holds every raw row with its typed values; the rows failing a check go to
-- meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.shortcoming_checked as
with source as (

    select
        raw_rows.*,
        try_cast(dg_number(raw_rows.review_year) as int) as review_year_value,
        dg_key(raw_rows.remediation_status) as status_key,
        dg_fold(raw_rows.category) as category_key,
        case
            when dg_key(raw_rows.subject_kind) in ('tapthe', 'tochuc', 'tochucdang') then 'organization'
            when dg_key(raw_rows.subject_kind) in ('canhan', 'dangvien') then 'person'
            when raw_rows.subject_kind is null and raw_rows.card_number is not null then 'person'
            when raw_rows.subject_kind is null then 'organization'
        end as subject_kind_code,
        links.person_key,
        logs.year as register_year
    from raw.shortcoming as raw_rows
    left join raw.person_link as links
        on links.kind = 'shortcoming'
        and links.load_id = raw_rows.load_id
        and links.source_file = raw_rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(raw_rows.source_sheet, '')
        and links.source_row = raw_rows.source_row
    left join meta.load_log as logs
        on logs.load_id = raw_rows.load_id
        and logs.file = raw_rows.source_file

),

typed as (

    select
        source.*,
        coalesce(source.review_year_value, source.year) as review_year_code,
        case when source.subject_kind_code = 'person' then source.unit else source.subject_name end as unit_text,
        case when source.subject_kind_code = 'person' then 'unit' else 'subject_name' end as unit_column,
        case
            when source.remediation_status is null then 'pending'
            when source.status_key like 'taidien%' or source.status_key like 'taipham%' then 'recurred'
            when source.status_key like 'khacphucchuatrietde%' or source.status_key like 'chuakhacphuctrietde%'
                then 'partly_remedied'
            when source.status_key like 'dakhacphuc%' then 'remedied'
            when source.status_key like 'chuakhacphuc%' then 'not_remedied'
        end as status_code,
        case
            when source.category_key like '%neu guong%' then 'setting_example'
            when source.category_key like '%chinh tri%' or source.category_key like '%tu tuong%'
                then 'political_ideology'
            when source.category_key like '%dao duc%' or source.category_key like '%loi song%'
                then 'ethics_lifestyle'
            when source.category_key like '%ky luat%' or source.category_key like '%to chuc%'
                or source.category_key like '%tap trung dan chu%' or source.category_key like '%phe binh%'
                or source.category_key like '%doan ket%'
                then 'organizational_discipline'
            when source.category_key like '%dia phuong%' or source.category_key like '%don vi%'
                or source.category_key like '%co quan%'
                then 'unit_results'
            when source.category_key like '%nhiem vu%' or source.category_key like '%ket qua%'
                then 'task_results'
        end as category_code
    from source

),

-- a person's shortcoming in a register without a unit belongs to the organization where the person
-- was rated that year
rated_in as (

    select year, person_key, min(org_code) as org_code
    from staging.member_rating
    where person_key is not null
    group by year, person_key

)

select
    typed.*,
    coalesce(typed.register_year, typed.year, typed.review_year_code) as reported_year,
    coalesce(resolution.unit_code, rated_in.org_code) as unit_code,
    coalesce(resolution.count_candidates, 0) as unit_candidates
from typed
left join stg_file_scope as file_scope
    on file_scope.source_file = typed.source_file
left join stg_unit_resolution as resolution
    on resolution.unit_text = typed.unit_text and resolution.year = typed.review_year_code
    and resolution.scope_code = coalesce(file_scope.scope_code, '')
left join rated_in
    on typed.unit_text is null
    and rated_in.person_key = typed.person_key
    and rated_in.year = typed.review_year_code;

insert into staging.reject
with failures as (

    select *, 'review_year' as column_name, review_year as value, 'INVALID_YEAR' as reason_code
    from staging.shortcoming_checked
    where review_year is not null
        and (review_year_value is null or review_year_value < 1990 or review_year_value > 2100)
    union all
    select *, 'description', description, 'MISSING_VALUE'
    from staging.shortcoming_checked where description is null
    union all
    select *, 'subject_kind', subject_kind, 'UNKNOWN_SUBJECT_KIND'
    from staging.shortcoming_checked where subject_kind_code is null
    union all
    select *, 'card_number', card_number, 'MISSING_VALUE'
    from staging.shortcoming_checked where subject_kind_code = 'person' and person_key is null
    union all
    select *, unit_column, unit_text, 'MISSING_VALUE'
    from staging.shortcoming_checked where subject_kind_code = 'organization' and unit_code is null
    union all
    select *, unit_column, unit_text, 'AMBIGUOUS_UNIT'
    from staging.shortcoming_checked where unit_candidates > 1
    union all
    select *, 'remediation_status', remediation_status, 'UNKNOWN_STATUS'
    from staging.shortcoming_checked where status_code is null

)

select
    'shortcoming' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.shortcoming
select
    checked.load_id,
    checked.source_file,
    checked.source_sheet,
    checked.source_row,
    checked.review_year_code,
    checked.unit,
    checked.reported_year,
    try_cast(checked.seq as int),
    checked.subject_kind_code,
    checked.unit_text,
    checked.unit_code,
    checked.person_key,
    checked.category_code,
    checked.description,
    checked.status_code
from staging.shortcoming_checked as checked
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'shortcoming'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
