-- mart.submission_timeliness has one row per year and organization, mart.submission_timeliness_by_year
-- one per year. Passes when it returns no rows; each row is a key that occurs more than once.
select
    'mart.submission_timeliness' as table_name,
    year,
    unit_code,
    count(*) as count_rows
from mart.submission_timeliness
group by year, unit_code
having count(*) > 1
union all
select
    'mart.submission_timeliness_by_year',
    year,
    '',
    count(*)
from mart.submission_timeliness_by_year
group by year
having count(*) > 1
