-- compare_restated: for the "as is" view of two years, which historic grassroots organizations each of
-- today's organizations stands for (core.unit_mapping at its latest as_of, rolled up to today's
-- grassroots organization the way comparison_by_organization.sql and mart.yoy_delta do). Only
-- organizations with members in either year (mart.level_distribution) are listed.
-- Parameters: first year; second year. Grain: one row per (today's organization, historic organization).
with parameters as (

    select
        cast(? as int) as from_year,
        cast(? as int) as to_year

),

historic as (

    select distinct distributions.org_code
    from mart.level_distribution as distributions
    inner join parameters on distributions.year in (parameters.from_year, parameters.to_year)

),

mapping_date as (

    select max(as_of) as as_of
    from core.unit_mapping

),

current_units as (

    -- today's units with their grassroots organization: the unit, its parent or its grandparent
    select
        units.unit_code,
        case
            when units.tier = 'grassroots' then units.unit_code
            when parents.tier = 'grassroots' then parents.unit_code
            when grandparents.tier = 'grassroots' then grandparents.unit_code
        end as org_code
    from core.dim_unit as units
    cross join mapping_date
    left join core.dim_unit as parents
        on parents.unit_code = units.parent_code
        and parents.valid_from <= mapping_date.as_of
        and (parents.valid_to is null or parents.valid_to >= mapping_date.as_of)
    left join core.dim_unit as grandparents
        on grandparents.unit_code = parents.parent_code
        and grandparents.valid_from <= mapping_date.as_of
        and (grandparents.valid_to is null or grandparents.valid_to >= mapping_date.as_of)
    where units.valid_from <= mapping_date.as_of
        and (units.valid_to is null or units.valid_to >= mapping_date.as_of)

),

today_mapping as (

    select distinct
        mapping.unit_code,
        coalesce(current_units.org_code, mapping.current_unit_code) as current_org_code
    from core.unit_mapping as mapping
    inner join mapping_date on mapping.as_of = mapping_date.as_of
    left join current_units on current_units.unit_code = mapping.current_unit_code

),

names as (

    select unit_code, unit_name
    from (
        select unit_code, unit_name, row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

)

select
    coalesce(today_mapping.current_org_code, historic.org_code) as current_org_code,
    historic.org_code as unit_code,
    coalesce(names.unit_name, historic.org_code) as unit_name
from historic
left join today_mapping on today_mapping.unit_code = historic.org_code
left join names on names.unit_code = historic.org_code
order by current_org_code, unit_name, unit_code
