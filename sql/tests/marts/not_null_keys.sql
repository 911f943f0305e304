-- The keys and counts of the marts are never null. Passes when it returns no rows; each row names a
-- table and column with how many rows lack a value.
with missing as (

    select 'mart.level_distribution' as table_name, 'year' as column_name, count(*) as count_rows
    from mart.level_distribution where year is null
    union all
    select 'mart.level_distribution', 'org_code', count(*) from mart.level_distribution where org_code is null
    union all
    select 'mart.level_distribution', 'unit_type', count(*) from mart.level_distribution where unit_type is null
    union all
    select 'mart.level_distribution', 'counts', count(*) from mart.level_distribution
    where count_members is null or count_rated is null or count_exempt is null or count_suspended is null
        or count_new_member is null or count_not_rated is null or count_htxsnv is null
        or count_httnv is null or count_htnv is null or count_khtnv is null
    union all
    select 'mart.level_distribution_by_type', 'year, unit_type', count(*) from mart.level_distribution_by_type
    where year is null or unit_type is null
    union all
    select 'mart.level_distribution_by_type', 'counts', count(*) from mart.level_distribution_by_type
    where count_organizations is null or count_members is null or count_rated is null
        or count_htxsnv is null or count_httnv is null or count_htnv is null or count_khtnv is null
    union all
    select 'mart.yoy_delta', 'view, year, unit_code', count(*) from mart.yoy_delta
    where view is null or year is null or unit_code is null
    union all
    select 'mart.yoy_delta', 'counts', count(*) from mart.yoy_delta
    where count_rated is null or count_excellent is null or count_good_or_better is null
    union all
    select 'mart.task_vs_rating', 'year, unit_code, unit_type', count(*) from mart.task_vs_rating
    where year is null or unit_code is null or unit_type is null
    union all
    select 'mart.task_vs_rating', 'peer_count', count(*) from mart.task_vs_rating where peer_count is null
    union all
    select 'mart.submission_timeliness', 'year, unit_code, unit_type', count(*) from mart.submission_timeliness
    where year is null or unit_code is null or unit_type is null
    union all
    select 'mart.submission_timeliness_by_year', 'year, counts', count(*) from mart.submission_timeliness_by_year
    where year is null or count_submissions is null or count_rated_without_submission is null
        or count_review_on_time is null or count_review_late is null
        or count_report_on_time is null or count_report_late is null
    union all
    select 'mart.award_candidates', 'kind, year, unit_code, person_key, final_level', count(*)
    from mart.award_candidates
    where kind is null or year is null or unit_code is null or person_key is null or final_level is null

)

select table_name, column_name, count_rows
from missing
where count_rows > 0
