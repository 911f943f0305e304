-- mart.yoy_delta keeps every rated member in both views: per view and year, the rated members add up to
-- core.member_rating's (the as-is weights sum to 1 per historic unit, so up to their rounding); shares
-- lie in 0..1; and each delta is this year's value minus the previous year's. Passes when it returns
-- no rows; each row is a view and year (or unit) that breaks a rule.
with core_years as (

    select year, sum(case when status = 'rated' then 1 else 0 end) as count_rated
    from core.member_rating
    group by year

),

view_years as (

    select view, year, sum(count_rated) as count_rated
    from mart.yoy_delta
    group by view, year

)

select 'rated members as in core.member_rating' as reason, views.view, core_years.year, '' as unit_code
from core_years
cross join (select 'as_was' as view union all select 'as_is') as views
left join view_years
    on view_years.view = views.view
    and view_years.year = core_years.year
where view_years.count_rated is null
    or view_years.count_rated < core_years.count_rated - 0.0002 * core_years.count_rated - 0.01
    or view_years.count_rated > core_years.count_rated + 0.0002 * core_years.count_rated + 0.01
union all
select 'shares in 0..1', view, year, unit_code
from mart.yoy_delta
where excellent_share < 0 or excellent_share > 1 or good_or_better_share < 0 or good_or_better_share > 1
    or count_excellent > count_good_or_better or count_good_or_better > count_rated
union all
select 'deltas are differences', view, year, unit_code
from mart.yoy_delta
where (previous_year is null and (delta_count_rated is not null or delta_excellent_share is not null))
    or (previous_year is not null and (
        previous_year <> year - 1
        or delta_count_rated <> count_rated - previous_count_rated
        or delta_count_excellent <> count_excellent - previous_count_excellent
        or delta_count_good_or_better <> count_good_or_better - previous_count_good_or_better
        or delta_excellent_share <> excellent_share - previous_excellent_share
        or delta_good_or_better_share <> good_or_better_share - previous_good_or_better_share))
