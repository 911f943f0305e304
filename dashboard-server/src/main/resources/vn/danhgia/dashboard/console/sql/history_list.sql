-- One account's own runs, newest first: nobody reads another's history.
select h.history_id, h.sql, h.started_at, h.duration_ms, h.row_count, h.outcome
from query_history h
join accounts a on a.account_id = h.account_id
where a.name = ?
order by h.started_at desc, h.history_id desc
limit ?;
