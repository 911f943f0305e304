-- monthly_annual_mismatch: a leader or manager (core.leader_rating) whose monthly evaluations of the
-- year (core.monthly_score.final_score) do not support the annual level:
--   rated HTTNV or above while the months average under good_min_average, or more than
--   max_low_month_share of the months score under low_month_below (mostly C/D), or
--   rated HTXSNV while the months average under excellent_min_average.
-- Thresholds: sql/detectors/thresholds.yaml, section monthly_annual_mismatch. Officials without
-- monthly scores that year are not judged. The finding is in the organization of the leader rating.
-- score: points the average is under the threshold it failed (or the share of low months over the
-- allowed share, x 100); severity high when a good-or-better leader averages under good_min_average.
delete from mart.findings where detector = 'monthly_annual_mismatch';

insert into mart.findings
with settings as (

    select
        (select value from mart.detector_threshold
         where detector = 'monthly_annual_mismatch' and name = 'good_min_average') as good_min,
        (select value from mart.detector_threshold
         where detector = 'monthly_annual_mismatch' and name = 'excellent_min_average') as excellent_min,
        (select value from mart.detector_threshold
         where detector = 'monthly_annual_mismatch' and name = 'low_month_below') as low_below,
        (select value from mart.detector_threshold
         where detector = 'monthly_annual_mismatch' and name = 'max_low_month_share') as max_low_share

),

months as (

    select
        monthly.year,
        monthly.person_key,
        count(*) as months,
        avg(cast(monthly.final_score as double)) as average,
        sum(case when monthly.final_score < settings.low_below then 1 else 0 end) as low_months
    from core.monthly_score as monthly
    cross join settings
    where monthly.final_score is not null and monthly.person_key is not null
    group by monthly.year, monthly.person_key

),

checked as (

    select
        leaders.year,
        leaders.unit_code,
        leaders.person_key,
        leaders.position,
        leaders.final_level,
        months.months,
        months.average,
        months.low_months,
        cast(months.low_months as double) / months.months as low_share,
        settings.*,
        leaders.source_file,
        leaders.source_sheet,
        leaders.source_row
    from core.leader_rating as leaders
    inner join months on months.year = leaders.year and months.person_key = leaders.person_key
    cross join settings

),

breaches as (

    select
        checked.*,
        final_level in ('HTXSNV', 'HTTNV') and average < good_min as good_low_average,
        final_level in ('HTXSNV', 'HTTNV') and low_share > max_low_share as good_mostly_low,
        final_level = 'HTXSNV' and average < excellent_min as excellent_low_average
    from checked

),

flagged as (

    select *
    from breaches
    where good_low_average or good_mostly_low or excellent_low_average

),

source_rows as (

    select year, person_key, source_file, source_sheet, source_row, '' as detail
    from flagged
    union all
    select monthly.year, monthly.person_key, monthly.source_file, monthly.source_sheet, monthly.source_row,
        concat(',"month":', dg_jnum(monthly.month), ',"final_score":', dg_jnum(monthly.final_score)) as detail
    from core.monthly_score as monthly
    inner join flagged on flagged.year = monthly.year and flagged.person_key = monthly.person_key

),

ranked as (

    select
        year, person_key,
        concat(
            '{"file":', dg_jstr(source_file), ',"sheet":', dg_jstr(source_sheet),
            ',"row":', coalesce(lpad(cast(source_row as string), 7, ' '), 'null'), detail, '}') as source,
        row_number() over (partition by year, person_key order by source_file, source_sheet, source_row)
            as source_rank
    from source_rows

),

sources as (

    select year, person_key, array_join(array_sort(array_agg(source)), ',') as sources
    from ranked
    where source_rank <= 20
    group by year, person_key

)

select
    'monthly_annual_mismatch' as detector,
    breaches.year,
    breaches.unit_code,
    breaches.person_key as subject_key,
    case when breaches.good_low_average then 'high' else 'medium' end as severity,
    cast(greatest(
        case when breaches.good_low_average then breaches.good_min - breaches.average else 0 end,
        case when breaches.excellent_low_average then breaches.excellent_min - breaches.average else 0 end,
        case when breaches.good_mostly_low then 100 * (breaches.low_share - breaches.max_low_share) else 0 end)
        as double) as score,
    concat(
        '{"final_level":', dg_jstr(breaches.final_level),
        ',"position":', dg_jstr(breaches.position),
        ',"months":', dg_jnum(breaches.months),
        ',"monthly_average":', dg_jnum(breaches.average),
        ',"months_below_', cast(cast(breaches.low_below as int) as string), '":', dg_jnum(breaches.low_months),
        ',"good_min_average":', dg_jnum(breaches.good_min),
        ',"excellent_min_average":', dg_jnum(breaches.excellent_min),
        ',"max_low_month_share":', dg_jnum(breaches.max_low_share),
        ',"rule":', dg_jstr(rules.rule_monthly),
        ',"sources":[', coalesce(sources.sources, ''), ']}') as evidence
from flagged as breaches
inner join core.dim_rule_year as rules on rules.year = breaches.year
left join sources on sources.year = breaches.year and sources.person_key = breaches.person_key;
