-- unit_mappings_select: the analysts' decisions that a provisional unit is a registered one, as the
-- dashboard stores them in its application database (SQLite, migration V2__unit_mappings.sql).
-- Grain: one row per provisional_code.
select provisional_code, provisional_name, registered_code
from unit_mappings
order by provisional_code
