-- core.member_rating: one row per member and year, from the member lists that passed every check.
-- score is the score the decision rests on: the committee's when the list has one, else the cell's.
delete from core.member_rating;

insert into core.member_rating
select
    year,
    person_key,
    cell_code,
    org_code,
    status,
    self_level,
    proposed_level,
    final_level,
    coalesce(final_score, proposed_score) as score,
    self_score,
    proposed_score,
    position,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.member_rating;
