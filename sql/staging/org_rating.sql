-- staging.org_rating: organization ratings typed: the rated organization resolved from its name at the
-- row's year, levels as codes through meta.level_spelling (the legacy spellings only before the year
-- that retired them, as for member ratings), the score (2025-) as a number.
-- One row per organization and year: a second row of the same unit and year is a DUPLICATE_UNIT.
-- staging.org_rating_checked holds every raw row with its typed values; the rows failing a check go to
-- meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.org_rating_checked as
with levels as (

    select folded_spelling, status, level, coalesce(only_before_year, 0) as before_year
    from meta.level_spelling
    where context = 'level_column'

),

unit_types as (

    select folded_spelling, code
    from meta.unit_type_spelling
    where kind = 'type'

)

select
    source.*,
    coalesce(final_legacy.status, final_current.status) as final_status,
    case when final_legacy.status is not null then final_legacy.level else final_current.level end
        as final_level_code,
    coalesce(self_legacy.status, self_current.status) as self_status,
    case when self_legacy.status is not null then self_legacy.level else self_current.level end
        as self_level_code,
    coalesce(proposed_legacy.status, proposed_current.status) as proposed_status,
    case when proposed_legacy.status is not null then proposed_legacy.level else proposed_current.level end
        as proposed_level_code,
    dg_number(source.score) as score_value,
    unit_types.code as unit_type_code,
    case
        when resolution.unit_code is null then 1
        else row_number() over (
            partition by source.year, resolution.unit_code
            order by source.load_id, source.source_file, source.source_sheet, source.source_row)
    end as unit_occurrence,
    resolution.unit_code,
    coalesce(resolution.count_candidates, 0) as unit_candidates
from raw.org_rating as source
left join levels as final_current
    on final_current.folded_spelling = dg_key(source.final_level) and final_current.before_year = 0
left join levels as final_legacy
    on final_legacy.folded_spelling = dg_key(source.final_level) and final_legacy.before_year > source.year
left join levels as self_current
    on self_current.folded_spelling = dg_key(source.self_level) and self_current.before_year = 0
left join levels as self_legacy
    on self_legacy.folded_spelling = dg_key(source.self_level) and self_legacy.before_year > source.year
left join levels as proposed_current
    on proposed_current.folded_spelling = dg_key(source.proposed_level) and proposed_current.before_year = 0
left join levels as proposed_legacy
    on proposed_legacy.folded_spelling = dg_key(source.proposed_level)
    and proposed_legacy.before_year > source.year
left join unit_types
    on unit_types.folded_spelling = dg_fold(source.unit_type)
left join stg_file_scope as file_scope
    on file_scope.source_file = source.source_file
left join stg_unit_resolution as resolution
    on resolution.unit_text = source.unit_name and resolution.year = source.year
    and resolution.scope_code = coalesce(file_scope.scope_code, '');

insert into staging.reject
with failures as (

    select *, 'unit_name' as column_name, unit_name as value, 'MISSING_VALUE' as reason_code
    from staging.org_rating_checked where unit_name is null
    union all
    select *, 'unit_name', unit_name, 'AMBIGUOUS_UNIT'
    from staging.org_rating_checked where unit_candidates > 1
    union all
    select *, 'unit_name', unit_name, 'DUPLICATE_UNIT'
    from staging.org_rating_checked where unit_occurrence > 1
    union all
    select *, 'final_level', final_level, 'MISSING_VALUE'
    from staging.org_rating_checked where final_level is null
    union all
    select *, 'final_level', final_level, 'UNKNOWN_LEVEL'
    from staging.org_rating_checked where final_level is not null and final_status is null
    union all
    select *, 'self_level', self_level, 'UNKNOWN_LEVEL'
    from staging.org_rating_checked where self_level is not null and self_status is null
    union all
    select *, 'proposed_level', proposed_level, 'UNKNOWN_LEVEL'
    from staging.org_rating_checked where proposed_level is not null and proposed_status is null
    union all
    select *, 'score', score, 'INVALID_NUMBER'
    from staging.org_rating_checked
    where score is not null and (score_value is null or score_value < 0 or score_value > 100)

)

select
    'org_rating' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.org_rating
select
    checked.load_id,
    checked.source_file,
    checked.source_sheet,
    checked.source_row,
    checked.year,
    checked.unit,
    try_cast(checked.seq as int),
    checked.unit_name,
    checked.unit_code,
    checked.unit_type_code,
    checked.self_level_code,
    checked.proposed_level_code,
    checked.final_level_code,
    cast(checked.score_value as decimal(5, 2)),
    checked.note
from staging.org_rating_checked as checked
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'org_rating'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
