insert into audit (occurred_at, actor, action, object, detail, address, outcome)
values (?, ?, ?, ?, ?, ?, ?);
