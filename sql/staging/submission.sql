-- staging.submission: when each unit finished its review and sent its report, as dates (dd/mm/yyyy,
-- Excel dates or ISO). The unit resolves by its name.
-- One row per unit and year: a second row of the same unit and year is a DUPLICATE_UNIT.
-- staging.submission_checked holds every raw row with its typed values; the rows failing a check go to
-- meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.submission_checked as
select
    source.*,
    dg_date(source.review_done_on) as review_done_on_value,
    dg_date(source.report_sent_on) as report_sent_on_value,
    case
        when resolution.unit_code is null then 1
        else row_number() over (
            partition by source.year, resolution.unit_code
            order by source.load_id, source.source_file, source.source_sheet, source.source_row)
    end as unit_occurrence,
    resolution.unit_code,
    coalesce(resolution.count_candidates, 0) as unit_candidates
from raw.submission as source
left join stg_file_scope as file_scope
    on file_scope.source_file = source.source_file
left join stg_unit_resolution as resolution
    on resolution.unit_text = source.unit_name and resolution.year = source.year
    and resolution.scope_code = coalesce(file_scope.scope_code, '');

insert into staging.reject
with failures as (

    select *, 'unit_name' as column_name, unit_name as value, 'MISSING_VALUE' as reason_code
    from staging.submission_checked where unit_name is null
    union all
    select *, 'unit_name', unit_name, 'AMBIGUOUS_UNIT'
    from staging.submission_checked where unit_candidates > 1
    union all
    select *, 'unit_name', unit_name, 'DUPLICATE_UNIT'
    from staging.submission_checked where unit_occurrence > 1
    union all
    select *, 'review_done_on', review_done_on, 'INVALID_DATE'
    from staging.submission_checked where review_done_on is not null and review_done_on_value is null
    union all
    select *, 'report_sent_on', report_sent_on, 'INVALID_DATE'
    from staging.submission_checked where report_sent_on is not null and report_sent_on_value is null

)

select
    'submission' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.submission
select
    checked.load_id,
    checked.source_file,
    checked.source_sheet,
    checked.source_row,
    checked.year,
    checked.unit,
    try_cast(checked.seq as int),
    checked.unit_name,
    checked.unit_code,
    checked.review_done_on_value,
    checked.report_sent_on_value
from staging.submission_checked as checked
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'submission'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
