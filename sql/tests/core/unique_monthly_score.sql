-- An official has one score a month.
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    year,
    month,
    person_key,
    count(*) as count_rows
from core.monthly_score
group by year, month, person_key
having count(*) > 1
