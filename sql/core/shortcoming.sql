-- core.shortcoming: one row per shortcoming named in a review and register year, from the registers'
-- rows that passed every check.
delete from core.shortcoming;

insert into core.shortcoming
select
    year,
    unit_code,
    person_key,
    category,
    description,
    status,
    subject_kind,
    reported_year,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.shortcoming;
