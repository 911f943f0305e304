-- A historic unit maps to each current unit once per date.
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    unit_code,
    as_of,
    current_unit_code,
    count(*) as count_rows
from core.unit_mapping
group by unit_code, as_of, current_unit_code
having count(*) > 1
