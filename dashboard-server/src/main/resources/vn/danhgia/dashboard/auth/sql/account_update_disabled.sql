update accounts set is_disabled = ? where account_id = ?;
