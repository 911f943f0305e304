-- unit_submissions: when one organization finished its review and sent its report, year by year,
-- against each year's deadlines (mart.submission_timeliness). Parameter: unit code. Grain: one row per year.
select
    year,
    review_done_on,
    review_deadline,
    review_days_late,
    is_review_on_time,
    report_sent_on,
    report_deadline,
    report_days_late,
    is_report_on_time
from mart.submission_timeliness
where unit_code = cast(? as varchar)
order by year
