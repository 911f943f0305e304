-- mapped_alias_insert: an analyst's decision as an alias of the registered unit: the provisional unit's
-- matching key (folded, organ prefix removed) names the registered unit in every version of it, so the
-- staging models resolve the name like any other spelling of that unit. Parameters: the matching key;
-- the registered unit's code. Grain: one row per registered unit version.
insert into core.unit_alias (match_key, unit_code, valid_from, valid_to, origin)
select
    cast(? as varchar) as match_key,
    units.unit_code,
    units.valid_from,
    units.valid_to,
    'mapping' as origin
from core.dim_unit as units
where units.unit_code = cast(? as varchar)
    and not coalesce(units.is_provisional, false)
