-- overview_leader_levels: the levels decided for leaders and managers (core.leader_rating) per year,
-- over every loaded year. A leader belongs to the grassroots organization of their unit: the unit itself
-- when it is one, else its parent or grandparent (a cell's organization), in the unit's latest version;
-- leaders of committees above the grassroots count only when no filter is set.
-- Parameters: unit type or null; organization code or null. Grain: one row per year.
with parameters as (

    select
        cast(? as varchar) as unit_type,
        cast(? as varchar) as org_code

),

latest_units as (

    select unit_code, parent_code, tier, unit_type
    from (
        select
            unit_code,
            parent_code,
            tier,
            unit_type,
            row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

unit_orgs as (

    select
        units.unit_code,
        case
            when units.tier = 'grassroots' then units.unit_code
            when parents.tier = 'grassroots' then parents.unit_code
            when grandparents.tier = 'grassroots' then grandparents.unit_code
        end as org_code
    from latest_units as units
    left join latest_units as parents on parents.unit_code = units.parent_code
    left join latest_units as grandparents on grandparents.unit_code = parents.parent_code

),

leaders as (

    select
        ratings.year,
        ratings.final_level,
        unit_orgs.org_code,
        coalesce(organizations.unit_type, 'unknown') as unit_type
    from core.leader_rating as ratings
    left join unit_orgs on unit_orgs.unit_code = ratings.unit_code
    left join latest_units as organizations on organizations.unit_code = unit_orgs.org_code

),

in_scope as (

    select leaders.*
    from leaders
    cross join parameters
    where (parameters.unit_type is null or (leaders.org_code is not null and leaders.unit_type = parameters.unit_type))
        and (parameters.org_code is null or leaders.org_code = parameters.org_code)

)

select
    year,
    count(final_level) as count_rated,
    count(*) filter (where final_level = 'HTXSNV') as count_htxsnv,
    count(*) filter (where final_level = 'HTTNV') as count_httnv,
    count(*) filter (where final_level = 'HTNV') as count_htnv,
    count(*) filter (where final_level = 'KHTNV') as count_khtnv
from in_scope
group by year
order by year
