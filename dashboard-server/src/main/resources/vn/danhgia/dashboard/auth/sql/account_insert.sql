insert into accounts (name, role, password_hash, is_disabled, language, created_at, password_changed_at)
values (?, ?, ?, 0, ?, ?, ?);
