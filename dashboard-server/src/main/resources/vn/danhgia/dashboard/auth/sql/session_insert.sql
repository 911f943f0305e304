-- a new session of an enabled account, found by name: no row is inserted for a disabled or unknown one
insert into sessions (session_id, account_id, csrf_token, created_at, last_seen_at, address, user_agent)
select ?, account_id, ?, ?, ?, ?, ?
from accounts
where name = ? and is_disabled = 0;
