-- staging.monthly_score: the monthly evaluation export typed: the period 'MM/YYYY' (or an Excel date)
-- split into year and month, scores with a decimal comma or point, the grade upper-cased.
-- The person: an official rated as a leader (raw.leader_rating) with the same official code is that
-- leader's person_key (the leader rating of the same year first, else of the latest year), so monthly
-- scores and annual ratings of one person join; otherwise the row's own key (card number, else the
-- official code). The unit is the row's unit name, a people's committee such as "UBND xã Đoài Sơn",
-- resolved like any unit name at the rating year (provisional when the registry does not know it).
-- One row per person and month: a second one is a DUPLICATE_OFFICIAL.
-- staging.monthly_score_checked holds every raw row with its typed values; the rows failing a check go to
-- meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.monthly_score_checked as
with leaders as (

    select
        dg_key(raw_rows.official_code) as official_key,
        raw_rows.year,
        min(links.person_key) as person_key
    from raw.leader_rating as raw_rows
    inner join raw.person_link as links
        on links.kind = 'leader_rating'
        and links.load_id = raw_rows.load_id
        and links.source_file = raw_rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(raw_rows.source_sheet, '')
        and links.source_row = raw_rows.source_row
    where raw_rows.official_code is not null
    group by dg_key(raw_rows.official_code), raw_rows.year

),

latest_leaders as (

    select
        official_key,
        person_key,
        row_number() over (partition by official_key order by year desc, person_key) as recency
    from leaders

),

source as (

    select
        raw_rows.*,
        trim(raw_rows.period) as period_text,
        links.person_key as own_person_key
    from raw.monthly_score as raw_rows
    left join raw.person_link as links
        on links.kind = 'monthly_score'
        and links.load_id = raw_rows.load_id
        and links.source_file = raw_rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(raw_rows.source_sheet, '')
        and links.source_row = raw_rows.source_row

),

periods as (

    select
        source.*,
        case
            when source.period_text like '%/____' then
                try_cast(substr(source.period_text, 1, instr(source.period_text, '/') - 1) as int)
            when source.period_text like '____-__-__%' then try_cast(substr(source.period_text, 6, 2) as int)
        end as period_month,
        case
            when source.period_text like '%/____' then
                try_cast(substr(source.period_text, length(source.period_text) - 3, 4) as int)
            when source.period_text like '____-__-__%' then try_cast(substr(source.period_text, 1, 4) as int)
        end as period_year,
        dg_number(source.self_score) as self_score_value,
        dg_number(source.final_score) as final_score_value,
        upper(trim(source.grade)) as grade_code
    from source

),

typed as (

    select
        periods.*,
        case
            when periods.period_month between 1 and 12 and periods.period_year between 1990 and 2100
                then periods.period_year
        end as month_year,
        case
            when periods.period_month between 1 and 12 and periods.period_year between 1990 and 2100
                then periods.period_month
        end as month_number
    from periods

)

select
    typed.*,
    coalesce(same_year.person_key, latest.person_key, typed.own_person_key) as person_key,
    case
        when typed.month_number is null or coalesce(same_year.person_key, latest.person_key, typed.own_person_key) is null
            then 1
        else row_number() over (
            partition by typed.month_year, typed.month_number,
                coalesce(same_year.person_key, latest.person_key, typed.own_person_key)
            order by typed.load_id, typed.source_file, typed.source_sheet, typed.source_row)
    end as month_occurrence,
    resolution.unit_code,
    coalesce(resolution.count_candidates, 0) as unit_candidates
from typed
left join leaders as same_year
    on same_year.official_key = dg_key(typed.official_code)
    and same_year.year = coalesce(typed.month_year, typed.year)
left join latest_leaders as latest
    on latest.official_key = dg_key(typed.official_code)
    and latest.recency = 1
left join stg_file_scope as file_scope
    on file_scope.source_file = typed.source_file
left join stg_unit_resolution as resolution
    on resolution.unit_text = typed.unit_name and resolution.year = coalesce(typed.month_year, typed.year)
    and resolution.scope_code = coalesce(file_scope.scope_code, '');

insert into staging.reject
with failures as (

    select *, 'official_code' as column_name, official_code as value, 'MISSING_VALUE' as reason_code
    from staging.monthly_score_checked where person_key is null
    union all
    select *, 'period', period, 'MISSING_VALUE'
    from staging.monthly_score_checked where period is null
    union all
    select *, 'period', period, 'INVALID_DATE'
    from staging.monthly_score_checked where period is not null and month_number is null
    union all
    select *, 'unit_name', unit_name, 'MISSING_VALUE'
    from staging.monthly_score_checked where unit_name is null
    union all
    select *, 'unit_name', unit_name, 'AMBIGUOUS_UNIT'
    from staging.monthly_score_checked where unit_candidates > 1
    union all
    select *, 'official_code', official_code, 'DUPLICATE_OFFICIAL'
    from staging.monthly_score_checked where month_occurrence > 1
    union all
    select *, 'self_score', self_score, 'INVALID_NUMBER'
    from staging.monthly_score_checked
    where self_score is not null and (self_score_value is null or self_score_value < 0 or self_score_value > 100)
    union all
    select *, 'final_score', final_score, 'INVALID_NUMBER'
    from staging.monthly_score_checked
    where final_score is not null
        and (final_score_value is null or final_score_value < 0 or final_score_value > 100)
    union all
    select *, 'grade', grade, 'UNKNOWN_GRADE'
    from staging.monthly_score_checked where grade is not null and grade_code not in ('A', 'B', 'C', 'D')

)

select
    'monthly_score' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.monthly_score
select
    checked.load_id,
    checked.source_file,
    checked.source_sheet,
    checked.source_row,
    checked.month_year,
    checked.unit,
    checked.month_number,
    checked.person_key,
    checked.position,
    checked.unit_name,
    checked.unit_code,
    cast(checked.self_score_value as decimal(5, 2)),
    cast(checked.final_score_value as decimal(5, 2)),
    checked.grade_code
from staging.monthly_score_checked as checked
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'monthly_score'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
