-- data_provisional_units: the units found in files that the registry does not know
-- (core.dim_unit.is_provisional), with two folded forms of the name: match_key, the loader's key
-- (meta.unit_text_key: organ prefix removed), and folded_name, the whole name lower-cased without
-- diacritics (the loader may strip words that tell units apart). Grain: one row per provisional unit_code.
with provisional as (

    select unit_code, min(unit_name) as unit_name, min(unit_type) as unit_type, min(tier) as tier,
        min(parent_code) as parent_code, min(valid_from) as valid_from
    from core.dim_unit
    where is_provisional
    group by unit_code

)

select
    provisional.*,
    coalesce(
        (select min(keys.match_key) from meta.unit_text_key as keys where keys.unit_text = provisional.unit_name),
        replace(lower(strip_accents(provisional.unit_name)), 'đ', 'd')) as match_key,
    replace(lower(strip_accents(provisional.unit_name)), 'đ', 'd') as folded_name
from provisional
order by provisional.unit_name, provisional.unit_code
