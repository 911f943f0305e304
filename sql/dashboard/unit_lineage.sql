-- unit_lineage: how one unit came to be and what became of it (core.unit_lineage): changes into it
-- (direction 'in': it is to_unit_code) and out of it ('out': from_unit_code), with the other unit's name.
-- Parameter: unit code. Grain: one row per lineage row touching the unit.
with parameters as (

    select cast(? as varchar) as unit_code

),

names as (

    select unit_code, unit_name
    from (
        select unit_code, unit_name, row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

touching as (

    select 'in' as direction, lineage.from_unit_code as other_unit_code, lineage.*
    from core.unit_lineage as lineage
    inner join parameters on lineage.to_unit_code = parameters.unit_code
    union all
    select 'out', lineage.to_unit_code, lineage.*
    from core.unit_lineage as lineage
    inner join parameters on lineage.from_unit_code = parameters.unit_code

)

select
    touching.direction,
    touching.other_unit_code,
    coalesce(names.unit_name, touching.other_unit_code) as other_unit_name,
    touching.effective_date,
    touching.change_kind
from touching
left join names on names.unit_code = touching.other_unit_code
order by touching.effective_date, touching.direction, touching.other_unit_code
