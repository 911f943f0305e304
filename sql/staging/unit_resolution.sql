-- stg_unit_resolution: the unit code of every unit name found in the files, per rating year.
-- A name resolves through its matching key (meta.unit_text_key, computed with core's UnitNames) to
-- the registered units whose alias has that key and that exist on 1 December of the year (reviews
-- happen in December). One candidate: its code. None: a provisional code derived from the key, so
-- the same unknown name gets the same code in every load and year. Several: ambiguous (the staging
-- models reject such rows; the loader never guesses).
create or replace temporary view stg_unit_resolution as
with names_by_year as (

    select
        keys.unit_text,
        keys.match_key,
        years.year,
        make_date(years.year, 12, 1) as reviewed_on
    from meta.unit_text_key as keys
    cross join core.dim_rule_year as years

),

candidates as (

    select
        names_by_year.unit_text,
        names_by_year.year,
        aliases.unit_code
    from names_by_year
    inner join core.unit_alias as aliases
        on aliases.match_key = names_by_year.match_key
        and aliases.valid_from <= names_by_year.reviewed_on
        and (aliases.valid_to is null or aliases.valid_to >= names_by_year.reviewed_on)

),

counted as (

    select
        names_by_year.unit_text,
        names_by_year.match_key,
        names_by_year.year,
        names_by_year.reviewed_on,
        count(distinct candidates.unit_code) as count_candidates,
        min(candidates.unit_code) as registered_code
    from names_by_year
    left join candidates
        on candidates.unit_text = names_by_year.unit_text
        and candidates.year = names_by_year.year
    group by names_by_year.unit_text, names_by_year.match_key, names_by_year.year, names_by_year.reviewed_on

)

select
    counted.unit_text,
    counted.match_key,
    counted.year,
    counted.count_candidates,
    case
        when counted.count_candidates = 1 then counted.registered_code
        when counted.count_candidates = 0 then 'P-' || substr(md5(counted.match_key), 1, 10)
    end as unit_code,
    counted.count_candidates = 0 as is_provisional,
    units.tier,
    units.parent_code
from counted
left join core.dim_unit as units
    on units.unit_code = counted.registered_code
    and counted.count_candidates = 1
    and units.valid_from <= counted.reviewed_on
    and (units.valid_to is null or units.valid_to >= counted.reviewed_on);
