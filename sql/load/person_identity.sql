-- restricted.person_identity: the names and card numbers behind the pseudonyms, the only place they
-- live outside raw (raw and restricted never reach the serving snapshot). core.dim_person: the
-- pseudonymous person dimension.
delete from restricted.person_identity;

insert into restricted.person_identity
with named as (

    select links.person_key, rows.card_number, rows.full_name, rows.birth
    from raw.member_rating as rows
    inner join raw.person_link as links
        on links.kind = 'member_rating' and links.load_id = rows.load_id and links.source_file = rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(rows.source_sheet, '') and links.source_row = rows.source_row
    union all
    select links.person_key, rows.card_number, rows.full_name, rows.birth
    from raw.leader_rating as rows
    inner join raw.person_link as links
        on links.kind = 'leader_rating' and links.load_id = rows.load_id and links.source_file = rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(rows.source_sheet, '') and links.source_row = rows.source_row
    union all
    select links.person_key, rows.card_number, rows.full_name, cast(null as string)
    from raw.discipline as rows
    inner join raw.person_link as links
        on links.kind = 'discipline' and links.load_id = rows.load_id and links.source_file = rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(rows.source_sheet, '') and links.source_row = rows.source_row

)

select
    person_key,
    max(card_number) as card_number,
    max(full_name) as full_name,
    max(case when birth like '____-__-__%' then dg_date(birth) end) as birth_date
from named
group by person_key;

delete from core.dim_person;

insert into core.dim_person
with people as (

    select person_key, birth_year, false as is_leader from staging.member_rating
    union all
    select person_key, birth_year, true from staging.leader_rating
    union all
    select person_key, cast(null as int), false from staging.discipline
    union all
    select person_key, cast(null as int), false from staging.monthly_score

)

select
    person_key,
    max(birth_year) as birth_year,
    cast(null as string) as gender,
    max(is_leader) as is_leader
from people
where person_key is not null
group by person_key;
