-- One run of the SQL console, by the account named (its id looked up here, so callers know names only).
insert into query_history (account_id, sql, started_at, duration_ms, row_count, outcome)
select account_id, ?, ?, ?, ?, ?
from accounts
where name = ?
returning history_id;
