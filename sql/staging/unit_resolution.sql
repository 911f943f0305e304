-- stg_unit_ancestor: every registered unit with itself and each unit above it, at any time, where a
-- unit's predecessors in the lineage count as above it too: a commune formed on 1/7/2025 from three
-- communes of district H14, now directly under the city, still lies in H14's territory (and in the
-- folder of H14's files); and a unit listed in a district's registry file counts as under the upper-level
-- units of that file. Five steps reach from a cell to the country, or through one reorganization.
create or replace temporary view stg_unit_ancestor as
with parents as (

    select distinct unit_code, parent_code
    from core.dim_unit
    where parent_code is not null
    union
    select distinct to_unit_code, from_unit_code
    from core.unit_lineage
    where to_unit_code is not null and from_unit_code is not null and to_unit_code <> from_unit_code
    union
    -- a district's own registry file lists the organizations of its territory, even those it does not
    -- lead (a fire brigade directly under the city): they count as under the file's upper-level units
    select distinct units.unit_code, owners.unit_code
    from core.dim_unit as units
    inner join core.dim_unit as owners
        on owners.source_file = units.source_file
    where units.tier in ('grassroots', 'cell')
        and owners.tier not in ('grassroots', 'cell')
        and owners.unit_code <> units.unit_code

),

-- each step climbs one link from the step before (no engine-neutral recursive CTE)
step_1 as (

    select unit_code, parent_code as ancestor_code from parents

),

step_2 as (

    select previous.unit_code, parents.parent_code as ancestor_code
    from step_1 as previous inner join parents on parents.unit_code = previous.ancestor_code

),

step_3 as (

    select previous.unit_code, parents.parent_code as ancestor_code
    from step_2 as previous inner join parents on parents.unit_code = previous.ancestor_code

),

step_4 as (

    select previous.unit_code, parents.parent_code as ancestor_code
    from step_3 as previous inner join parents on parents.unit_code = previous.ancestor_code

),

step_5 as (

    select previous.unit_code, parents.parent_code as ancestor_code
    from step_4 as previous inner join parents on parents.unit_code = previous.ancestor_code

)

select distinct units.unit_code, units.unit_code as ancestor_code
from core.dim_unit as units
union select * from step_1
union select * from step_2
union select * from step_3
union select * from step_4
union select * from step_5;

-- stg_file_scope: the registered unit that a file's folder names, by code or by name (the innermost
-- folder that names exactly one unit). A city sorts its files into one folder per district ("H42/",
-- "Huyện ủy Tây Xá/"), and two districts can each have a "xã Nam Xá": the folder says which one.
create or replace temporary view stg_file_scope as
with named as (

    select
        segments.folder,
        segments.depth,
        count(distinct aliases.unit_code) as count_units,
        min(aliases.unit_code) as unit_code
    from meta.folder_segment as segments
    inner join core.unit_alias as aliases
        on aliases.origin <> 'exact' and aliases.match_key = segments.match_key
    group by segments.folder, segments.depth

),

innermost as (

    select folder, unit_code, row_number() over (partition by folder order by depth desc) as depth_rank
    from named
    where count_units = 1

),

files as (

    select distinct file, regexp_replace(file, '/[^/]*$', '') as folder
    from meta.load_log
    where file like '%/%'

)

select files.file as source_file, innermost.unit_code as scope_code
from files
inner join innermost
    on innermost.folder = files.folder and innermost.depth_rank = 1;

-- stg_unit_resolution: the unit code of every unit name found in the files, per year of the files and
-- scope of the file (scope_code: the unit its folder names, '' for none; staging joins on all three).
-- A name resolves to the registered units that exist on 1 December of the year (reviews happen in
-- December) and whose alias matches, in two passes: first the exact key (diacritics and bracketed
-- remarks kept, so "thôn Đông" is not "thôn Đồng"), then the folded key. One candidate: its code.
-- Several: the file's scope decides when exactly one of them is under it (never otherwise); if not,
-- ambiguous (the staging models reject such rows; the loader never guesses). None: a provisional code
-- derived from the folded key, the same in every load and year. Materialized once (it reads every raw
-- table), then read by each staging model through the view below; load/cleanup drops it.
create or replace table staging.unit_resolution as
with years as (

    select year from raw.member_rating
    union select year from raw.org_rating
    union select year from raw.leader_rating
    union select year from raw.summary_report
    union select year from raw.discipline
    union select year from raw.shortcoming
    union select try_cast(review_year as int) from raw.shortcoming
    union select year from raw.monthly_score
    union select year from raw.task_result
    union select year from raw.submission
    union select year from core.dim_rule_year

),

