-- Task results of java:excellence_trend: per unit and year, targets set and targets met (rows that
-- cannot be a proportion are left out). When a unit has two rows in a year, their targets add up.
-- Columns: unit_code, year, targets_total, targets_met.
select
    unit_code,
    year,
    sum(targets_total) as targets_total,
    sum(targets_met) as targets_met
from core.task_result
where unit_code is not null
    and targets_total > 0
    and targets_met >= 0
    and targets_met <= targets_total
group by unit_code, year
order by unit_code, year
