-- stg_unit_resolution: the unit code of every unit name found in the files, per year of the files.
-- A name resolves to the registered units that exist on 1 December of the year (reviews happen in
-- December) and whose alias matches, in two passes: first the exact key (diacritics and bracketed
-- remarks kept, so "thôn Đông" is not "thôn Đồng"), then the folded key. One candidate: its code.
-- None: a provisional code derived from the folded key, the same in every load and year. Several:
-- ambiguous (the staging models reject such rows; the loader never guesses).
create or replace temporary view stg_unit_resolution as
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

)

select
    resolved.unit_text,
    resolved.match_key,
    resolved.year,
    resolved.count_candidates,
    case
        when resolved.count_candidates = 1 then resolved.registered_code
        when resolved.count_candidates = 0 then 'P-' || substr(md5(resolved.match_key), 1, 10)
    end as unit_code,
    resolved.count_candidates = 0 as is_provisional,
    units.tier,
    units.parent_code
from resolved
left join core.dim_unit as units
    on units.unit_code = resolved.registered_code
    and resolved.count_candidates = 1
    and units.valid_from <= resolved.reviewed_on
    and (units.valid_to is null or units.valid_to >= resolved.reviewed_on);
