-- summary_detail_mismatch: a unit's summary form (core.summary_report) disagrees with the counts of
-- its detailed member list (core.member_rating of the same year and grassroots organization): total,
-- rated, exempt, not rated (new members and others without a level) or a level count differs by
-- more than tolerance (sql/detectors/thresholds.yaml). A form for a unit without any member row is
-- not judged (its list was not loaded, so there is nothing to compare).
-- Sources: the form's row, then the first member row of each sheet of the list.
-- score: the sum of the absolute differences; severity high when a level count differs by 3 or more.
delete from mart.findings where detector = 'summary_detail_mismatch';

insert into mart.findings
with settings as (

    select (select value from mart.detector_threshold where detector = 'summary_detail_mismatch' and name = 'tolerance')
        as tolerance

),

lists as (

    select
        year,
        org_code,
        count(*) as total_members,
        sum(case when status = 'rated' then 1 else 0 end) as rated,
        sum(case when status = 'exempt' then 1 else 0 end) as exempt,
        sum(case when status not in ('rated', 'exempt') then 1 else 0 end) as not_rated,
        sum(case when status = 'rated' and final_level = 'HTXSNV' then 1 else 0 end) as count_htxsnv,
        sum(case when status = 'rated' and final_level = 'HTTNV' then 1 else 0 end) as count_httnv,
        sum(case when status = 'rated' and final_level = 'HTNV' then 1 else 0 end) as count_htnv,
        sum(case when status = 'rated' and final_level = 'KHTNV' then 1 else 0 end) as count_khtnv
    from core.member_rating
    group by year, org_code

),

compared as (

    select
        forms.year,
        forms.unit_code,
        forms.source_file,
        forms.source_sheet,
        forms.source_row,
        settings.tolerance,
        forms.total_members as form_total, lists.total_members as list_total,
        forms.rated as form_rated, lists.rated as list_rated,
        forms.exempt as form_exempt, lists.exempt as list_exempt,
        forms.not_rated as form_not_rated, lists.not_rated as list_not_rated,
        forms.count_htxsnv as form_htxsnv, lists.count_htxsnv as list_htxsnv,
        forms.count_httnv as form_httnv, lists.count_httnv as list_httnv,
        forms.count_htnv as form_htnv, lists.count_htnv as list_htnv,
        forms.count_khtnv as form_khtnv, lists.count_khtnv as list_khtnv
    from core.summary_report as forms
    inner join lists on lists.year = forms.year and lists.org_code = forms.unit_code
    cross join settings

),

differences as (

    select
        compared.*,
        abs(coalesce(form_total, list_total) - list_total) as total_difference,
        abs(coalesce(form_rated, list_rated) - list_rated) as rated_difference,
        abs(coalesce(form_exempt, list_exempt) - list_exempt) as exempt_difference,
        abs(coalesce(form_not_rated, list_not_rated) - list_not_rated) as not_rated_difference,
        abs(coalesce(form_htxsnv, list_htxsnv) - list_htxsnv) as htxsnv_difference,
        abs(coalesce(form_httnv, list_httnv) - list_httnv) as httnv_difference,
        abs(coalesce(form_htnv, list_htnv) - list_htnv) as htnv_difference,
        abs(coalesce(form_khtnv, list_khtnv) - list_khtnv) as khtnv_difference
    from compared

),

mismatches as (

    select
        differences.*,
        greatest(htxsnv_difference, httnv_difference, htnv_difference, khtnv_difference) as level_difference,
        total_difference + rated_difference + exempt_difference + not_rated_difference + htxsnv_difference
            + httnv_difference + htnv_difference + khtnv_difference as all_differences
    from differences
    where greatest(
            total_difference, rated_difference, exempt_difference, not_rated_difference,
            htxsnv_difference, httnv_difference, htnv_difference, khtnv_difference) > tolerance

),

list_sheets as (

    -- the sheets of the detailed list, each with its first member row
    select ratings.year, ratings.org_code, ratings.source_file, ratings.source_sheet, min(ratings.source_row) as source_row
    from core.member_rating as ratings
    inner join mismatches on mismatches.year = ratings.year and mismatches.unit_code = ratings.org_code
    group by ratings.year, ratings.org_code, ratings.source_file, ratings.source_sheet

),

source_rows as (

    select year, unit_code, source_file, source_sheet, source_row
    from mismatches
    union all
    select year, org_code, source_file, source_sheet, source_row
    from list_sheets

),

ranked as (

    select
        year, unit_code,
        concat(
            '{"file":', dg_jstr(source_file), ',"sheet":', dg_jstr(source_sheet),
            ',"row":', coalesce(lpad(cast(source_row as string), 7, ' '), 'null'), '}') as source,
        row_number() over (partition by year, unit_code order by source_file, source_sheet, source_row) as source_rank
    from source_rows

),

sources as (

    select year, unit_code, array_join(array_sort(array_agg(source)), ',') as sources
    from ranked
    where source_rank <= 20
    group by year, unit_code

)

select
    'summary_detail_mismatch' as detector,
    mismatches.year,
    mismatches.unit_code,
    '' as subject_key,
    case when mismatches.level_difference >= 3 then 'high' else 'medium' end as severity,
    cast(mismatches.all_differences as double) as score,
    concat(
        '{"form":{"total":', dg_jnum(form_total), ',"rated":', dg_jnum(form_rated),
        ',"exempt":', dg_jnum(form_exempt), ',"not_rated":', dg_jnum(form_not_rated),
        ',"HTXSNV":', dg_jnum(form_htxsnv), ',"HTTNV":', dg_jnum(form_httnv),
        ',"HTNV":', dg_jnum(form_htnv), ',"KHTNV":', dg_jnum(form_khtnv), '}',
        ',"list":{"total":', dg_jnum(list_total), ',"rated":', dg_jnum(list_rated),
        ',"exempt":', dg_jnum(list_exempt), ',"not_rated":', dg_jnum(list_not_rated),
        ',"HTXSNV":', dg_jnum(list_htxsnv), ',"HTTNV":', dg_jnum(list_httnv),
        ',"HTNV":', dg_jnum(list_htnv), ',"KHTNV":', dg_jnum(list_khtnv), '}',
        ',"tolerance":', dg_jnum(tolerance),
        ',"rule":', dg_jstr(rules.rule_summary_form),
        ',"sources":[', coalesce(sources.sources, ''), ']}') as evidence
from mismatches
inner join core.dim_rule_year as rules on rules.year = mismatches.year
left join sources on sources.year = mismatches.year and sources.unit_code = mismatches.unit_code;
