-- core.monthly_score: one row per official and month, from the monthly exports' rows that passed every
-- check.
delete from core.monthly_score;

insert into core.monthly_score
select
    year,
    month,
    person_key,
    unit_code,
    self_score,
    final_score,
    grade,
    position,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.monthly_score;
