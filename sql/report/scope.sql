-- report/scope: who issues the report and about what: the unit asked for (or, for the whole district, the
-- unit of tier 'district', else the top of the registry) in its latest registry version, with its parent
-- (the superior body of the title block) and whether it is a grassroots organization.
-- Parameter: a unit code or null for the district. Grain: one row, none when the code is unknown.
with parameters as (

    select cast(? as varchar) as unit_code

),

latest_units as (

    select unit_code, unit_name, unit_type, parent_code, tier, is_provisional
    from (
        select unit_code, unit_name, unit_type, parent_code, tier, is_provisional,
            row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

chosen as (

    select latest_units.*
    from latest_units
    cross join parameters
    where (parameters.unit_code is not null and latest_units.unit_code = parameters.unit_code)
        or (parameters.unit_code is null and latest_units.tier = 'district')

),

fallback as (

    -- a registry without a district: its top unit
    select latest_units.*
    from latest_units
    cross join parameters
    where parameters.unit_code is null
        and latest_units.parent_code is null
        and not coalesce(latest_units.is_provisional, false)
        and not exists (select 1 from chosen)

)

select
    scoped.unit_code,
    scoped.unit_name,
    coalesce(scoped.unit_type, 'unknown') as unit_type,
    scoped.tier,
    coalesce(parents.unit_name, '') as parent_name,
    coalesce((select bool_or(is_demo) from meta.pseudonym_key), false) as is_simulated
from (select * from chosen union all select * from fallback) as scoped
left join latest_units as parents on parents.unit_code = scoped.parent_code
order by scoped.unit_code
limit 1
