-- A unit has one review and report date a year.
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    year,
    unit_code,
    count(*) as count_rows
from core.submission
group by year, unit_code
having count(*) > 1
