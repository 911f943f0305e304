-- The key columns of core tables are never null (the not-null constraints the DDL cannot carry
-- portably). Passes when it returns no rows; each row names a table, its key column and how many
-- rows lack it.
with missing as (

    select 'core.dim_unit' as table_name, 'unit_code' as column_name, count(*) as count_rows
    from core.dim_unit where unit_code is null
    union all
    select 'core.dim_unit', 'valid_from', count(*) from core.dim_unit where valid_from is null
    union all
    select 'core.unit_lineage', 'from_unit_code', count(*) from core.unit_lineage where from_unit_code is null
    union all
    select 'core.unit_lineage', 'to_unit_code', count(*) from core.unit_lineage where to_unit_code is null
    union all
    select 'core.unit_lineage', 'effective_date', count(*) from core.unit_lineage where effective_date is null
    union all
    select 'core.unit_mapping', 'current_unit_code', count(*)
    from core.unit_mapping where current_unit_code is null
    union all
    select 'core.dim_person', 'person_key', count(*) from core.dim_person where person_key is null
    union all
    select 'core.dim_rule_year', 'year', count(*) from core.dim_rule_year where year is null
    union all
    select 'core.member_rating', 'year', count(*) from core.member_rating where year is null
    union all
    select 'core.member_rating', 'person_key', count(*) from core.member_rating where person_key is null
    union all
    select 'core.member_rating', 'org_code', count(*) from core.member_rating where org_code is null
    union all
    select 'core.member_rating', 'status', count(*) from core.member_rating where status is null
    union all
    select 'core.org_rating', 'year', count(*) from core.org_rating where year is null
    union all
    select 'core.org_rating', 'unit_code', count(*) from core.org_rating where unit_code is null
    union all
    select 'core.leader_rating', 'person_key', count(*) from core.leader_rating where person_key is null
    union all
    select 'core.discipline', 'person_key', count(*) from core.discipline where person_key is null
    union all
    select 'core.discipline', 'form_code', count(*) from core.discipline where form_code is null
    union all
    select 'core.shortcoming', 'unit_code', count(*) from core.shortcoming
    where unit_code is null and subject_kind = 'organization'
    union all
    select 'core.monthly_score', 'person_key', count(*) from core.monthly_score where person_key is null
    union all
    select 'core.monthly_score', 'month', count(*) from core.monthly_score where month is null
    union all
    select 'core.task_result', 'unit_code', count(*) from core.task_result where unit_code is null
    union all
    select 'core.submission', 'unit_code', count(*) from core.submission where unit_code is null
    union all
    select 'core.summary_report', 'unit_code', count(*) from core.summary_report where unit_code is null

)

select table_name, column_name, count_rows
from missing
where count_rows > 0
