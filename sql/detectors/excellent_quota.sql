-- excellent_quota: in a grassroots organization and year, more members rated HTXSNV than the year's
-- quota allows: excellent > excellent_quota_ratio x good (core.dim_rule_year; exactly at the quota is
-- not a breach). The quota counts the members the committee decided, in every cell of the organization.
-- score: members over the quota; severity high when excellent is at least twice the quota.
-- Sources: the rows of the members rated excellent (the first 20 by file, sheet and row).
delete from mart.findings where detector = 'excellent_quota';

insert into mart.findings
with counts as (

    select
        ratings.year,
        ratings.org_code,
        sum(case when ratings.final_level = 'HTXSNV' then 1 else 0 end) as excellent,
        sum(case when ratings.final_level = 'HTTNV' then 1 else 0 end) as good,
        count(*) as rated
    from core.member_rating as ratings
    where ratings.status = 'rated' and ratings.org_code is not null
    group by ratings.year, ratings.org_code

),

breaches as (

    select
        counts.*,
        rules.excellent_quota_ratio as ratio,
        rules.excellent_quota_ratio * counts.good as quota,
        rules.is_quota_confirmed,
        rules.rule_quota
    from counts
    inner join core.dim_rule_year as rules on rules.year = counts.year
    where counts.excellent > rules.excellent_quota_ratio * counts.good

),

source_rows as (

    select
        ratings.year,
        ratings.org_code,
        concat(
            '{"file":', dg_jstr(ratings.source_file),
            ',"sheet":', dg_jstr(ratings.source_sheet),
            ',"row":', coalesce(lpad(cast(ratings.source_row as string), 7, ' '), 'null'), '}') as source,
        row_number() over (
            partition by ratings.year, ratings.org_code
            order by ratings.source_file, ratings.source_sheet, ratings.source_row) as source_rank
    from core.member_rating as ratings
    inner join breaches on breaches.year = ratings.year and breaches.org_code = ratings.org_code
    where ratings.status = 'rated' and ratings.final_level = 'HTXSNV'

),

sources as (

    select year, org_code, array_join(array_sort(array_agg(source)), ',') as sources
    from source_rows
    where source_rank <= 20
    group by year, org_code

)

select
    'excellent_quota' as detector,
    breaches.year,
    breaches.org_code as unit_code,
    '' as subject_key,
    case when breaches.excellent >= 2 * breaches.quota then 'high' else 'medium' end as severity,
    cast(breaches.excellent - breaches.quota as double) as score,
    concat(
        '{"excellent":', dg_jnum(breaches.excellent),
        ',"good":', dg_jnum(breaches.good),
        ',"rated":', dg_jnum(breaches.rated),
        ',"quota_ratio":', dg_jnum(breaches.ratio),
        ',"quota":', dg_jnum(breaches.quota),
        ',"over_quota":', dg_jnum(breaches.excellent - breaches.quota),
        ',"quota_confirmed":', case when breaches.is_quota_confirmed then 'true' else 'false' end,
        ',"rule":', dg_jstr(breaches.rule_quota),
        ',"sources":[', coalesce(sources.sources, ''), ']}') as evidence
from breaches
left join sources on sources.year = breaches.year and sources.org_code = breaches.org_code;
