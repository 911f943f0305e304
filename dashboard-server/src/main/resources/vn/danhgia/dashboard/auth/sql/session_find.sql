-- a session by the digest of its token, with its account as it is now
select
    sessions.csrf_token,
    sessions.created_at as session_created_at,
    sessions.last_seen_at,
    sessions.address,
    sessions.user_agent,
    accounts.name,
    accounts.role,
    accounts.is_disabled,
    accounts.language,
    accounts.created_at,
    accounts.password_changed_at
from sessions
join accounts on accounts.account_id = sessions.account_id
where sessions.session_id = ?;
