-- staging.member_rating: member lists typed, units resolved, people pseudonymized.
-- staging.member_rating_checked holds every raw row with its typed values and the result of each check;
-- the rows that fail a check go to meta.rejects (one reject per failed check), the others to staging.

-- At a country's scale (46 million member rows) only what is per row runs per row. A file's unit and a
-- cell's name are resolved once each, into tables of their own: the planner then knows how small they
-- are and hashes them, not the member rows. (Planned as one statement, its estimates for these steps
-- ran to billions of rows, and DuckDB hashed the 46 million wide member rows instead: 38 GB spilled in
-- 5 minutes.)

-- staging.member_rating_unit: the unit a file names, resolved once per file, unit name and year (a
-- cell's own list names its cell)
create or replace table staging.member_rating_unit as
select
    files.source_file,
    files.unit,
    files.year,
    file_unit.unit_code as file_unit_code,
    file_unit.count_candidates as file_unit_candidates,
    case when file_unit.tier = 'cell' then file_unit.parent_code else file_unit.unit_code end as org_code,
    case when file_unit.tier = 'cell' then file_unit.unit_code end as file_cell_code
from (
    select distinct source_file, unit, year
    from raw.member_rating
    where unit is not null and year is not null
) as files
left join stg_file_scope as file_scope
    on file_scope.source_file = files.source_file
left join stg_unit_resolution as file_unit
    on file_unit.unit_text = files.unit and file_unit.year = files.year
    and file_unit.scope_code = coalesce(file_scope.scope_code, '');

-- staging.member_rating_cell: a cell's name, resolved once per organization, year and name
create or replace table staging.member_rating_cell as
with cell_keys as (

    -- a cell's name resolves the same way for every row of the same organization and year: once each
    select distinct
        file_orgs.org_code,
        file_orgs.year,
        cells.cell,
        make_date(file_orgs.year, 12, 1) as reviewed_on,
        keys.match_key,
        keys.exact_key
    from (
        select distinct source_file, unit, year, cell
        from raw.member_rating
        where cell is not null
    ) as cells
    inner join staging.member_rating_unit as file_orgs
        on file_orgs.source_file = cells.source_file
        and file_orgs.unit = cells.unit
        and file_orgs.year = cells.year
    inner join meta.unit_text_key as keys
        on keys.unit_text = cells.cell
    where file_orgs.org_code is not null

),

org_units as (

    -- the units a cell can be, keyed by its organization: the organization's cells (a version whose
    -- parent it is), and the organization itself (a grassroots cell lists its own name)
    select parent_code as org_code, unit_code, valid_from, valid_to
    from core.dim_unit
    where parent_code is not null
    union all
    select unit_code as org_code, unit_code, valid_from, valid_to
    from core.dim_unit

),

