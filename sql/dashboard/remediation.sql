-- remediation: the shortcomings named in each year's review (core.shortcoming, year) and what became of
-- them in the registers of that and later years (reported_year, status). A shortcoming is one
-- (year, unit, person, category, description); its latest status is that of its latest register.
-- It belongs to the grassroots organization of its unit (the unit, or the organization above a cell),
-- typed by that organization's latest version. Parameters: year named, unit type, organization code
-- (each null for all). Grain: one row per shortcoming and register; the order puts units with recurring
-- and unremedied shortcomings first, then each unit's shortcomings by latest status, year and text.
with parameters as (

    select
        cast(? as int) as year,
        cast(? as varchar) as unit_type,
        cast(? as varchar) as org_code

),

latest_units as (

    select unit_code, unit_name, parent_code, tier, unit_type
    from (
        select unit_code, unit_name, parent_code, tier, unit_type,
            row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

registers as (

    select
        shortcomings.*,
        coalesce(shortcomings.status, 'pending') as known_status,
        case
            when units.tier = 'grassroots' then units.unit_code
            when parents.tier = 'grassroots' then parents.unit_code
            else shortcomings.unit_code
        end as org_code,
        sha256(concat_ws('|', cast(shortcomings.year as varchar), coalesce(shortcomings.unit_code, ''),
            coalesce(shortcomings.person_key, ''), coalesce(shortcomings.category, ''),
            coalesce(shortcomings.description, ''))) as shortcoming_key
    from core.shortcoming as shortcomings
    left join latest_units as units on units.unit_code = shortcomings.unit_code
    left join latest_units as parents on parents.unit_code = units.parent_code

),

latest as (

    select
        registers.*,
        first_value(known_status) over (
            partition by shortcoming_key order by reported_year desc nulls last, source_file, source_row) as latest_status,
        max(reported_year) over (partition by shortcoming_key) as latest_reported_year
    from registers

),

in_scope as (

    select
        latest.*,
        coalesce(organizations.unit_name, latest.org_code, '') as org_name,
        coalesce(organizations.unit_type, 'unknown') as unit_type,
        case latest.latest_status
            when 'recurred' then 1
            when 'not_remedied' then 2
            when 'partly_remedied' then 3
            when 'pending' then 4
            when 'remedied' then 5
            else 6
        end as status_rank
    from latest
    cross join parameters
    left join latest_units as organizations on organizations.unit_code = latest.org_code
    where (parameters.year is null or latest.year = parameters.year)
        and (parameters.unit_type is null or organizations.unit_type = parameters.unit_type)
        and (parameters.org_code is null or latest.org_code = parameters.org_code)

),

unit_order as (

    select
        org_code,
        count(distinct shortcoming_key) filter (where latest_status = 'recurred') as count_recurred,
        count(distinct shortcoming_key) filter (where latest_status in ('not_remedied', 'partly_remedied'))
            as count_unremedied
    from in_scope
    group by org_code

)

select
    in_scope.shortcoming_key,
    in_scope.org_code,
    in_scope.org_name,
    in_scope.unit_type,
    in_scope.unit_code,
    in_scope.year,
    in_scope.subject_kind,
    in_scope.person_key,
    in_scope.category,
    in_scope.description,
    in_scope.reported_year,
    in_scope.known_status as status,
    in_scope.latest_status,
    in_scope.latest_reported_year,
    in_scope.source_file,
    in_scope.source_sheet,
    in_scope.source_row
from in_scope
inner join unit_order on unit_order.org_code is not distinct from in_scope.org_code
order by unit_order.count_recurred desc, unit_order.count_unremedied desc, in_scope.org_name, in_scope.org_code,
    in_scope.status_rank, in_scope.year, in_scope.description, in_scope.shortcoming_key, in_scope.reported_year
