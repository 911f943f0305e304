-- mart.task_vs_rating's numbers are consistent: targets met and exceeded never exceed the total,
-- shares lie in 0..1, and a quartile is given only within a peer group of at least four. Passes when
-- it returns no rows; each row is an offending organization-year.
select year, unit_code, 'targets' as reason
from mart.task_vs_rating
where targets_met > targets_total
    or targets_exceeded > targets_total
    or targets_met < 0
    or targets_exceeded < 0
union all
select year, unit_code, 'shares in 0..1'
from mart.task_vs_rating
where targets_met_share < 0 or targets_met_share > 1
    or targets_exceeded_share < 0 or targets_exceeded_share > 1
    or on_time_share < 0 or on_time_share > 1
union all
select year, unit_code, 'quartile'
from mart.task_vs_rating
where (peer_quartile is not null and (peer_count < 4 or targets_met_share is null))
    or (peer_quartile is null and peer_count >= 4 and targets_met_share is not null)
