-- report/member_levels: member levels per grassroots organization and year over every loaded year, in both
-- views at once (see sql/marts/README.md, "As was / as is"): each row is one historic organization-year of
-- mart.level_distribution (as was: its own code and that year's type) with the organization of today it
-- counts for (as is: core.unit_mapping at its latest as_of, rolled up to today's grassroots organization as
-- comparison_by_organization.sql and mart.yoy_delta do, with today's type) and the mapping's weight (1 for
-- merges, renames and transfers, a share for a split). The report sums the counts by was_code for "as was"
-- and the counts times weight by is_code for "as is": the district totals are the same in both views.
-- Parameter: an organization code or null for the whole district (keeps the rows whose historic or
-- today's organization it is). Grain: one row per (year, was_code).
with parameters as (

    select cast(? as varchar) as unit_code

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

mapped as (

    -- an organization the mapping does not know (e.g. provisional) stands for itself
    select
        distributions.*,
        coalesce(today_mapping.current_org_code, distributions.org_code) as is_code,
        coalesce(today_mapping.weight, 1) as weight
    from mart.level_distribution as distributions
    left join today_mapping on today_mapping.unit_code = distributions.org_code

)

select
    mapped.year,
    mapped.org_code as was_code,
    coalesce(was_units.unit_name, mapped.org_code) as was_name,
    mapped.unit_type as was_type,
    mapped.is_code,
    coalesce(is_units.unit_name, mapped.is_code) as is_name,
    coalesce(is_units.unit_type, 'unknown') as is_type,
    cast(mapped.weight as decimal(12, 4)) as weight,
    mapped.count_members,
    mapped.count_rated,
    mapped.count_htxsnv,
    mapped.count_httnv,
    mapped.count_htnv,
    mapped.count_khtnv
from mapped
cross join parameters
left join latest_units as was_units on was_units.unit_code = mapped.org_code
left join latest_units as is_units on is_units.unit_code = mapped.is_code
where parameters.unit_code is null
    or mapped.org_code = parameters.unit_code
    or mapped.is_code = parameters.unit_code
order by mapped.year, was_name, was_code
