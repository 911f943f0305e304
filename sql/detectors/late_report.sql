-- late_report: a unit that sent its report after that year's deadline (core.submission.report_sent_on
-- against core.dim_rule_year.report_deadline). The deadline day itself is on time ("trước ngày 10/12" is
-- read as "by 10/12"); grace_days (sql/detectors/thresholds.yaml) allows more.
-- Days are counted portably from year and day of year (exact for 1901-2099: a leap year every 4).
-- score: days late; severity high from a week late, else medium.
delete from mart.findings where detector = 'late_report';

insert into mart.findings
with settings as (

    select (select value from mart.detector_threshold where detector = 'late_report' and name = 'grace_days')
        as grace_days

),

days as (

    select
        submissions.year,
        submissions.unit_code,
        submissions.report_sent_on as done_on,
        rules.report_deadline as deadline,
        cast(
            365 * (year(submissions.report_sent_on) - 1970) + floor((year(submissions.report_sent_on) - 1969) / 4)
                + dayofyear(submissions.report_sent_on)
            - (365 * (year(rules.report_deadline) - 1970) + floor((year(rules.report_deadline) - 1969) / 4)
                + dayofyear(rules.report_deadline))
            as int) as days_late,
        settings.grace_days,
        rules.rule_report_deadline as rule_text,
        submissions.source_file,
        submissions.source_sheet,
        submissions.source_row
    from core.submission as submissions
    inner join core.dim_rule_year as rules on rules.year = submissions.year
    cross join settings
    where submissions.report_sent_on is not null

)

select
    'late_report' as detector,
    year,
    unit_code,
    '' as subject_key,
    case when days_late >= 7 then 'high' else 'medium' end as severity,
    cast(days_late as double) as score,
    concat(
        '{"done_on":', dg_jstr(cast(done_on as string)),
        ',"deadline":', dg_jstr(cast(deadline as string)),
        ',"days_late":', dg_jnum(days_late),
        ',"grace_days":', dg_jnum(grace_days),
        ',"rule":', dg_jstr(rule_text),
        ',"sources":[{"file":', dg_jstr(source_file), ',"sheet":', dg_jstr(source_sheet),
        ',"row":', coalesce(lpad(cast(source_row as string), 7, ' '), 'null'), '}]}') as evidence
from days
where days_late > grace_days;
