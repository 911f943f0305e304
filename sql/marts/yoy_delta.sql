-- mart.yoy_delta: year-over-year change of each grassroots organization's member ratings, in two views.
--   view = 'as_was': units as they were each year; an organization is compared with the same code in
--          the year before (no previous year when it did not exist then, e.g. the year after a merger).
--   view = 'as_is':  every year mapped onto today's organizations through core.unit_mapping (the latest
--          as_of): an organization's counts go to the unit that carries it on today with the mapping's
--          weight, rolled up to that unit's grassroots organization, so merged communes are compared
--          with their successor in every year. Counts are weighted (whole numbers unless a unit split).
-- Grain: one row per (view, year, unit_code). The top level is HTXSNV; good or better is HTXSNV or
-- HTTNV; shares are over rated members. previous_* are the year before's values, delta_* this year's
-- minus the year before's (null when there is no year before, or no share on either side).
create or replace table mart.yoy_delta as
with org_counts as (

    select
        year,
        org_code,
        sum(case when status = 'rated' then 1 else 0 end) as count_rated,
        sum(case when status = 'rated' and final_level = 'HTXSNV' then 1 else 0 end) as count_excellent,
        sum(case when status = 'rated' and final_level in ('HTXSNV', 'HTTNV') then 1 else 0 end)
            as count_good_or_better
    from core.member_rating
    group by year, org_code

),

mapping_date as (

    select max(as_of) as as_of
    from core.unit_mapping

),

current_units as (

    -- today's units (valid on the mapping date) with their grassroots organization: the unit itself,
    -- its parent or its grandparent (a cell may sit under a sub-committee)
    select
        units.unit_code,
        case
            when units.tier = 'grassroots' then units.unit_code
            when parents.tier = 'grassroots' then parents.unit_code
            when grandparents.tier = 'grassroots' then grandparents.unit_code
        end as org_code
    from core.dim_unit as units
    cross join mapping_date
    left join core.dim_unit as parents
        on parents.unit_code = units.parent_code
        and parents.valid_from <= mapping_date.as_of
        and (parents.valid_to is null or parents.valid_to >= mapping_date.as_of)
    left join core.dim_unit as grandparents
        on grandparents.unit_code = parents.parent_code
        and grandparents.valid_from <= mapping_date.as_of
        and (grandparents.valid_to is null or grandparents.valid_to >= mapping_date.as_of)
    where units.valid_from <= mapping_date.as_of
        and (units.valid_to is null or units.valid_to >= mapping_date.as_of)

),

today_mapping as (

    select
        mapping.unit_code,
        coalesce(current_units.org_code, mapping.current_unit_code) as current_org_code,
        mapping.weight
    from core.unit_mapping as mapping
    inner join mapping_date
        on mapping.as_of = mapping_date.as_of
    left join current_units
        on current_units.unit_code = mapping.current_unit_code

),

as_was as (

    select
        'as_was' as view,
        year,
        org_code as unit_code,
        cast(count_rated as decimal(12, 4)) as count_rated,
        cast(count_excellent as decimal(12, 4)) as count_excellent,
        cast(count_good_or_better as decimal(12, 4)) as count_good_or_better
    from org_counts

),

as_is as (

    -- an organization the mapping does not know (e.g. provisional) stands for itself
    select
        'as_is' as view,
        org_counts.year,
        coalesce(today_mapping.current_org_code, org_counts.org_code) as unit_code,
        sum(cast(org_counts.count_rated * coalesce(today_mapping.weight, 1) as decimal(12, 4))) as count_rated,
        sum(cast(org_counts.count_excellent * coalesce(today_mapping.weight, 1) as decimal(12, 4)))
            as count_excellent,
        sum(cast(org_counts.count_good_or_better * coalesce(today_mapping.weight, 1) as decimal(12, 4)))
            as count_good_or_better
    from org_counts
    left join today_mapping
        on today_mapping.unit_code = org_counts.org_code
    group by org_counts.year, coalesce(today_mapping.current_org_code, org_counts.org_code)

),

both_views as (

    select view, year, unit_code, count_rated, count_excellent, count_good_or_better
    from as_was
    union all
    select view, year, unit_code, count_rated, count_excellent, count_good_or_better
    from as_is

),

with_shares as (

    -- shares rounded half up to four places; counts times 10000 are whole, so the double arithmetic is
    -- exact and both engines round alike
    select
        view,
        year,
        unit_code,
        cast(count_rated as decimal(12, 4)) as count_rated,
        cast(count_excellent as decimal(12, 4)) as count_excellent,
        cast(count_good_or_better as decimal(12, 4)) as count_good_or_better,
        case when count_rated > 0
            then cast(floor((20000 * cast(count_excellent * 10000 as double) + cast(count_rated * 10000 as double))
                / (2 * cast(count_rated * 10000 as double))) / 10000 as decimal(5, 4))
        end as excellent_share,
        case when count_rated > 0
            then cast(floor((20000 * cast(count_good_or_better * 10000 as double) + cast(count_rated * 10000 as double))
                / (2 * cast(count_rated * 10000 as double))) / 10000 as decimal(5, 4))
        end as good_or_better_share
    from both_views

)

select
    current_year.view,
    current_year.year,
    current_year.unit_code,
    previous_year.year as previous_year,
    current_year.count_rated,
    current_year.count_excellent,
    current_year.count_good_or_better,
    current_year.excellent_share,
    current_year.good_or_better_share,
    previous_year.count_rated as previous_count_rated,
    previous_year.count_excellent as previous_count_excellent,
    previous_year.count_good_or_better as previous_count_good_or_better,
    previous_year.excellent_share as previous_excellent_share,
    previous_year.good_or_better_share as previous_good_or_better_share,
    cast(current_year.count_rated - previous_year.count_rated as decimal(12, 4)) as delta_count_rated,
    cast(current_year.count_excellent - previous_year.count_excellent as decimal(12, 4)) as delta_count_excellent,
    cast(current_year.count_good_or_better - previous_year.count_good_or_better as decimal(12, 4))
        as delta_count_good_or_better,
    cast(current_year.excellent_share - previous_year.excellent_share as decimal(5, 4)) as delta_excellent_share,
    cast(current_year.good_or_better_share - previous_year.good_or_better_share as decimal(5, 4))
        as delta_good_or_better_share
from with_shares as current_year
left join with_shares as previous_year
    on previous_year.view = current_year.view
    and previous_year.unit_code = current_year.unit_code
    and previous_year.year = current_year.year - 1;
