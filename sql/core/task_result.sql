-- core.task_result: targets and timeliness per unit and year, from the rows that passed every check.
delete from core.task_result;

insert into core.task_result
select
    year,
    unit_code,
    targets_total,
    targets_met,
    targets_exceeded,
    on_time_share,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.task_result;
