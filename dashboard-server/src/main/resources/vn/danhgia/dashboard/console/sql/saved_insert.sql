-- A query saved for the team, owned by the account named.
insert into saved_queries (title, description, sql, owner_account_id, created_at, updated_at)
select ?, ?, ?, account_id, ?, ?
from accounts
where name = ?
returning query_id;
