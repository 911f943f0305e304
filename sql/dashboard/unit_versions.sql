-- unit_versions: every registry version of one unit (core.dim_unit), oldest first. Parameter: unit code.
-- Grain: one row per version (valid_from).
select
    unit_code,
    unit_name,
    unit_type,
    parent_code,
    tier,
    valid_from,
    valid_to,
    coalesce(is_provisional, false) as is_provisional,
    source_file,
    source_sheet,
    source_row
from core.dim_unit
where unit_code = cast(? as varchar)
order by valid_from, valid_to nulls last
