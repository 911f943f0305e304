-- unit_mappings: an analyst's decision that a provisional unit (a name found in the files that the
-- registry did not know, with the stable code the load derived from it) is a registered unit.
-- The load reads these decisions; one decision per provisional code, the latest wins.
create table unit_mappings (
    provisional_code text primary key,
    provisional_name text not null,
    registered_code text not null,
    decided_by text not null,
    decided_at text not null,
    note text not null default ''
);
