-- mart.level_distribution has one row per year and organization; mart.level_distribution_by_type one
-- per year and unit type. Passes when it returns no rows; each row is a key that occurs more than once.
select
    'mart.level_distribution' as table_name,
    year,
    org_code as unit_key,
    count(*) as count_rows
from mart.level_distribution
group by year, org_code
having count(*) > 1
union all
select
    'mart.level_distribution_by_type',
    year,
    unit_type,
    count(*)
from mart.level_distribution_by_type
group by year, unit_type
having count(*) > 1
