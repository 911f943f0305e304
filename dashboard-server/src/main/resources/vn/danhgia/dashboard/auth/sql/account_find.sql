-- one account by name, whatever its case (the column's collation is nocase)
select account_id, name, role, password_hash, is_disabled, language, created_at, password_changed_at
from accounts
where name = ?;
