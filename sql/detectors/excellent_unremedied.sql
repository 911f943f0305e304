-- excellent_unremedied: in years whose rules require earlier shortcomings remedied before an
-- excellent rating (core.dim_rule_year.org_excellent_min_share_remedied, 2025 on), an organization,
-- member or leader rated HTXSNV while a shortcoming named in an earlier year is still not remedied
-- (its status is anything but 'remedied', including no status yet).
-- An organization answers for the shortcomings of its whole lineage: the units that carry on as the
-- same current unit (core.unit_mapping), so a merged commune keeps its predecessors' shortcomings.
-- A person answers for their own shortcomings; the finding is in the organization that rated them.
-- score: the open shortcomings; severity high when one is from two or more years before, else medium.
-- Sources: the excellent rating row(s), then the open shortcomings' register rows.
delete from mart.findings where detector = 'excellent_unremedied';

insert into mart.findings
with families as (

    select distinct unit_code, current_unit_code
    from core.unit_mapping

),

open_shortcomings as (

    select shortcoming.*, coalesce(families.current_unit_code, shortcoming.unit_code) as family_code
    from core.shortcoming as shortcoming
    left join families on families.unit_code = shortcoming.unit_code
    where coalesce(shortcoming.status, 'pending') <> 'remedied'

),

excellent as (

    select 'organization' as kind, year, unit_code, '' as subject_key, source_file, source_sheet, source_row
    from core.org_rating
    where final_level = 'HTXSNV'
    union all
    select 'member', year, org_code, person_key, source_file, source_sheet, source_row
    from core.member_rating
    where status = 'rated' and final_level = 'HTXSNV' and person_key is not null
    union all
    select 'leader', year, unit_code, person_key, source_file, source_sheet, source_row
    from core.leader_rating
    where final_level = 'HTXSNV' and person_key is not null

),

checked as (

    select excellent.*, rules.rule_remedied
    from excellent
    inner join core.dim_rule_year as rules on rules.year = excellent.year
    where rules.org_excellent_min_share_remedied is not null

),

organization_open as (

    select distinct checked.year, checked.unit_code, checked.subject_key, open_shortcomings.year as named_year,
        open_shortcomings.category, open_shortcomings.status, open_shortcomings.source_file,
        open_shortcomings.source_sheet, open_shortcomings.source_row
    from checked
    left join families on families.unit_code = checked.unit_code
    inner join open_shortcomings
        on open_shortcomings.subject_kind = 'organization'
        and open_shortcomings.family_code = coalesce(families.current_unit_code, checked.unit_code)
        and open_shortcomings.year < checked.year
    where checked.kind = 'organization'

),

person_open as (

    select distinct checked.year, checked.unit_code, checked.subject_key, open_shortcomings.year as named_year,
        open_shortcomings.category, open_shortcomings.status, open_shortcomings.source_file,
        open_shortcomings.source_sheet, open_shortcomings.source_row
    from checked
    inner join open_shortcomings
        on open_shortcomings.subject_kind = 'person'
        and open_shortcomings.person_key = checked.subject_key
        and open_shortcomings.year < checked.year
    where checked.kind <> 'organization'

),

open_found as (

    select * from organization_open
    union all
    select * from person_open

),

breaches as (

    select year, unit_code, subject_key, count(*) as open_count, min(named_year) as earliest_year
    from open_found
    group by year, unit_code, subject_key

),

source_rows as (

    select checked.year, checked.unit_code, checked.subject_key, checked.source_file, checked.source_sheet,
        checked.source_row, '' as detail
    from checked
    inner join breaches
        on breaches.year = checked.year and breaches.unit_code = checked.unit_code
        and breaches.subject_key = checked.subject_key
    union all
    select year, unit_code, subject_key, source_file, source_sheet, source_row,
        concat(',"named_year":', dg_jnum(named_year), ',"category":', dg_jstr(category),
            ',"status":', dg_jstr(coalesce(status, 'pending'))) as detail
    from open_found

),

ranked as (

    select
        year, unit_code, subject_key,
        concat(
            '{"file":', dg_jstr(source_file), ',"sheet":', dg_jstr(source_sheet),
            ',"row":', coalesce(lpad(cast(source_row as string), 7, ' '), 'null'), detail, '}') as source,
        row_number() over (
            partition by year, unit_code, subject_key order by source_file, source_sheet, source_row) as source_rank
    from source_rows

),

sources as (

    select year, unit_code, subject_key, array_join(array_sort(array_agg(source)), ',') as sources
    from ranked
    where source_rank <= 20
    group by year, unit_code, subject_key

),

rules as (

    select year, max(rule_remedied) as rule_remedied
    from checked
    group by year

)

select
    'excellent_unremedied' as detector,
    breaches.year,
    breaches.unit_code,
    breaches.subject_key,
    case when breaches.earliest_year <= breaches.year - 2 then 'high' else 'medium' end as severity,
    cast(breaches.open_count as double) as score,
    concat(
        '{"final_level":"HTXSNV"',
        ',"subject_kind":', case when breaches.subject_key = '' then '"organization"' else '"person"' end,
        ',"open_shortcomings":', dg_jnum(breaches.open_count),
        ',"earliest_year":', dg_jnum(breaches.earliest_year),
        ',"rule":', dg_jstr(rules.rule_remedied),
        ',"sources":[', coalesce(sources.sources, ''), ']}') as evidence
from breaches
inner join rules on rules.year = breaches.year
left join sources
    on sources.year = breaches.year and sources.unit_code = breaches.unit_code
    and sources.subject_key = breaches.subject_key;
