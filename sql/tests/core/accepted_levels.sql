-- Levels are stored only as the four codes. Passes when it returns no rows; each row is a level
-- value found outside them, with where it was found.
with levels as (

    select 'core.member_rating' as table_name, 'self_level' as column_name, self_level as level
    from core.member_rating
    union all
    select 'core.member_rating', 'proposed_level', proposed_level from core.member_rating
    union all
    select 'core.member_rating', 'final_level', final_level from core.member_rating
    union all
    select 'core.org_rating', 'self_level', self_level from core.org_rating
    union all
    select 'core.org_rating', 'proposed_level', proposed_level from core.org_rating
    union all
    select 'core.org_rating', 'final_level', final_level from core.org_rating
    union all
    select 'core.leader_rating', 'self_level', self_level from core.leader_rating
    union all
    select 'core.leader_rating', 'proposed_level', proposed_level from core.leader_rating
    union all
    select 'core.leader_rating', 'final_level', final_level from core.leader_rating

)

select table_name, column_name, level, count(*) as count_rows
from levels
where level is not null
    and level not in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')
group by table_name, column_name, level
