-- the failures of one name (lower case) since a time: how many, and the last one
select count(*) as count_failures, max(failed_at) as last_failed_at
from login_failures
where account_name = ? and failed_at > ?;
