-- The dashboard's application database (SQLite, beside the warehouse, never in a published snapshot):
-- who may log in, their open sessions, the failed logins that throttle guessing, and the audit log.
-- Times are UTC text in one fixed format (2025-12-15T08:30:00.000Z) so that text order is time order.

-- accounts: name is unique whatever its case (login names are ASCII: letters, digits, . _ -);
-- password_hash is Argon2 (spring-security-crypto's encoded form, salt included).
create table accounts (
    account_id integer primary key,
    name text not null collate nocase unique,
    role text not null check (role in ('viewer', 'analyst', 'admin')),
    password_hash text not null,
    is_disabled integer not null default 0 check (is_disabled in (0, 1)),
    language text not null default 'vi' check (language in ('vi', 'en')),
    created_at text not null,
    password_changed_at text not null
);

-- sessions: session_id is the SHA-256 (hex) of the token held by the browser, which is never stored.
create table sessions (
    session_id text primary key,
    account_id integer not null references accounts (account_id) on delete cascade,
    csrf_token text not null,
    created_at text not null,
    last_seen_at text not null,
    address text not null,
    user_agent text not null
);
create index sessions_by_account on sessions (account_id);

-- login_failures: one row per refused password, by the name tried (lower case, known or not) and the
-- address it came from; recent rows throttle further attempts, a success clears the name's rows.
create table login_failures (
    account_name text not null,
    address text not null,
    failed_at text not null
);
create index login_failures_by_account on login_failures (account_name, failed_at);
create index login_failures_by_address on login_failures (address, failed_at);

-- audit: what was done, by whom, to what, from where, and how it ended. Rows are only ever added.
create table audit (
    audit_id integer primary key,
    occurred_at text not null,
    actor text not null,
    action text not null,
    object text not null default '',
    detail text not null default '',
    address text not null default '',
    outcome text not null check (outcome in ('success', 'failure', 'denied'))
);
create index audit_by_time on audit (occurred_at);
create index audit_by_actor on audit (actor, occurred_at);
create index audit_by_action on audit (action, occurred_at);
