-- mart.submission_timeliness: when each organization finished its review and sent its report
-- (core.submission), against that year's deadlines (core.dim_rule_year). Grain: one row per
-- (year, unit_code) of core.submission. A date on or before its deadline is on time; days_late is the
-- number of days after the deadline (0 when on time), null when the date or the deadline is missing.
-- Days are counted from a day number (365 days a year plus the Gregorian leap days, plus the day of
-- the year) because DuckDB and Spark spell date differences differently.
create or replace table mart.submission_timeliness as
with dated as (

    select
        submissions.year,
        submissions.unit_code,
        submissions.review_done_on,
        submissions.report_sent_on,
        rules.review_deadline,
        rules.report_deadline
    from core.submission as submissions
    left join core.dim_rule_year as rules
        on rules.year = submissions.year

),

day_numbers as (

    select
        dated.*,
        365 * (year(review_done_on) - 1)
            + cast(floor((year(review_done_on) - 1) / 4) as int)
            - cast(floor((year(review_done_on) - 1) / 100) as int)
            + cast(floor((year(review_done_on) - 1) / 400) as int)
            + dayofyear(review_done_on) as review_day,
        365 * (year(review_deadline) - 1)
            + cast(floor((year(review_deadline) - 1) / 4) as int)
            - cast(floor((year(review_deadline) - 1) / 100) as int)
            + cast(floor((year(review_deadline) - 1) / 400) as int)
            + dayofyear(review_deadline) as review_deadline_day,
        365 * (year(report_sent_on) - 1)
            + cast(floor((year(report_sent_on) - 1) / 4) as int)
            - cast(floor((year(report_sent_on) - 1) / 100) as int)
            + cast(floor((year(report_sent_on) - 1) / 400) as int)
            + dayofyear(report_sent_on) as report_day,
        365 * (year(report_deadline) - 1)
            + cast(floor((year(report_deadline) - 1) / 4) as int)
            - cast(floor((year(report_deadline) - 1) / 100) as int)
            + cast(floor((year(report_deadline) - 1) / 400) as int)
            + dayofyear(report_deadline) as report_deadline_day
    from dated

),

unit_versions as (

    -- the registry version of each organization on 31/12 of the year (as in mart.level_distribution)
    select
        submissions.year,
        submissions.unit_code,
        units.unit_type,
        row_number() over (
            partition by submissions.year, submissions.unit_code
            order by
                case
                    when units.valid_from <= make_date(submissions.year, 12, 31)
                        and (units.valid_to is null or units.valid_to >= make_date(submissions.year, 12, 31))
                    then 0
                    else 1
                end,
                units.valid_from desc
        ) as version_rank
    from core.submission as submissions
    left join core.dim_unit as units
        on units.unit_code = submissions.unit_code

)

select
    day_numbers.year,
    day_numbers.unit_code,
    coalesce(unit_versions.unit_type, 'unknown') as unit_type,
    day_numbers.review_done_on,
    day_numbers.review_deadline,
    cast(case
        when review_day is null or review_deadline_day is null then null
        when review_day > review_deadline_day then review_day - review_deadline_day
        else 0
    end as int)
        as review_days_late,
    review_day <= review_deadline_day as is_review_on_time,
    day_numbers.report_sent_on,
    day_numbers.report_deadline,
    cast(case
        when report_day is null or report_deadline_day is null then null
        when report_day > report_deadline_day then report_day - report_deadline_day
        else 0
    end as int)
        as report_days_late,
    report_day <= report_deadline_day as is_report_on_time
from day_numbers
left join unit_versions
    on unit_versions.year = day_numbers.year
    and unit_versions.unit_code = day_numbers.unit_code
    and unit_versions.version_rank = 1;
