-- A member is rated once a year (a re-loaded list supersedes the earlier load instead of adding to it).
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    year,
    person_key,
    count(*) as count_rows
from core.member_rating
group by year, person_key
having count(*) > 1
