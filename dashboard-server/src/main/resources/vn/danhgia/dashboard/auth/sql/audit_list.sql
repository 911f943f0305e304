-- a page of the audit log, newest first; each condition applies only when its value is given
select occurred_at, actor, action, object, detail, address, outcome
from audit
where (? is null or actor = ?)
    and (? is null or action = ?)
    and (? is null or occurred_at >= ?)
    and (? is null or occurred_at < ?)
order by occurred_at desc, audit_id desc
limit ? offset ?;
