update accounts set language = ? where account_id = ?;
