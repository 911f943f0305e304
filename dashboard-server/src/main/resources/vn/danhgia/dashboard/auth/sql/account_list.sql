select account_id, name, role, is_disabled, language, created_at, password_changed_at
from accounts
order by name;
