-- An organization is rated once a year.
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    year,
    unit_code,
    count(*) as count_rows
from core.org_rating
group by year, unit_code
having count(*) > 1
