-- data_provisional_sources: where each provisional unit was named: the files, sheets and rows of the
-- core facts that carry its code. Grain: one row per (unit_code, fact table, file, sheet).
with provisional as (

    select distinct unit_code
    from core.dim_unit
    where is_provisional

),

facts as (

    select 'member_rating' as kind, org_code as unit_code, source_file, source_sheet, source_row from core.member_rating
    union all
    select 'member_rating', cell_code, source_file, source_sheet, source_row from core.member_rating
    union all
    select 'org_rating', unit_code, source_file, source_sheet, source_row from core.org_rating
    union all
    select 'leader_rating', unit_code, source_file, source_sheet, source_row from core.leader_rating
    union all
    select 'discipline', unit_code, source_file, source_sheet, source_row from core.discipline
    union all
    select 'shortcoming', unit_code, source_file, source_sheet, source_row from core.shortcoming
    union all
    select 'monthly_score', unit_code, source_file, source_sheet, source_row from core.monthly_score
    union all
    select 'task_result', unit_code, source_file, source_sheet, source_row from core.task_result
    union all
    select 'submission', unit_code, source_file, source_sheet, source_row from core.submission
    union all
    select 'summary_report', unit_code, source_file, source_sheet, source_row from core.summary_report

)

select
    facts.unit_code,
    facts.kind,
    facts.source_file,
    facts.source_sheet,
    count(*) as count_rows,
    min(facts.source_row) as first_row,
    max(facts.source_row) as last_row
from facts
inner join provisional on provisional.unit_code = facts.unit_code
group by facts.unit_code, facts.kind, facts.source_file, facts.source_sheet
order by facts.unit_code, facts.source_file, facts.source_sheet, facts.kind
