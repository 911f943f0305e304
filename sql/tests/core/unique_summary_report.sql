-- A unit sends one summary report a year.
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    year,
    unit_code,
    count(*) as count_rows
from core.summary_report
group by year, unit_code
having count(*) > 1
