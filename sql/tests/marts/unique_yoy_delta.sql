-- mart.yoy_delta has one row per view, year and unit. Passes when it returns no rows; each row is a
-- key that occurs more than once.
select
    view,
    year,
    unit_code,
    count(*) as count_rows
from mart.yoy_delta
group by view, year, unit_code
having count(*) > 1
