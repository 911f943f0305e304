-- A leader is rated once a year in each unit they lead.
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    year,
    person_key,
    unit_code,
    count(*) as count_rows
from core.leader_rating
group by year, person_key, unit_code
having count(*) > 1
