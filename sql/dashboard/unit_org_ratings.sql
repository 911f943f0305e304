-- unit_org_ratings: the levels one organization proposed for itself, was proposed and was decided, year
-- by year (core.org_rating). Parameter: unit code. Grain: one row per rating row, by year.
select
    year,
    self_level,
    proposed_level,
    final_level,
    score,
    source_file,
    source_sheet,
    source_row
from core.org_rating
where unit_code = cast(? as varchar)
order by year, source_file, source_row
