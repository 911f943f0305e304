-- A rating year has one rule set.
-- Passes when it returns no rows; each row is a key that occurs more than once.
select
    year,
    count(*) as count_rows
from core.dim_rule_year
group by year
having count(*) > 1
