-- unit_cells: the units directly under one unit (its cells, or sub-committees) in any registry version,
-- each in its latest version under it. Parameter: unit code. Grain: one row per unit_code.
with ranked as (

    select
        unit_code,
        unit_name,
        unit_type,
        tier,
        valid_from,
        valid_to,
        coalesce(is_provisional, false) as is_provisional,
        row_number() over (partition by unit_code order by valid_from desc) as version_rank
    from core.dim_unit
    where parent_code = cast(? as varchar)

)

select unit_code, unit_name, unit_type, tier, valid_from, valid_to, is_provisional
from ranked
where version_rank = 1
order by valid_to is not null, unit_name, unit_code
