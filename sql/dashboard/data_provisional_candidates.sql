-- data_provisional_candidates: registered units an analyst may map a provisional unit to: those whose
-- folded spellings (core.unit_alias, origin 'name') are most like the provisional unit's folded names
-- (Jaro-Winkler similarity with either form, at least the parameter), the best few, today's units first.
-- Parameters: the loader's match key; the whole folded name; minimum similarity (0..1); most candidates.
-- Grain: one row per candidate unit_code.
with parameters as (

    select
        cast(? as varchar) as match_key,
        cast(? as varchar) as folded_name,
        cast(? as double) as min_similarity,
        cast(? as int) as max_candidates

),

scored as (

    select
        aliases.unit_code,
        max(greatest(
            jaro_winkler_similarity(aliases.match_key, parameters.match_key),
            jaro_winkler_similarity(aliases.match_key, parameters.folded_name))) as similarity
    from core.unit_alias as aliases
    cross join parameters
    where aliases.origin = 'name'
    group by aliases.unit_code

),

registered as (

    select unit_code, unit_name, unit_type, tier, valid_to
    from (
        select unit_code, unit_name, unit_type, tier, valid_to, is_provisional,
            row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1 and not coalesce(is_provisional, false)

)

select
    registered.unit_code,
    registered.unit_name,
    registered.unit_type,
    registered.tier,
    registered.valid_to is null as is_current,
    cast(round(scored.similarity, 4) as decimal(5, 4)) as similarity
from scored
inner join registered on registered.unit_code = scored.unit_code
cross join parameters
where scored.similarity >= parameters.min_similarity
order by scored.similarity desc, is_current desc, registered.unit_code
limit (select max_candidates from parameters)
