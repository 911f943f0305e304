-- mapped_alias_delete: the aliases an earlier load wrote from the analysts' decisions (origin 'mapping'),
-- removed before this load writes the current decisions, so a withdrawn decision stops applying.
delete from core.unit_alias
where origin = 'mapping'
