-- mart.submission_timeliness_by_year: mart.submission_timeliness rolled up per year, with the
-- organizations rated that year (core.org_rating) that sent no submission at all. Grain: one row per
-- year that has submissions or organization ratings. Shares are over the organizations whose date is
-- known; null when none is.
create or replace table mart.submission_timeliness_by_year as
with years as (

    select year from mart.submission_timeliness
    union
    select year from core.org_rating

),

per_year as (

    select
        year,
        count(*) as count_submissions,
        sum(case when is_review_on_time then 1 else 0 end) as count_review_on_time,
        sum(case when not is_review_on_time then 1 else 0 end) as count_review_late,
        count(is_review_on_time) as count_review_known,
        sum(case when is_report_on_time then 1 else 0 end) as count_report_on_time,
        sum(case when not is_report_on_time then 1 else 0 end) as count_report_late,
        count(is_report_on_time) as count_report_known,
        max(review_days_late) as review_days_late_max,
        max(report_days_late) as report_days_late_max
    from mart.submission_timeliness
    group by year

),

missing as (

    select
        ratings.year,
        count(*) as count_missing
    from core.org_rating as ratings
    left join mart.submission_timeliness as submissions
        on submissions.year = ratings.year
        and submissions.unit_code = ratings.unit_code
    where submissions.unit_code is null
    group by ratings.year

)

select
    years.year,
    cast(coalesce(per_year.count_submissions, 0) as int) as count_submissions,
    cast(coalesce(missing.count_missing, 0) as int) as count_rated_without_submission,
    cast(coalesce(per_year.count_review_on_time, 0) as int) as count_review_on_time,
    cast(coalesce(per_year.count_review_late, 0) as int) as count_review_late,
    cast(coalesce(per_year.count_report_on_time, 0) as int) as count_report_on_time,
    cast(coalesce(per_year.count_report_late, 0) as int) as count_report_late,
    case when per_year.count_review_known > 0
        then cast(floor((20000 * cast(per_year.count_review_on_time as double) + per_year.count_review_known) / (2 * cast(per_year.count_review_known as double))) / 10000 as decimal(5, 4))
    end as review_on_time_share,
    case when per_year.count_report_known > 0
        then cast(floor((20000 * cast(per_year.count_report_on_time as double) + per_year.count_report_known) / (2 * cast(per_year.count_report_known as double))) / 10000 as decimal(5, 4))
    end as report_on_time_share,
    cast(per_year.review_days_late_max as int) as review_days_late_max,
    cast(per_year.report_days_late_max as int) as report_days_late_max
from years
left join per_year
    on per_year.year = years.year
left join missing
    on missing.year = years.year;
