-- restricted: the only place personal data lives. Readable by the admin role alone (and by policy a
-- leader's own record); every read or export is written to meta.audit. Never published to the
-- analysts' snapshot or the SQL console.

-- restricted.person_identity: who a person_key is. Written by the loader, which computes person_key
-- as a keyed hash of the identity (see sql/README.md, pseudonymization). card_number: the party card
-- number as written, digits only; full_name: NFC, cleaned; birth_date: null when only a year is known.
create table if not exists restricted.person_identity (
    person_key string,
    card_number string,
    full_name string,
    birth_date date
);
