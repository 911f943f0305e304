-- inflation_trend: a grassroots organization whose excellent (HTXSNV) share rose every year, by at
-- least min_yearly_rise, for min_years (3) or more consecutive years, significantly (the one-sided
-- lower confidence bound of the Cochran-Armitage slope is above zero), while its task results did not
-- improve (their own trend over the same years is not significant at task_alpha) and are known for
-- every year of the run. The runs and tests are in mart.excellence_trend (java:excellence_trend); one
-- finding per run, in its last year (a run that continues the next year is reported there instead).
-- score = the slope's lower bound (share per year above zero).
delete from mart.findings where detector = 'inflation_trend';

insert into mart.findings
with threshold as (
    select
        max(case when name = 'min_years' then value end) as min_years,
        max(case when name = 'min_yearly_rise' then value end) as min_yearly_rise,
        max(case when name = 'confidence' then value end) as confidence,
        max(case when name = 'task_alpha' then value end) as task_alpha
    from mart.detector_threshold
    where detector = 'inflation_trend'
),

run_end as (
    select trend.*
    from mart.excellence_trend as trend
    left join mart.excellence_trend as continued
        on continued.org_code = trend.org_code
        and continued.year = trend.year + 1
        and continued.first_year = trend.first_year
    where continued.org_code is null
),

flagged as (
    select run_end.*
    from run_end
    cross join threshold
    where run_end.count_years >= threshold.min_years
        and run_end.slope_lower > 0
        and run_end.task_p_value is not null
        and run_end.task_p_value > threshold.task_alpha
),

yearly as (
    select
        flagged.org_code,
        flagged.year as last_year,
        concat(
            '{"year":', cast(member.year as string),
            ',"rated":', cast(count(*) as string),
            ',"excellent":', cast(sum(case when member.final_level = 'HTXSNV' then 1 else 0 end) as string),
            ',"excellent_share":', dg_jnum(sum(case when member.final_level = 'HTXSNV' then 1.0 else 0.0 end) / count(*)),
            ',"targets_total":', coalesce(cast(max(task.targets_total) as string), 'null'),
            ',"targets_met":', coalesce(cast(max(task.targets_met) as string), 'null'), '}') as piece
    from flagged
    inner join core.member_rating as member
        on member.org_code = flagged.org_code
        and member.year between flagged.first_year and flagged.year
        and member.status = 'rated'
        and member.final_level is not null
    left join core.task_result as task
        on task.unit_code = flagged.org_code
        and task.year = member.year
    group by flagged.org_code, flagged.year, member.year
),

years as (
    select
        org_code,
        last_year,
        array_join(array_sort(array_agg(piece)), ',') as years_json
    from yearly
    group by org_code, last_year
),

source as (
    select
        flagged.org_code,
        flagged.year as last_year,
        concat(
            '{"file":', dg_jstr(row_source.source_file),
            ',"sheet":', dg_jstr(row_source.source_sheet),
            ',"row":', coalesce(lpad(cast(row_source.source_row as string), 7, ' '), 'null'), '}') as piece,
        row_number() over (
            partition by flagged.org_code, flagged.year
            order by row_source.kind, row_source.year desc, row_source.source_file, row_source.source_sheet,
                row_source.source_row
        ) as position
    from flagged
    inner join (
        select 1 as kind, unit_code as org_code, year, source_file, source_sheet, source_row
        from core.task_result
        union all
        select 2 as kind, org_code, year, source_file, source_sheet, source_row
        from core.member_rating
        where status = 'rated'
            and final_level = 'HTXSNV'
    ) as row_source
        on row_source.org_code = flagged.org_code
        and row_source.year between flagged.first_year and flagged.year
),

sources as (
    select
        org_code,
        last_year,
        array_join(array_sort(array_agg(piece)), ',') as sources_json
    from source
    where position <= 20
    group by org_code, last_year
)

select
    'inflation_trend' as detector,
    flagged.year,
    flagged.org_code as unit_code,
    '' as subject_key,
    case when flagged.count_years > threshold.min_years then 'high' else 'medium' end as severity,
    flagged.slope_lower as score,
    concat(
        '{"first_year":', cast(flagged.first_year as string),
        ',"last_year":', cast(flagged.year as string),
        ',"count_years":', cast(flagged.count_years as string),
        ',"first_share":', dg_jnum(flagged.first_share),
        ',"last_share":', dg_jnum(flagged.last_share),
        ',"min_yearly_rise":', dg_jnum(flagged.min_rise),
        ',"slope_per_year":', dg_jnum(flagged.slope),
        ',"slope_lower":', dg_jnum(flagged.slope_lower),
        ',"z":', dg_jnum(flagged.z_value),
        ',"p_value":', coalesce(cast(flagged.p_value as string), 'null'),
        ',"task_slope_per_year":', dg_jnum(flagged.task_slope),
        ',"task_p_value":', dg_jnum(flagged.task_p_value),
        ',"years":[', coalesce(years.years_json, ''), ']',
        ',"test":', dg_jstr('Kiểm định xu hướng Cochran–Armitage trên số đảng viên HTXSNV qua các năm: độ dốc của tỷ lệ theo năm và cận dưới một phía của nó; cùng kiểm định cho tỷ lệ chỉ tiêu đạt của tổ chức'),
        ',"thresholds":{"min_years":', dg_jnum(threshold.min_years),
        ',"min_yearly_rise":', dg_jnum(threshold.min_yearly_rise),
        ',"confidence":', dg_jnum(threshold.confidence),
        ',"task_alpha":', dg_jnum(threshold.task_alpha), '}',
        ',"rule":', dg_jstr(concat(
            coalesce(rule.framework, ''),
            ': kết quả xếp loại đảng viên phải gắn với kết quả thực hiện nhiệm vụ của tổ chức, cơ quan, đơn vị. ',
            'Tỷ lệ đảng viên "Hoàn thành xuất sắc nhiệm vụ" tăng đều ', cast(flagged.count_years as string),
            ' năm liền trong khi kết quả thực hiện chỉ tiêu không tăng.')),
        ',"sources":[', coalesce(sources.sources_json, ''), ']}') as evidence
from flagged
cross join threshold
left join core.dim_rule_year as rule
    on rule.year = flagged.year
left join years
    on years.org_code = flagged.org_code
    and years.last_year = flagged.year
left join sources
    on sources.org_code = flagged.org_code
    and sources.last_year = flagged.year
