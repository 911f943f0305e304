-- how many entries the same conditions as audit_list.sql match
select count(*) as count_entries
from audit
where (? is null or actor = ?)
    and (? is null or action = ?)
    and (? is null or occurred_at >= ?)
    and (? is null or occurred_at < ?);
