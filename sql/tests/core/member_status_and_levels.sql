-- A member's status is one of the five codes, and only a rated member has levels.
-- Passes when it returns no rows; each row is a member-year breaking the rule, with the reason.
with checked as (

    select
        year,
        person_key,
        status,
        case
            when status is null
                or status not in ('rated', 'exempt', 'suspended', 'new_member', 'not_rated')
                then 'unknown_status'
            when status = 'rated' and final_level is null then 'rated_without_final_level'
            when status <> 'rated'
                and (self_level is not null or proposed_level is not null or final_level is not null)
                then 'level_without_rating'
        end as reason
    from core.member_rating

)

select year, person_key, status, reason
from checked
where reason is not null
