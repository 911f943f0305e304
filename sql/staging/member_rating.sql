-- staging.member_rating: member lists typed, units resolved, people pseudonymized.
-- staging.member_rating_checked holds every raw row with its typed values and the result of each check;
-- the rows that fail a check go to meta.rejects (one reject per failed check), the others to staging.

create or replace table staging.member_rating_checked as
with source as (

    select
        raw_rows.*,
        links.person_key
    from raw.member_rating as raw_rows
    left join raw.person_link as links
        on links.kind = 'member_rating'
        and links.load_id = raw_rows.load_id
        and links.source_file = raw_rows.source_file
        and coalesce(links.source_sheet, '') = coalesce(raw_rows.source_sheet, '')
        and links.source_row = raw_rows.source_row

),

levels as (

    select folded_spelling, status, level, coalesce(only_before_year, 0) as before_year
    from meta.level_spelling
    where context = 'level_column'

),

level_texts as (

    -- the level columns hold a few dozen distinct spellings: each is folded once, not once per row
    -- (folding is a translate and a regular expression: six per row cost a minute for a city's 3.6
    -- million rows, and most of a national load's time)
    select level_text, dg_key(level_text) as folded
    from (
        select final_level as level_text from raw.member_rating
        union
        select self_level from raw.member_rating
        union
        select proposed_level from raw.member_rating
    ) as texts
    where level_text is not null

),

typed as (

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
        dg_year_of(source.birth) as birth_year,
        dg_number(source.self_score) as self_score_value,
        dg_number(source.proposed_score) as proposed_score_value,
        dg_number(source.final_score) as final_score_value,
        case
            when source.card_number is null then 1
            else row_number() over (
                partition by source.year, replace(source.card_number, ' ', '')
                order by source.load_id, source.source_file, source.source_sheet, source.source_row)
        end as card_occurrence
    from source
    left join level_texts as final_text
        on final_text.level_text = source.final_level
    left join level_texts as self_text
        on self_text.level_text = source.self_level
    left join level_texts as proposed_text
        on proposed_text.level_text = source.proposed_level
    left join levels as final_current
        on final_current.folded_spelling = final_text.folded and final_current.before_year = 0
    left join levels as final_legacy
        on final_legacy.folded_spelling = final_text.folded and final_legacy.before_year > source.year
    left join levels as self_current
        on self_current.folded_spelling = self_text.folded and self_current.before_year = 0
    left join levels as self_legacy
        on self_legacy.folded_spelling = self_text.folded and self_legacy.before_year > source.year
    left join levels as proposed_current
        on proposed_current.folded_spelling = proposed_text.folded and proposed_current.before_year = 0
    left join levels as proposed_legacy
        on proposed_legacy.folded_spelling = proposed_text.folded
        and proposed_legacy.before_year > source.year

),

file_units as (

    select
        typed.*,
        file_unit.unit_code as file_unit_code,
        file_unit.count_candidates as file_unit_candidates,
        case when file_unit.tier = 'cell' then file_unit.parent_code else file_unit.unit_code end as org_code,
        case when file_unit.tier = 'cell' then file_unit.unit_code end as file_cell_code
    from typed
    left join stg_file_scope as file_scope
        on file_scope.source_file = typed.source_file
    left join stg_unit_resolution as file_unit
        on file_unit.unit_text = typed.unit and file_unit.year = typed.year
        and file_unit.scope_code = coalesce(file_scope.scope_code, '')

),

cell_keys as (

    -- a cell's name resolves the same way for every row of the same organization and year: once each
    select distinct
        file_units.org_code,
        file_units.year,
        file_units.cell,
        make_date(file_units.year, 12, 1) as reviewed_on,
        keys.match_key,
        keys.exact_key
    from file_units
    inner join meta.unit_text_key as keys
        on keys.unit_text = file_units.cell
    where file_units.org_code is not null

),

org_aliases as (

    -- the names a cell can be listed by, keyed by its organization: the organization's cells (a version
    -- whose parent it is), and the organization itself (a grassroots cell lists its own name). Joined on
    -- the organization as well as the name: "Chi bộ 1" names thousands of cells across a country.
    select
        units.parent_code as org_code,
        units.unit_code,
        units.valid_from as unit_from,
        units.valid_to as unit_to,
        aliases.match_key,
        aliases.origin = 'exact' as is_exact,
        aliases.valid_from as alias_from,
        aliases.valid_to as alias_to
    from core.dim_unit as units
    inner join core.unit_alias as aliases
        on aliases.unit_code = units.unit_code
    where units.parent_code is not null
    union all
    select
        units.unit_code as org_code,
        units.unit_code,
        units.valid_from as unit_from,
        units.valid_to as unit_to,
        aliases.match_key,
        aliases.origin = 'exact' as is_exact,
        aliases.valid_from as alias_from,
        aliases.valid_to as alias_to
    from core.dim_unit as units
    inner join core.unit_alias as aliases
        on aliases.unit_code = units.unit_code

),

