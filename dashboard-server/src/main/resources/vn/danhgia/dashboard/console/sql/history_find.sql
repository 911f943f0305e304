-- One run, only when it is the named account's own.
select h.history_id, h.sql, h.started_at, h.duration_ms, h.row_count, h.outcome
from query_history h
join accounts a on a.account_id = h.account_id
where h.history_id = ? and a.name = ?;
