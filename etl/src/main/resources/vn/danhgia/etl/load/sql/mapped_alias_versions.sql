-- mapped_alias_versions: the versions of the registered unit an analyst mapped a provisional unit to,
-- each valid from / to (inclusive, null: still valid). Parameter: the registered unit's code.
-- Grain: one row per unit version.
select valid_from, valid_to
from core.dim_unit
where unit_code = cast(? as varchar)
    and not coalesce(is_provisional, false)
order by valid_from
