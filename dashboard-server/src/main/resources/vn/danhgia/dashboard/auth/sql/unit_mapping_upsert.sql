-- one decision per provisional code: a new one replaces the old
insert into unit_mappings (provisional_code, provisional_name, registered_code, decided_by, decided_at, note)
values (?, ?, ?, ?, ?, ?)
on conflict (provisional_code) do update set
    provisional_name = excluded.provisional_name,
    registered_code = excluded.registered_code,
    decided_by = excluded.decided_by,
    decided_at = excluded.decided_at,
    note = excluded.note;
