-- report/org_levels: the levels decided for grassroots organizations (core.org_rating) per organization and
-- year over every loaded year, in both views at once like report/member_levels.sql: was_* the organization
-- as rated, typed by its registry version valid on 31/12 of the year (else its latest earlier version, as
-- overview_org_levels.sql does); is_* the organization of today it counts for (core.unit_mapping at its
-- latest as_of, rolled up to today's grassroots organization) with today's type and the mapping's weight.
-- Parameter: an organization code or null for the whole district. Grain: one row per (year, was_code):
-- count_rated is 1 when a level was decided, and one of the level counts is 1.
with parameters as (

    select cast(? as varchar) as unit_code

),

versions as (

    select
        ratings.year,
        ratings.unit_code,
        ratings.final_level,
        units.tier,
        coalesce(units.unit_type, 'unknown') as unit_type,
        row_number() over (
            partition by ratings.year, ratings.unit_code, ratings.source_file, ratings.source_row
            order by
                case
                    when units.valid_from <= make_date(ratings.year, 12, 31)
                        and (units.valid_to is null or units.valid_to >= make_date(ratings.year, 12, 31))
                    then 0
                    else 1
                end,
                units.valid_from desc
        ) as version_rank
    from core.org_rating as ratings
    inner join core.dim_unit as units
        on units.unit_code = ratings.unit_code

),

rated as (

    select year, unit_code, unit_type, final_level
    from versions
    where version_rank = 1
        and tier = 'grassroots'

),

mapping_date as (

    select max(as_of) as as_of
    from core.unit_mapping

),

current_units as (

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

    select
        mapping.unit_code,
        coalesce(current_units.org_code, mapping.current_unit_code) as current_org_code,
        mapping.weight
    from core.unit_mapping as mapping
    inner join mapping_date on mapping.as_of = mapping_date.as_of
    left join current_units on current_units.unit_code = mapping.current_unit_code

),

latest_units as (

    select unit_code, unit_name, unit_type
    from (
        select unit_code, unit_name, unit_type, row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

mapped as (

    select
        rated.*,
        coalesce(today_mapping.current_org_code, rated.unit_code) as is_code,
        coalesce(today_mapping.weight, 1) as weight
    from rated
    left join today_mapping on today_mapping.unit_code = rated.unit_code

)

select
    mapped.year,
    mapped.unit_code as was_code,
    coalesce(was_units.unit_name, mapped.unit_code) as was_name,
    mapped.unit_type as was_type,
    mapped.is_code,
    coalesce(is_units.unit_name, mapped.is_code) as is_name,
    coalesce(is_units.unit_type, 'unknown') as is_type,
    cast(mapped.weight as decimal(12, 4)) as weight,
    cast(0 as int) as count_members,
    case when mapped.final_level is not null then 1 else 0 end as count_rated,
    case when mapped.final_level = 'HTXSNV' then 1 else 0 end as count_htxsnv,
    case when mapped.final_level = 'HTTNV' then 1 else 0 end as count_httnv,
    case when mapped.final_level = 'HTNV' then 1 else 0 end as count_htnv,
    case when mapped.final_level = 'KHTNV' then 1 else 0 end as count_khtnv
from mapped
cross join parameters
left join latest_units as was_units on was_units.unit_code = mapped.unit_code
left join latest_units as is_units on is_units.unit_code = mapped.is_code
where parameters.unit_code is null
    or mapped.unit_code = parameters.unit_code
    or mapped.is_code = parameters.unit_code
order by mapped.year, was_name, was_code