uses as (

    -- every name with scope '', and the names of the files in a scoped folder with that scope
    select unit_text, '' as scope_code from meta.unit_text_key
    union
    select texts.unit_text, scopes.scope_code
    from (
        select source_file, unit as unit_text from raw.member_rating
        union select source_file, unit from raw.org_rating
        union select source_file, unit_name from raw.org_rating
        union select source_file, unit_name from raw.leader_rating
        union select source_file, unit from raw.leader_rating
        union select source_file, unit from raw.summary_report
        union select source_file, unit_name from raw.summary_report
        union select source_file, unit_name from raw.discipline
        union select source_file, unit from raw.discipline
        union select source_file, subject_name from raw.shortcoming
        union select source_file, unit from raw.shortcoming
        union select source_file, unit_name from raw.monthly_score
        union select source_file, unit from raw.monthly_score
        union select source_file, unit_name from raw.task_result
        union select source_file, unit from raw.task_result
        union select source_file, unit_name from raw.submission
        union select source_file, unit from raw.submission
    ) as texts
    inner join stg_file_scope as scopes
        on scopes.source_file = texts.source_file
    where texts.unit_text is not null

),

names_by_year as (

    select
        keys.unit_text,
        keys.match_key,
        keys.exact_key,
        years.year,
        make_date(years.year, 12, 1) as reviewed_on
    from meta.unit_text_key as keys
    cross join years
    where years.year is not null

),

candidates as (

    -- two equi-joins (exact key, folded key) rather than one join on an "or", which no engine can hash
    select names_by_year.unit_text, names_by_year.year, aliases.unit_code, true as is_exact
    from names_by_year
    inner join core.unit_alias as aliases
        on aliases.origin = 'exact' and aliases.match_key = names_by_year.exact_key
    where aliases.valid_from <= names_by_year.reviewed_on
        and (aliases.valid_to is null or aliases.valid_to >= names_by_year.reviewed_on)
    union all
    select names_by_year.unit_text, names_by_year.year, aliases.unit_code, false as is_exact
    from names_by_year
    inner join core.unit_alias as aliases
        on aliases.origin <> 'exact' and aliases.match_key = names_by_year.match_key
    where aliases.valid_from <= names_by_year.reviewed_on
        and (aliases.valid_to is null or aliases.valid_to >= names_by_year.reviewed_on)

),

counted as (

    select
        names_by_year.unit_text,
        names_by_year.match_key,
        names_by_year.year,
        names_by_year.reviewed_on,
        count(distinct case when candidates.is_exact then candidates.unit_code end) as count_exact,
        min(case when candidates.is_exact then candidates.unit_code end) as exact_code,
        count(distinct case when not candidates.is_exact then candidates.unit_code end) as count_folded,
        min(case when not candidates.is_exact then candidates.unit_code end) as folded_code
    from names_by_year
    left join candidates
        on candidates.unit_text = names_by_year.unit_text
        and candidates.year = names_by_year.year
    group by names_by_year.unit_text, names_by_year.match_key, names_by_year.year, names_by_year.reviewed_on

),

resolved as (

    select
        counted.*,
        case
            when counted.count_exact >= 1 then counted.count_exact
            else counted.count_folded
        end as count_candidates,
        case
            when counted.count_exact = 1 then counted.exact_code
            when counted.count_folded = 1 then counted.folded_code
        end as registered_code
    from counted

),

scoped as (

    -- a name with several candidates (of the pass that decides), counted again under each scope
    select
        uses.unit_text,
        resolved.year,
        uses.scope_code,
        count(distinct candidates.unit_code) as count_in_scope,
        min(candidates.unit_code) as scoped_code
    from uses
    inner join resolved
        on resolved.unit_text = uses.unit_text and resolved.count_candidates > 1
    inner join candidates
        on candidates.unit_text = resolved.unit_text
        and candidates.year = resolved.year
        and candidates.is_exact = (resolved.count_exact >= 1)
    inner join stg_unit_ancestor as ancestors
        on ancestors.unit_code = candidates.unit_code and ancestors.ancestor_code = uses.scope_code
    where uses.scope_code <> ''
    group by uses.unit_text, resolved.year, uses.scope_code

),

in_scope as (

    select
        resolved.unit_text,
        resolved.match_key,
        resolved.year,
        resolved.reviewed_on,
        uses.scope_code,
        case when scoped.count_in_scope = 1 then 1 else resolved.count_candidates end as count_candidates,
        case when scoped.count_in_scope = 1 then scoped.scoped_code else resolved.registered_code end
            as registered_code
    from resolved
    inner join uses
        on uses.unit_text = resolved.unit_text
    left join scoped
        on scoped.unit_text = resolved.unit_text
        and scoped.year = resolved.year
        and scoped.scope_code = uses.scope_code

)

select
    in_scope.unit_text,
    in_scope.match_key,
    in_scope.year,
    in_scope.scope_code,
    in_scope.count_candidates,
    case
        when in_scope.count_candidates = 1 then in_scope.registered_code
        when in_scope.count_candidates = 0 then 'P-' || substr(md5(in_scope.match_key), 1, 10)
    end as unit_code,
    in_scope.count_candidates = 0 as is_provisional,
    units.tier,
    units.parent_code
from in_scope
left join core.dim_unit as units
    on units.unit_code = in_scope.registered_code
    and in_scope.count_candidates = 1
    and units.valid_from <= in_scope.reviewed_on
    and (units.valid_to is null or units.valid_to >= in_scope.reviewed_on);

create or replace temporary view stg_unit_resolution as
select * from staging.unit_resolution;
