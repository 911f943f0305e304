-- core.leader_rating: one row per leader or manager and year, from the leader ratings that passed every
-- check. The leader rating forms have no proposal column, so proposed_level stays null.
delete from core.leader_rating;

insert into core.leader_rating
select
    year,
    person_key,
    position,
    unit_code,
    self_level,
    final_level,
    score,
    cast(null as string) as proposed_level,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.leader_rating;
