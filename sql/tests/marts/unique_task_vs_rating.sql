-- mart.task_vs_rating has one row per year and organization. Passes when it returns no rows; each row
-- is a key that occurs more than once.
select
    year,
    unit_code,
    count(*) as count_rows
from mart.task_vs_rating
group by year, unit_code
having count(*) > 1
