-- Every unit a mart names is a unit of core.dim_unit. Passes when it returns no rows; each row is a
-- unit code not in the registry, with the table that names it.
with named as (

    select distinct 'mart.level_distribution' as table_name, org_code as unit_code from mart.level_distribution
    union all
    select distinct 'mart.yoy_delta', unit_code from mart.yoy_delta
    union all
    select distinct 'mart.task_vs_rating', unit_code from mart.task_vs_rating
    union all
    select distinct 'mart.submission_timeliness', unit_code from mart.submission_timeliness
    union all
    select distinct 'mart.award_candidates', unit_code from mart.award_candidates

)

select named.table_name, named.unit_code
from named
left join (select distinct unit_code from core.dim_unit) as units
    on units.unit_code = named.unit_code
where units.unit_code is null
