-- failures too old to throttle anything
delete from login_failures where failed_at < ?;
