-- data_load_log_count: how many files the load log (meta.load_log) holds by status, and how many loads
-- it records (the same on every row), for the data page's summary and pager. Grain: one row per status.
select
    load_log.status,
    count(*) as count_files,
    (select count(distinct all_loads.load_id) from meta.load_log as all_loads) as count_loads
from meta.load_log as load_log
group by load_log.status
order by count_files desc, load_log.status
