-- data_registered_unit: a registered unit (not provisional) by its code, in its latest version, to check
-- an analyst's mapping target. Parameter: the unit code. Grain: zero or one row.
select unit_code, unit_name, unit_type, tier, valid_to is null as is_current
from core.dim_unit
where unit_code = cast(? as varchar)
    and not coalesce(is_provisional, false)
order by valid_from desc
limit 1
