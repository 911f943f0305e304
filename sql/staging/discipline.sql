-- staging.discipline: disciplinary decisions typed: the form as its canonical Vietnamese name and code
-- (matched without diacritics, case or spaces), the decision date, the person as person_key, the unit
-- from the row's unit name or else the file's unit. year is the year of the decision when the row has a
-- date, else the register's year; the unit resolves at the decision's year, or at the register's year
-- when the load has no rule set for the decision's year (a decision of an earlier year in this year's
-- register). self_detected is true only when the column says so ("x", "có",
-- "tự phát hiện", "true", "1"); an empty cell means the violation was found by others.
-- staging.discipline_checked holds every raw row with its typed values; the rows failing a check go to
-- meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.discipline_checked as
with forms as (

    select 'khientrach' as form_key, 'Khiển trách' as form_name, 'reprimand' as form_code
    union all
    select 'canhcao', 'Cảnh cáo', 'warning'
    union all
    select 'cachchuc', 'Cách chức', 'dismissal'
    union all
    select 'khaitru', 'Khai trừ', 'expulsion'

),

source as (

    select
        raw_rows.*,
        coalesce(raw_rows.unit_name, raw_rows.unit) as unit_text,
        case when raw_rows.unit_name is null then 'unit' else 'unit_name' end as unit_column,
        dg_date(raw_rows.decided_on) as decided_on_value,
        links.person_key
    from raw.discipline as raw_rows
    left join raw.person_link as links
        on links.kind = 'discipline'
        and links.load_id = raw_rows.load_id
        and links.source_file = raw_rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(raw_rows.source_sheet, '')
        and links.source_row = raw_rows.source_row

),

dated as (

    select
        source.*,
        coalesce(year(source.decided_on_value), source.year) as decision_year
    from source

)

select
    dated.*,
    forms.form_name,
    forms.form_code,
    coalesce(dg_fold(dated.self_detected) in ('x', 'co', 'tu phat hien', 'true', '1'), false) as is_self_detected,
    case when at_decision.unit_text is not null then at_decision.unit_code else at_register.unit_code end
        as unit_code,
    case
        when at_decision.unit_text is not null then at_decision.count_candidates
        else coalesce(at_register.count_candidates, 0)
    end as unit_candidates
from dated
left join forms
    on forms.form_key = dg_key(dated.form)
left join stg_file_scope as file_scope
    on file_scope.source_file = dated.source_file
left join stg_unit_resolution as at_decision
    on at_decision.unit_text = dated.unit_text and at_decision.year = dated.decision_year
    and at_decision.scope_code = coalesce(file_scope.scope_code, '')
left join stg_unit_resolution as at_register
    on at_register.unit_text = dated.unit_text and at_register.year = dated.year
    and at_register.scope_code = coalesce(file_scope.scope_code, '');

insert into staging.reject
with failures as (

    select *, 'full_name' as column_name, full_name as value, 'MISSING_VALUE' as reason_code
    from staging.discipline_checked where person_key is null
    union all
    select *, 'unit_name', unit_name, 'MISSING_VALUE'
    from staging.discipline_checked where unit_text is null
    union all
    select *, unit_column, unit_text, 'AMBIGUOUS_UNIT'
    from staging.discipline_checked where unit_candidates > 1
    union all
    select *, 'form', form, 'MISSING_VALUE'
    from staging.discipline_checked where form is null
    union all
    select *, 'form', form, 'UNKNOWN_FORM'
    from staging.discipline_checked where form is not null and form_code is null
    union all
    select *, 'decided_on', decided_on, 'INVALID_DATE'
    from staging.discipline_checked where decided_on is not null and decided_on_value is null

)

select
    'discipline' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.discipline
select
    checked.load_id,
    checked.source_file,
    checked.source_sheet,
    checked.source_row,
    checked.decision_year,
    checked.unit,
    try_cast(checked.seq as int),
    checked.person_key,
    checked.unit_text,
    checked.unit_code,
    checked.form_name,
    checked.form_code,
    checked.decided_on_value,
    checked.decision_number,
    checked.violation,
    checked.is_self_detected
from staging.discipline_checked as checked
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'discipline'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
