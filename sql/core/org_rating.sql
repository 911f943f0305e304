-- core.org_rating: one row per party organization and year, from the organization ratings that passed
-- every check.
delete from core.org_rating;

insert into core.org_rating
select
    year,
    unit_code,
    self_level,
    proposed_level,
    final_level,
    score,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.org_rating;
