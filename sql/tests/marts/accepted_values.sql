-- The marts' coded columns hold only their codes: unit types (or 'unknown' for a unit the registry
-- gives no type), views, kinds, levels and quartiles. Passes when it returns no rows; each row is a
-- value found outside its codes, with where it was found.
with coded as (

    select 'mart.level_distribution' as table_name, 'unit_type' as column_name, unit_type as value
    from mart.level_distribution
    union all
    select 'mart.level_distribution_by_type', 'unit_type', unit_type from mart.level_distribution_by_type
    union all
    select 'mart.task_vs_rating', 'unit_type', unit_type from mart.task_vs_rating
    union all
    select 'mart.submission_timeliness', 'unit_type', unit_type from mart.submission_timeliness

),

checked as (

    select table_name, column_name, value
    from coded
    where value not in (
        'commune', 'township', 'agency', 'public_service', 'enterprise', 'armed_forces', 'cell', 'committee',
        'unknown')
    union all
    select 'mart.yoy_delta', 'view', view from mart.yoy_delta
    where view not in ('as_was', 'as_is')
    union all
    select 'mart.award_candidates', 'kind', kind from mart.award_candidates
    where kind not in ('member_excellent_5_years', 'organization_all_remedied')
    union all
    select 'mart.award_candidates', 'final_level', final_level from mart.award_candidates
    where final_level not in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')
        or (kind = 'member_excellent_5_years' and final_level <> 'HTXSNV')
    union all
    select 'mart.task_vs_rating', 'final_level', final_level from mart.task_vs_rating
    where final_level not in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')
    union all
    select 'mart.task_vs_rating', 'peer_quartile', cast(peer_quartile as string) from mart.task_vs_rating
    where peer_quartile not in (1, 2, 3, 4)

)

select table_name, column_name, value, count(*) as count_rows
from checked
group by table_name, column_name, value
