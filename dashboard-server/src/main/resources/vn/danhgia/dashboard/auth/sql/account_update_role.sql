update accounts set role = ? where account_id = ?;
