-- The weights of a historic unit's mapping to today's units are in 0..1 and sum to 1 per
-- (unit_code, as_of). Passes when it returns no rows.
with totals as (

    select
        unit_code,
        as_of,
        sum(weight) as total_weight,
        min(weight) as lowest_weight,
        max(weight) as highest_weight
    from core.unit_mapping
    group by unit_code, as_of

)

select unit_code, as_of, total_weight
from totals
where total_weight < 0.9999
    or total_weight > 1.0001
    or lowest_weight < 0
    or highest_weight > 1
