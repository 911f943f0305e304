insert into login_failures (account_name, address, failed_at) values (?, ?, ?);
