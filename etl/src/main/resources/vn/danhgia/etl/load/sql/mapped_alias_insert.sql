-- mapped_alias_insert: an analyst's decision as an alias of the registered unit (origin 'mapping') for
-- the provisional unit's folded name, over one stretch of time when no registered unit had that name.
-- Parameters: the match key; the registered unit's code; valid from; valid to (inclusive, null: open).
insert into core.unit_alias (match_key, unit_code, valid_from, valid_to, origin)
values (cast(? as varchar), cast(? as varchar), cast(? as date), cast(? as date), 'mapping')
