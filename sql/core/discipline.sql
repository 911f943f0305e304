-- core.discipline: one row per disciplinary decision, from the registers' rows that passed every check.
delete from core.discipline;

insert into core.discipline
select
    year,
    person_key,
    unit_code,
    form,
    decided_on,
    self_detected,
    form_code,
    decision_number,
    violation,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.discipline;
