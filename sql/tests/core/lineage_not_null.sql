-- Every fact row can be traced to its file and row: source_file, source_row and load_id are set
-- (source_sheet may be null: csv files have no sheets). Passes when it returns no rows.
with facts as (

    select 'core.member_rating' as table_name, source_file, source_row, load_id from core.member_rating
    union all
    select 'core.org_rating', source_file, source_row, load_id from core.org_rating
    union all
    select 'core.leader_rating', source_file, source_row, load_id from core.leader_rating
    union all
    select 'core.discipline', source_file, source_row, load_id from core.discipline
    union all
    select 'core.shortcoming', source_file, source_row, load_id from core.shortcoming
    union all
    select 'core.monthly_score', source_file, source_row, load_id from core.monthly_score
    union all
    select 'core.task_result', source_file, source_row, load_id from core.task_result
    union all
    select 'core.submission', source_file, source_row, load_id from core.submission
    union all
    select 'core.summary_report', source_file, source_row, load_id from core.summary_report

)

select table_name, count(*) as count_rows
from facts
where source_file is null or source_row is null or load_id is null
group by table_name
