-- mart.award_candidates holds up against core: a member candidate was rated HTXSNV in each of the
-- five years up to its year, in its organization in that year; an organization candidate was rated
-- that year and named at least one earlier shortcoming. Passes when it returns no rows; each row is a
-- candidate that does not qualify.
with member_candidates as (

    select year, unit_code, person_key, streak_years
    from mart.award_candidates
    where kind = 'member_excellent_5_years'

),

excellent_years as (

    select
        candidates.year,
        candidates.person_key,
        count(distinct ratings.year) as count_years
    from member_candidates as candidates
    left join core.member_rating as ratings
        on ratings.person_key = candidates.person_key
        and ratings.year between candidates.year - 4 and candidates.year
        and ratings.status = 'rated'
        and ratings.final_level = 'HTXSNV'
    group by candidates.year, candidates.person_key

)

select candidates.year, candidates.unit_code, candidates.person_key, 'not excellent five years' as reason
from member_candidates as candidates
left join excellent_years
    on excellent_years.year = candidates.year
    and excellent_years.person_key = candidates.person_key
where excellent_years.count_years is null
    or excellent_years.count_years < 5
    or candidates.streak_years < 5
union all
select candidates.year, candidates.unit_code, candidates.person_key, 'not in that organization'
from member_candidates as candidates
left join core.member_rating as ratings
    on ratings.person_key = candidates.person_key
    and ratings.year = candidates.year
    and ratings.org_code = candidates.unit_code
where ratings.person_key is null
union all
select candidates.year, candidates.unit_code, candidates.person_key, 'organization not rated or no shortcoming'
from mart.award_candidates as candidates
left join core.org_rating as ratings
    on ratings.year = candidates.year
    and ratings.unit_code = candidates.unit_code
where candidates.kind = 'organization_all_remedied'
    and (ratings.unit_code is null
        or candidates.person_key <> ''
        or candidates.count_earlier_shortcomings is null
        or candidates.count_earlier_shortcomings < 1)
