-- mart.award_candidates: who may be proposed for an award in a year, two kinds:
--   kind = 'member_excellent_5_years': a member rated HTXSNV in each of the five years up to and
--          including `year` (person_key; unit_code = the member's grassroots organization in `year`;
--          streak_years = how many consecutive HTXSNV years end in `year`, 5 or more).
--   kind = 'organization_all_remedied': an organization rated in `year` whose shortcomings named in
--          earlier reviews (its own and, through core.unit_lineage, those of the units it carries on,
--          up to three changes back) are all 'remedied' in their latest register; at least one earlier
--          shortcoming (person_key = '', count_earlier_shortcomings = how many).
-- Grain: one row per (kind, year, unit_code, person_key). final_level is the level decided in `year`.
create or replace table mart.award_candidates as
with excellent_years as (

    -- one row per member and year rated HTXSNV (a member listed twice in a year counts once, under
    -- the first organization code)
    select
        person_key,
        year,
        min(org_code) as org_code
    from core.member_rating
    where status = 'rated'
        and final_level = 'HTXSNV'
        and person_key is not null
    group by person_key, year

),

runs as (

    -- consecutive years share year - row_number()
    select
        person_key,
        year,
        org_code,
        year - row_number() over (partition by person_key order by year) as run_key
    from excellent_years

),

member_streaks as (

    select
        person_key,
        year,
        org_code,
        row_number() over (partition by person_key, run_key order by year) as streak_years
    from runs

),

shortcoming_status as (

    -- each organization shortcoming with the status of its latest register
    select
        year,
        unit_code,
        status,
        row_number() over (
            partition by year, unit_code, category, description
            order by reported_year desc
        ) as register_rank
    from core.shortcoming
    where subject_kind = 'organization'
        and unit_code is not null

),

rated_organizations as (

    select year, unit_code, final_level
    from core.org_rating

),

ancestry as (

    -- the units an organization carries on in a year: itself and up to three lineage changes back
    select rated.year, rated.unit_code, rated.unit_code as ancestor_code
    from rated_organizations as rated
    union
    select rated.year, rated.unit_code, first_change.from_unit_code
    from rated_organizations as rated
    inner join core.unit_lineage as first_change
        on first_change.to_unit_code = rated.unit_code
        and first_change.effective_date <= make_date(rated.year, 12, 31)
    union
    select rated.year, rated.unit_code, second_change.from_unit_code
    from rated_organizations as rated
    inner join core.unit_lineage as first_change
        on first_change.to_unit_code = rated.unit_code
        and first_change.effective_date <= make_date(rated.year, 12, 31)
    inner join core.unit_lineage as second_change
        on second_change.to_unit_code = first_change.from_unit_code
        and second_change.effective_date <= first_change.effective_date
    union
    select rated.year, rated.unit_code, third_change.from_unit_code
    from rated_organizations as rated
    inner join core.unit_lineage as first_change
        on first_change.to_unit_code = rated.unit_code
        and first_change.effective_date <= make_date(rated.year, 12, 31)
    inner join core.unit_lineage as second_change
        on second_change.to_unit_code = first_change.from_unit_code
        and second_change.effective_date <= first_change.effective_date
    inner join core.unit_lineage as third_change
        on third_change.to_unit_code = second_change.from_unit_code
        and third_change.effective_date <= second_change.effective_date

),

organization_shortcomings as (

    select
        ancestry.year,
        ancestry.unit_code,
        count(*) as count_earlier,
        sum(case when shortcomings.status = 'remedied' then 0 else 1 end) as count_open
    from ancestry
    inner join shortcoming_status as shortcomings
        on shortcomings.unit_code = ancestry.ancestor_code
        and shortcomings.year < ancestry.year
        and shortcomings.register_rank = 1
    group by ancestry.year, ancestry.unit_code

)

select
    'member_excellent_5_years' as kind,
    member_streaks.year,
    member_streaks.org_code as unit_code,
    member_streaks.person_key,
    'HTXSNV' as final_level,
    cast(member_streaks.streak_years as int) as streak_years,
    cast(null as int) as count_earlier_shortcomings
from member_streaks
where member_streaks.streak_years >= 5
union all
select
    'organization_all_remedied' as kind,
    rated.year,
    rated.unit_code,
    '' as person_key,
    rated.final_level,
    cast(null as int) as streak_years,
    cast(organization_shortcomings.count_earlier as int) as count_earlier_shortcomings
from rated_organizations as rated
inner join organization_shortcomings
    on organization_shortcomings.year = rated.year
    and organization_shortcomings.unit_code = rated.unit_code
where organization_shortcomings.count_open = 0;
