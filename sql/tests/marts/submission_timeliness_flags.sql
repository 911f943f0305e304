-- mart.submission_timeliness's flags agree with its days: on time exactly when no day late, both
-- unknown together; and mart.submission_timeliness_by_year counts what the detail holds. Passes when
-- it returns no rows; each row is an offending organization-year or year.
with detail_years as (

    select
        year,
        count(*) as count_submissions,
        sum(case when not is_review_on_time then 1 else 0 end) as count_review_late,
        sum(case when not is_report_on_time then 1 else 0 end) as count_report_late
    from mart.submission_timeliness
    group by year

)

select year, unit_code, 'review days and flag' as reason
from mart.submission_timeliness
where (review_days_late is null) <> (is_review_on_time is null)
    or review_days_late < 0
    or (review_days_late = 0) <> is_review_on_time
    or (review_done_on is not null and review_deadline is not null and review_days_late is null)
union all
select year, unit_code, 'report days and flag'
from mart.submission_timeliness
where (report_days_late is null) <> (is_report_on_time is null)
    or report_days_late < 0
    or (report_days_late = 0) <> is_report_on_time
    or (report_sent_on is not null and report_deadline is not null and report_days_late is null)
union all
select detail_years.year, '', 'by year counts'
from detail_years
left join mart.submission_timeliness_by_year as by_year
    on by_year.year = detail_years.year
where by_year.year is null
    or by_year.count_submissions <> detail_years.count_submissions
    or by_year.count_review_late <> coalesce(detail_years.count_review_late, 0)
    or by_year.count_report_late <> coalesce(detail_years.count_report_late, 0)
