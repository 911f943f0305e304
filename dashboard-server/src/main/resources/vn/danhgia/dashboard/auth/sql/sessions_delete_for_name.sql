delete from sessions
where account_id in (select account_id from accounts where name = ?);
