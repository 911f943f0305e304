-- staging.leader_rating: leader and manager ratings typed: the person as person_key (from the card
-- number when the row has one, else from the official code of the evaluation software; see
-- raw.person_link), the unit from the row's unit name or else the file's unit, levels as codes and the
-- score (2025-) as a number. The monthly scores find the leader's person_key through the official code
-- of these raw rows (staging/monthly_score.sql), so no official code is kept here.
-- One row per person, year and unit: a second one is a DUPLICATE_OFFICIAL.
-- staging.leader_rating_checked holds every raw row with its typed values; the rows failing a check go to
-- meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.leader_rating_checked as
with source as (

    select
        raw_rows.*,
        coalesce(raw_rows.unit_name, raw_rows.unit) as unit_text,
        case when raw_rows.unit_name is null then 'unit' else 'unit_name' end as unit_column,
        links.person_key
    from raw.leader_rating as raw_rows
    left join raw.person_link as links
        on links.kind = 'leader_rating'
        and links.load_id = raw_rows.load_id
        and links.source_file = raw_rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(raw_rows.source_sheet, '')
        and links.source_row = raw_rows.source_row

),

levels as (

    select folded_spelling, status, level, coalesce(only_before_year, 0) as before_year
    from meta.level_spelling
    where context = 'level_column'

)

select
    source.*,
    coalesce(final_legacy.status, final_current.status) as final_status,
    case when final_legacy.status is not null then final_legacy.level else final_current.level end
        as final_level_code,
    coalesce(self_legacy.status, self_current.status) as self_status,
    case when self_legacy.status is not null then self_legacy.level else self_current.level end
        as self_level_code,
    dg_year_of(source.birth) as birth_year,
    dg_number(source.score) as score_value,
    resolution.unit_code,
    coalesce(resolution.count_candidates, 0) as unit_candidates,
    case
        when source.person_key is null or resolution.unit_code is null then 1
        else row_number() over (
            partition by source.year, source.person_key, resolution.unit_code
            order by source.load_id, source.source_file, source.source_sheet, source.source_row)
    end as person_occurrence
from source
left join levels as final_current
    on final_current.folded_spelling = dg_key(source.final_level) and final_current.before_year = 0
left join levels as final_legacy
    on final_legacy.folded_spelling = dg_key(source.final_level) and final_legacy.before_year > source.year
left join levels as self_current
    on self_current.folded_spelling = dg_key(source.self_level) and self_current.before_year = 0
left join levels as self_legacy
    on self_legacy.folded_spelling = dg_key(source.self_level) and self_legacy.before_year > source.year
left join stg_file_scope as file_scope
    on file_scope.source_file = source.source_file
left join stg_unit_resolution as resolution
    on resolution.unit_text = source.unit_text and resolution.year = source.year
    and resolution.scope_code = coalesce(file_scope.scope_code, '');

insert into staging.reject
with failures as (

    select *, 'official_code' as column_name, official_code as value, 'MISSING_VALUE' as reason_code
    from staging.leader_rating_checked where person_key is null
    union all
    select *, 'unit_name', unit_name, 'MISSING_VALUE'
    from staging.leader_rating_checked where unit_text is null
    union all
    select *, unit_column, unit_text, 'AMBIGUOUS_UNIT'
    from staging.leader_rating_checked where unit_candidates > 1
    union all
    select *, case when official_code is null then 'card_number' else 'official_code' end,
        coalesce(official_code, card_number), 'DUPLICATE_OFFICIAL'
    from staging.leader_rating_checked where person_occurrence > 1
    union all
    select *, 'final_level', final_level, 'MISSING_VALUE'
    from staging.leader_rating_checked where final_level is null
    union all
    select *, 'final_level', final_level, 'UNKNOWN_LEVEL'
    from staging.leader_rating_checked where final_level is not null and final_status is null
    union all
    select *, 'self_level', self_level, 'UNKNOWN_LEVEL'
    from staging.leader_rating_checked where self_level is not null and self_status is null
    union all
    select *, 'birth', birth, 'INVALID_YEAR'
    from staging.leader_rating_checked
    where birth is not null and (birth_year is null or birth_year < year - 110 or birth_year > year - 16)
    union all
    select *, 'score', score, 'INVALID_NUMBER'
    from staging.leader_rating_checked
    where score is not null and (score_value is null or score_value < 0 or score_value > 100)

)

select
    'leader_rating' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.leader_rating
select
    checked.load_id,
    checked.source_file,
    checked.source_sheet,
    checked.source_row,
    checked.year,
    checked.unit,
    try_cast(checked.seq as int),
    checked.person_key,
    checked.birth_year,
    checked.position,
    checked.unit_text,
    checked.unit_code,
    checked.self_level_code,
    checked.final_level_code,
    cast(checked.score_value as decimal(5, 2)),
    checked.note
from staging.leader_rating_checked as checked
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'leader_rating'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
