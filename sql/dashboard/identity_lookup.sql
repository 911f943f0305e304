-- identity_lookup: who one pseudonym is (restricted.person_identity), for the admin's identity page
-- only: the one query of the dashboard that reads restricted.*. Every call is written to the audit log.
-- Parameter: person_key. Grain: one row per identity row of the key (normally one).
select
    person_key,
    full_name,
    card_number,
    birth_date
from restricted.person_identity
where person_key = cast(? as varchar)
order by full_name, card_number
