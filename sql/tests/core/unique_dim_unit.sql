-- A unit has one row per validity period (the key core.dim_unit would have as a primary key).
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    unit_code,
    valid_from,
    count(*) as count_rows
from core.dim_unit
group by unit_code, valid_from
having count(*) > 1