cell_matches as (

    -- two equi-joins (exact key, folded key) rather than one join on an "or", which no engine can hash
    select cell_keys.org_code, cell_keys.year, cell_keys.cell, org_aliases.unit_code, org_aliases.is_exact,
        cell_keys.reviewed_on, org_aliases.unit_from, org_aliases.unit_to, org_aliases.alias_from,
        org_aliases.alias_to
    from cell_keys
    inner join org_aliases
        on org_aliases.org_code = cell_keys.org_code
        and org_aliases.is_exact
        and org_aliases.match_key = cell_keys.exact_key
    union all
    select cell_keys.org_code, cell_keys.year, cell_keys.cell, org_aliases.unit_code, org_aliases.is_exact,
        cell_keys.reviewed_on, org_aliases.unit_from, org_aliases.unit_to, org_aliases.alias_from,
        org_aliases.alias_to
    from cell_keys
    inner join org_aliases
        on org_aliases.org_code = cell_keys.org_code
        and not org_aliases.is_exact
        and org_aliases.match_key = cell_keys.match_key

),

cell_candidates as (

    -- the exact key decides when it names one cell; otherwise the folded key must name exactly one
    select
        org_code,
        year,
        cell,
        case
            when count(distinct case when is_exact then unit_code end) >= 1
                then count(distinct case when is_exact then unit_code end)
            else count(distinct case when not is_exact then unit_code end)
        end as count_candidates,
        case
            when count(distinct case when is_exact then unit_code end) = 1
                then min(case when is_exact then unit_code end)
            else min(case when not is_exact then unit_code end)
        end as registered_code
    from cell_matches
    -- the alias and the unit version both valid on the review day
    where alias_from <= reviewed_on
        and (alias_to is null or alias_to >= reviewed_on)
        and unit_from <= reviewed_on
        and (unit_to is null or unit_to >= reviewed_on)
    group by org_code, year, cell

)

select
    file_units.*,
    coalesce(cell_candidates.count_candidates, 0) as cell_candidates,
    case
        when file_units.cell is null then file_units.file_cell_code
        when cell_candidates.count_candidates = 1 then cell_candidates.registered_code
        when coalesce(cell_candidates.count_candidates, 0) = 0 then
            file_units.org_code || '-P' || substr(md5(cell_keys.match_key), 1, 6)
    end as cell_code
from file_units
left join cell_candidates
    on cell_candidates.org_code = file_units.org_code
    and cell_candidates.year = file_units.year
    and cell_candidates.cell = file_units.cell
left join meta.unit_text_key as cell_keys
    on cell_keys.unit_text = file_units.cell;

insert into staging.reject
with failures as (

    select *, 'full_name' as column_name, full_name as value, 'MISSING_VALUE' as reason_code
    from staging.member_rating_checked where full_name is null
    union all
    select *, 'final_level', final_level, 'MISSING_VALUE'
    from staging.member_rating_checked where final_level is null
    union all
    select *, 'final_level', final_level, 'UNKNOWN_LEVEL'
    from staging.member_rating_checked where final_level is not null and final_status is null
    union all
    select *, 'self_level', self_level, 'UNKNOWN_LEVEL'
    from staging.member_rating_checked where self_level is not null and self_status is null
    union all
    select *, 'proposed_level', proposed_level, 'UNKNOWN_LEVEL'
    from staging.member_rating_checked where proposed_level is not null and proposed_status is null
    union all
    select *, 'birth', birth, 'INVALID_YEAR'
    from staging.member_rating_checked
    where birth is not null and (birth_year is null or birth_year < year - 110 or birth_year > year - 16)
    union all
    select *, 'self_score', self_score, 'INVALID_NUMBER'
    from staging.member_rating_checked
    where self_score is not null and (self_score_value is null or self_score_value < 0 or self_score_value > 100)
    union all
    select *, 'proposed_score', proposed_score, 'INVALID_NUMBER'
    from staging.member_rating_checked
    where proposed_score is not null
        and (proposed_score_value is null or proposed_score_value < 0 or proposed_score_value > 100)
    union all
    select *, 'final_score', final_score, 'INVALID_NUMBER'
    from staging.member_rating_checked
    where final_score is not null
        and (final_score_value is null or final_score_value < 0 or final_score_value > 100)
    union all
    select *, 'card_number', card_number, 'DUPLICATE_PERSON'
    from staging.member_rating_checked where card_occurrence > 1
    union all
    select *, 'unit', unit, 'AMBIGUOUS_UNIT'
    from staging.member_rating_checked where file_unit_candidates > 1
    union all
    select *, 'cell', cell, 'AMBIGUOUS_UNIT'
    from staging.member_rating_checked where cell_candidates > 1

)

select
    'member_rating' as kind,
    failures.load_id,
    failures.source_file,
    failures.source_sheet,
    failures.source_row,
    failures.column_name,
    failures.value,
    failures.reason_code
from failures;

insert into staging.member_rating
select
    checked.load_id,
    checked.source_file,
    checked.source_sheet,
    checked.source_row,
    checked.year,
    checked.unit,
    checked.org_code,
    try_cast(checked.seq as int),
    checked.person_key,
    checked.birth_year,
    checked.cell,
    checked.cell_code,
    checked.position,
    checked.final_status,
    checked.self_level_code,
    checked.proposed_level_code,
    checked.final_level_code,
    cast(checked.self_score_value as decimal(5, 2)),
    cast(checked.proposed_score_value as decimal(5, 2)),
    cast(checked.final_score_value as decimal(5, 2)),
    checked.note
from staging.member_rating_checked as checked
where not exists (
    select 1 from staging.reject as rejects
    where rejects.load_id = checked.load_id
        and rejects.source_file = checked.source_file
        and coalesce(rejects.source_sheet, '') = coalesce(checked.source_sheet, '')
        and rejects.source_row = checked.source_row
);
