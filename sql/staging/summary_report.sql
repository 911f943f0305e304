-- staging.summary_report: the counts a unit reports about its members, typed as whole numbers.
-- Which unit a row counts: a summary form has one row per reporting unit, labelled in its unit column.
-- When that label names the whole organization ("Toàn Đảng bộ", "Toàn Đảng bộ xã", "Toàn chi bộ",
-- "Tổng", "Tổng cộng", "Cộng") or is empty, the row is the file's own unit (the one its title names);
-- otherwise the label is a unit of its own (a cell listed under the organization) and resolves by its
-- name. unit_name keeps the text the row resolved through.
-- One row per unit and year: a second row of the same unit and year is a DUPLICATE_UNIT.
-- staging.summary_report_checked holds every raw row with its typed values; the rows failing a check go to
-- meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.summary_report_checked as
with source as (

    select
        raw_rows.*,
        raw_rows.unit_name is null
            or dg_fold(raw_rows.unit_name) like 'toan %'
            or dg_fold(raw_rows.unit_name) in ('toan', 'tong', 'tong cong', 'tong so', 'cong', 'cong chung')
            as is_whole_organization
    from raw.summary_report as raw_rows

),

units as (

    select
        source.*,
        case when source.is_whole_organization then source.unit else source.unit_name end as unit_text,
        case when source.is_whole_organization then 'unit' else 'unit_name' end as unit_column,
        dg_number(source.total_members) as total_members_value,
        dg_number(source.rated) as rated_value,
        dg_number(source.exempt) as exempt_value,
        dg_number(source.not_rated) as not_rated_value,
        dg_number(source.count_htxsnv) as count_htxsnv_value,
        dg_number(source.count_httnv) as count_httnv_value,
        dg_number(source.count_htnv) as count_htnv_value,
        dg_number(source.count_khtnv) as count_khtnv_value
    from source

)

select
    units.*,
    case
        when resolution.unit_code is null then 1
        else row_number() over (
            partition by units.year, resolution.unit_code
            order by units.load_id, units.source_file, units.source_sheet, units.source_row)
    end as unit_occurrence,
    resolution.unit_code,
    coalesce(resolution.count_candidates, 0) as unit_candidates
from units
left join stg_file_scope as file_scope
    on file_scope.source_file = units.source_file
left join stg_unit_resolution as resolution
    on resolution.unit_text = units.unit_text and resolution.year = units.year
    and resolution.scope_code = coalesce(file_scope.scope_code, '');

insert into staging.reject
with counts as (

    select *, 'total_members' as column_name, total_members as value, total_members_value as number_value
    from staging.summary_report_checked
    union all
    select *, 'rated', rated, rated_value from staging.summary_report_checked
    union all
    select *, 'exempt', exempt, exempt_value from staging.summary_report_checked
    union all
    select *, 'not_rated', not_rated, not_rated_value from staging.summary_report_checked
    union all
    select *, 'count_htxsnv', count_htxsnv, count_htxsnv_value from staging.summary_report_checked
    union all
    select *, 'count_httnv', count_httnv, count_httnv_value from staging.summary_report_checked
    union all
    select *, 'count_htnv', count_htnv, count_htnv_value from staging.summary_report_checked
    union all
    select *, 'count_khtnv', count_khtnv, count_khtnv_value from staging.summary_report_checked

),

failures as (

    select
        load_id,
        source_file,
        source_sheet,
        source_row,
        unit_column as column_name,
        unit_text as value,
        'MISSING_VALUE' as reason_code
    from staging.summary_report_checked where unit_text is null
    union all
    select load_id, source_file, source_sheet, source_row, unit_column, unit_text, 'AMBIGUOUS_UNIT'
    from staging.summary_report_checked where unit_candidates > 1
    union all
    select load_id, source_file, source_sheet, source_row, unit_column, unit_text, 'DUPLICATE_UNIT'
    from staging.summary_report_checked where unit_occurrence > 1
    union all
    select load_id, source_file, source_sheet, source_row, column_name, value, 'INVALID_NUMBER'
    from counts
    where value is not null
        and (number_value is null or number_value < 0 or number_value <> floor(number_value))

)

select
    'summary_report' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.summary_report
select
    checked.load_id,
    checked.source_file,
    checked.source_sheet,
    checked.source_row,
    checked.year,
    checked.unit,
    checked.unit_text,
    checked.unit_code,
    cast(checked.total_members_value as int),
    cast(checked.rated_value as int),
    cast(checked.exempt_value as int),
    cast(checked.not_rated_value as int),
    cast(checked.count_htxsnv_value as int),
    cast(checked.count_httnv_value as int),
    cast(checked.count_htnv_value as int),
    cast(checked.count_khtnv_value as int)
from staging.summary_report_checked as checked
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'summary_report'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
