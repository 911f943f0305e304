-- a successful login forgets the name's failures (not the address's)
delete from login_failures where account_name = ?;