org_aliases as (

    -- their names, joined on the organization as well as the name: "Chi bộ 1" names thousands of cells
    -- across a country
    select
        org_units.org_code,
        org_units.unit_code,
        org_units.valid_from as unit_from,
        org_units.valid_to as unit_to,
        aliases.match_key,
        aliases.origin = 'exact' as is_exact,
        aliases.valid_from as alias_from,
        aliases.valid_to as alias_to
    from org_units
    inner join core.unit_alias as aliases
        on aliases.unit_code = org_units.unit_code

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

select * from cell_candidates;

-- staging.member_rating_checked: the wide member rows stream through hash joins whose other sides are
-- small (the two tables above, the level spellings, the repeated card numbers) or narrow (the links)
create or replace table staging.member_rating_checked as
with links as (

    select load_id, source_file, coalesce(source_sheet, '') as sheet_key, source_row, person_key
    from raw.person_link
    where kind = 'member_rating'

),

repeated_cards as (

    -- a card number listed more than once in a year; most are listed once and need no numbering
    select coalesce(year, 0) as year_key, replace(card_number, ' ', '') as card
    from raw.member_rating
    where card_number is not null
    group by coalesce(year, 0), replace(card_number, ' ', '')
    having count(*) > 1

),

card_repeats as (

    -- the rows of a repeated card, numbered in load, file, sheet and row order: the first keeps it
    select
        rows.load_id,
        rows.source_file,
        coalesce(rows.source_sheet, '') as sheet_key,
        rows.source_row,
        row_number() over (
            partition by repeated.year_key, repeated.card
            order by rows.load_id, rows.source_file, rows.source_sheet, rows.source_row) as card_occurrence
    from raw.member_rating as rows
    inner join repeated_cards as repeated
        on repeated.year_key = coalesce(rows.year, 0)
        and repeated.card = replace(rows.card_number, ' ', '')

),

levels as (

    select folded_spelling, status, level, coalesce(only_before_year, 0) as before_year
    from meta.level_spelling
    where context = 'level_column'

),

level_texts as (

    -- the level columns hold a few dozen distinct spellings: each is folded once, not once per row
    -- (folding is a translate and a regular expression: six per row cost a minute for a city's 3.6
    -- million rows)
    select level_text, dg_key(level_text) as folded
    from (
        select final_level as level_text from raw.member_rating
        union
        select self_level from raw.member_rating
        union
        select proposed_level from raw.member_rating
    ) as texts
    where level_text is not null

)

select
    rows.*,
    links.person_key,
    coalesce(final_legacy.status, final_current.status) as final_status,
    case when final_legacy.status is not null then final_legacy.level else final_current.level end
        as final_level_code,
    coalesce(self_legacy.status, self_current.status) as self_status,
    case when self_legacy.status is not null then self_legacy.level else self_current.level end
        as self_level_code,
    coalesce(proposed_legacy.status, proposed_current.status) as proposed_status,
    case when proposed_legacy.status is not null then proposed_legacy.level else proposed_current.level end
        as proposed_level_code,
    dg_year_of(rows.birth) as birth_year,
    dg_number(rows.self_score) as self_score_value,
    dg_number(rows.proposed_score) as proposed_score_value,
    dg_number(rows.final_score) as final_score_value,
    coalesce(card_repeats.card_occurrence, 1) as card_occurrence,
    file_orgs.file_unit_code,
    file_orgs.file_unit_candidates,
    file_orgs.org_code,
    file_orgs.file_cell_code,
    coalesce(cell_candidates.count_candidates, 0) as cell_candidates,
    case
        when rows.cell is null then file_orgs.file_cell_code
        when cell_candidates.count_candidates = 1 then cell_candidates.registered_code
        when coalesce(cell_candidates.count_candidates, 0) = 0 then
            file_orgs.org_code || '-P' || substr(md5(cell_texts.match_key), 1, 6)
    end as cell_code
from raw.member_rating as rows
left join links
    on links.load_id = rows.load_id
    and links.source_file = rows.source_file
    and links.sheet_key = coalesce(rows.source_sheet, '')
    and links.source_row = rows.source_row
left join card_repeats
    on card_repeats.load_id = rows.load_id
    and card_repeats.source_file = rows.source_file
    and card_repeats.sheet_key = coalesce(rows.source_sheet, '')
    and card_repeats.source_row = rows.source_row
left join level_texts as final_text
    on final_text.level_text = rows.final_level
left join level_texts as self_text
    on self_text.level_text = rows.self_level
left join level_texts as proposed_text
    on proposed_text.level_text = rows.proposed_level
left join levels as final_current
    on final_current.folded_spelling = final_text.folded and final_current.before_year = 0
left join levels as final_legacy
    on final_legacy.folded_spelling = final_text.folded and final_legacy.before_year > rows.year
left join levels as self_current
    on self_current.folded_spelling = self_text.folded and self_current.before_year = 0
left join levels as self_legacy
    on self_legacy.folded_spelling = self_text.folded and self_legacy.before_year > rows.year
left join levels as proposed_current
    on proposed_current.folded_spelling = proposed_text.folded and proposed_current.before_year = 0
left join levels as proposed_legacy
    on proposed_legacy.folded_spelling = proposed_text.folded
    and proposed_legacy.before_year > rows.year
left join staging.member_rating_unit as file_orgs
    on file_orgs.source_file = rows.source_file
    and file_orgs.unit = rows.unit
    and file_orgs.year = rows.year
left join staging.member_rating_cell as cell_candidates
    on cell_candidates.org_code = file_orgs.org_code
    and cell_candidates.year = rows.year
    and cell_candidates.cell = rows.cell
left join meta.unit_text_key as cell_texts
    on cell_texts.unit_text = rows.cell;

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
-- an explicit join on the failed rows (a correlated NOT EXISTS has the engine hash every checked row)
left join stg_rejected_row as rejected
    on rejected.kind = 'member_rating'
    and rejected.load_id = checked.load_id
    and rejected.source_file = checked.source_file
    and rejected.sheet_key = coalesce(checked.source_sheet, '')
    and rejected.source_row = checked.source_row
where rejected.source_row is null;
