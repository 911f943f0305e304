-- mapped_alias_taken: when a folded spelling already names some registered unit (a 'name' or 'code'
-- alias): a mapping must not compete with it there, or the name would turn ambiguous in those years.
-- Parameter: the folded spelling (match key). Grain: one row per alias.
select valid_from, valid_to
from core.unit_alias
where match_key = cast(? as varchar)
    and origin in ('name', 'code')
order by valid_from
