-- staging.task_result: targets and timeliness per unit typed: counts as whole numbers, the on-time
-- share as a fraction 0..1 whichever way it is written: "95", "95%", "95,5" (percent) or "0,95" (a
-- fraction: a value of at most 1 without a percent sign). The unit resolves by its name.
-- One row per unit and year: a second row of the same unit and year is a DUPLICATE_UNIT.
-- staging.task_result_checked holds every raw row with its typed values; the rows failing a check go to
-- meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.task_result_checked as
with source as (

    select
        raw_rows.*,
        dg_number(raw_rows.targets_total) as targets_total_value,
        dg_number(raw_rows.targets_met) as targets_met_value,
        dg_number(raw_rows.targets_exceeded) as targets_exceeded_value,
        dg_number(replace(raw_rows.on_time_share, '%', '')) as on_time_number,
        instr(raw_rows.on_time_share, '%') > 0 as is_percent
    from raw.task_result as raw_rows

)

select
    source.*,
    case
        when source.is_percent or source.on_time_number > 1 then source.on_time_number / 100
        else source.on_time_number
    end as on_time_share_value,
    case
        when resolution.unit_code is null then 1
        else row_number() over (
            partition by source.year, resolution.unit_code
            order by source.load_id, source.source_file, source.source_sheet, source.source_row)
    end as unit_occurrence,
    resolution.unit_code,
    coalesce(resolution.count_candidates, 0) as unit_candidates
from source
left join stg_file_scope as file_scope
    on file_scope.source_file = source.source_file
left join stg_unit_resolution as resolution
    on resolution.unit_text = source.unit_name and resolution.year = source.year
    and resolution.scope_code = coalesce(file_scope.scope_code, '');

insert into staging.reject
with counts as (

    select *, 'targets_total' as column_name, targets_total as value, targets_total_value as number_value
    from staging.task_result_checked
    union all
    select *, 'targets_met', targets_met, targets_met_value from staging.task_result_checked
    union all
    select *, 'targets_exceeded', targets_exceeded, targets_exceeded_value from staging.task_result_checked

),

failures as (

    select
        load_id,
        source_file,
        source_sheet,
        source_row,
        'unit_name' as column_name,
        unit_name as value,
        'MISSING_VALUE' as reason_code
    from staging.task_result_checked where unit_name is null
    union all
    select load_id, source_file, source_sheet, source_row, 'unit_name', unit_name, 'AMBIGUOUS_UNIT'
    from staging.task_result_checked where unit_candidates > 1
    union all
    select load_id, source_file, source_sheet, source_row, 'unit_name', unit_name, 'DUPLICATE_UNIT'
    from staging.task_result_checked where unit_occurrence > 1
    union all
    select load_id, source_file, source_sheet, source_row, column_name, value, 'INVALID_NUMBER'
    from counts
    where value is not null
        and (number_value is null or number_value < 0 or number_value <> floor(number_value))
    union all
    select load_id, source_file, source_sheet, source_row, 'on_time_share', on_time_share, 'INVALID_NUMBER'
    from staging.task_result_checked
    where on_time_share is not null
        and (on_time_share_value is null or on_time_share_value < 0 or on_time_share_value > 1)

)

select
    'task_result' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.task_result
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
    cast(checked.targets_total_value as int),
    cast(checked.targets_met_value as int),
    cast(checked.targets_exceeded_value as int),
    cast(checked.on_time_share_value as decimal(5, 4))
from staging.task_result_checked as checked
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'task_result'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
