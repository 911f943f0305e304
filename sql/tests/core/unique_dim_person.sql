-- A person has one row in core.dim_person.
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    person_key,
    count(*) as count_rows
from core.dim_person
group by person_key
having count(*) > 1
