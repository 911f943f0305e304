-- the failures from one address since a time: how many, and the last one
select count(*) as count_failures, max(failed_at) as last_failed_at
from login_failures
where address = ? and failed_at > ?;
