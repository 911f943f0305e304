-- mart.award_candidates has one row per kind, year, organization and person ('' for organizations).
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    kind,
    year,
    unit_code,
    person_key,
    count(*) as count_rows
from mart.award_candidates
group by kind, year, unit_code, person_key
having count(*) > 1
