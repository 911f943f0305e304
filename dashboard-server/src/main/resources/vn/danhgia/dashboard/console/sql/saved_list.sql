-- Every saved query (the team shares them), by title.
select q.query_id, q.title, q.description, q.sql, a.name as owner, q.created_at, q.updated_at
from saved_queries q
join accounts a on a.account_id = q.owner_account_id
order by lower(q.title), q.query_id;
