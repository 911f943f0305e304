-- comparison_by_organization: member levels of two years side by side, per grassroots organization,
-- in one of two views (see sql/marts/README.md, "As was / as is"):
--   as_was: each year's organizations as they were (mart.level_distribution), matched by code; the
--           unit type is that year's;
--   as_is:  both years mapped onto today's organizations through core.unit_mapping (latest as_of), the
--           counts multiplied by the mapping's weight and rolled up to today's grassroots organization
--           (as mart.yoy_delta does); the unit type is today's.
-- is_merged_away: the code merged into another unit (core.unit_lineage, from_unit_code of a merge);
-- is_merger_result: the code was created by a merger (to_unit_code of a merge).
-- Parameters: view ('as_was' or 'as_is'); first year; second year. Grain: one row per organization
-- with members in either year; counts are decimal(12, 4) (whole numbers unless a unit split).
with parameters as (

    select
        cast(? as varchar) as view,
        cast(? as int) as from_year,
        cast(? as int) as to_year

),

chosen as (

    select distributions.*
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

as_was as (

    select
        year,
        org_code as unit_code,
        unit_type,
        cast(count_rated as decimal(12, 4)) as count_rated,
        cast(count_htxsnv as decimal(12, 4)) as count_htxsnv,
        cast(count_httnv as decimal(12, 4)) as count_httnv,
        cast(count_htnv as decimal(12, 4)) as count_htnv,
        cast(count_khtnv as decimal(12, 4)) as count_khtnv
    from chosen
    cross join parameters
    where parameters.view = 'as_was'

),

as_is as (

    -- an organization the mapping does not know (e.g. provisional) stands for itself
    select
        chosen.year,
        coalesce(today_mapping.current_org_code, chosen.org_code) as unit_code,
        cast(null as varchar) as unit_type,
        sum(cast(chosen.count_rated * coalesce(today_mapping.weight, 1) as decimal(12, 4))) as count_rated,
        sum(cast(chosen.count_htxsnv * coalesce(today_mapping.weight, 1) as decimal(12, 4))) as count_htxsnv,
        sum(cast(chosen.count_httnv * coalesce(today_mapping.weight, 1) as decimal(12, 4))) as count_httnv,
        sum(cast(chosen.count_htnv * coalesce(today_mapping.weight, 1) as decimal(12, 4))) as count_htnv,
        sum(cast(chosen.count_khtnv * coalesce(today_mapping.weight, 1) as decimal(12, 4))) as count_khtnv
    from chosen
    cross join parameters
    left join today_mapping on today_mapping.unit_code = chosen.org_code
    where parameters.view = 'as_is'
    group by chosen.year, coalesce(today_mapping.current_org_code, chosen.org_code)

),

viewed as (

    select * from as_was
    union all
    select * from as_is

),

organizations as (

    select distinct unit_code
    from viewed

),

merges as (

    select
        organizations.unit_code,
        bool_or(lineage.from_unit_code = organizations.unit_code) as is_merged_away,
        bool_or(lineage.to_unit_code = organizations.unit_code) as is_merger_result
    from organizations
    inner join core.unit_lineage as lineage
        on lineage.change_kind = 'merge'
        and organizations.unit_code in (lineage.from_unit_code, lineage.to_unit_code)
    group by organizations.unit_code

)

select
    organizations.unit_code,
    coalesce(latest_units.unit_name, organizations.unit_code) as unit_name,
    coalesce(first_year.unit_type, latest_units.unit_type, 'unknown') as from_unit_type,
    coalesce(second_year.unit_type, latest_units.unit_type, 'unknown') as to_unit_type,
    coalesce(first_year.count_rated, 0) as from_count_rated,
    coalesce(first_year.count_htxsnv, 0) as from_count_htxsnv,
    coalesce(first_year.count_httnv, 0) as from_count_httnv,
    coalesce(first_year.count_htnv, 0) as from_count_htnv,
    coalesce(first_year.count_khtnv, 0) as from_count_khtnv,
    coalesce(second_year.count_rated, 0) as to_count_rated,
    coalesce(second_year.count_htxsnv, 0) as to_count_htxsnv,
    coalesce(second_year.count_httnv, 0) as to_count_httnv,
    coalesce(second_year.count_htnv, 0) as to_count_htnv,
    coalesce(second_year.count_khtnv, 0) as to_count_khtnv,
    first_year.unit_code is not null as is_in_from_year,
    second_year.unit_code is not null as is_in_to_year,
    coalesce(merges.is_merged_away, false) as is_merged_away,
    coalesce(merges.is_merger_result, false) as is_merger_result
from organizations
cross join parameters
left join viewed as first_year
    on first_year.unit_code = organizations.unit_code and first_year.year = parameters.from_year
left join viewed as second_year
    on second_year.unit_code = organizations.unit_code and second_year.year = parameters.to_year
left join latest_units on latest_units.unit_code = organizations.unit_code
left join merges on merges.unit_code = organizations.unit_code
order by unit_name, organizations.unit_code
