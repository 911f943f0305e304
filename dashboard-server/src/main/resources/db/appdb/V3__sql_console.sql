-- The SQL console's saved queries and the history of what each account ran.
create table saved_queries (
    query_id integer primary key,
    title text not null,
    description text not null default '',
    sql text not null,
    owner_account_id integer not null references accounts (account_id) on delete cascade,
    created_at text not null,
    updated_at text not null
);
create index saved_queries_by_owner on saved_queries (owner_account_id);

-- outcome: 'success', 'failure', 'timeout', 'cancelled' or 'row_cap' (the console decides the words).
create table query_history (
    history_id integer primary key,
    account_id integer not null references accounts (account_id) on delete cascade,
    sql text not null,
    started_at text not null,
    duration_ms integer not null,
    row_count integer not null,
    outcome text not null
);
create index query_history_by_account on query_history (account_id, started_at);
