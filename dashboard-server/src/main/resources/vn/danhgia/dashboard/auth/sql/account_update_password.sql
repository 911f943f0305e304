update accounts set password_hash = ?, password_changed_at = ? where account_id = ?;
