select q.query_id, q.title, q.description, q.sql, a.name as owner, q.created_at, q.updated_at
from saved_queries q
join accounts a on a.account_id = q.owner_account_id
where q.query_id = ?;
