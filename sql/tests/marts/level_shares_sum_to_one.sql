-- The four level shares lie in 0..1 and sum to 1 (within their rounding to four places) wherever
-- members were rated, and are null where nobody was. Passes when it returns no rows; each row is an
-- offending organization-year or unit-type-year with its sum.
with shares as (

    select
        'mart.level_distribution' as table_name,
        year,
        org_code as unit_key,
        count_rated,
        htxsnv_share,
        httnv_share,
        htnv_share,
        khtnv_share
    from mart.level_distribution
    union all
    select
        'mart.level_distribution_by_type',
        year,
        unit_type,
        count_rated,
        htxsnv_share,
        httnv_share,
        htnv_share,
        khtnv_share
    from mart.level_distribution_by_type

)

select
    table_name,
    year,
    unit_key,
    count_rated,
    htxsnv_share + httnv_share + htnv_share + khtnv_share as share_sum
from shares
where (count_rated > 0 and (
        htxsnv_share is null or httnv_share is null or htnv_share is null or khtnv_share is null
        or htxsnv_share + httnv_share + htnv_share + khtnv_share < 0.9997
        or htxsnv_share + httnv_share + htnv_share + khtnv_share > 1.0003
        or htxsnv_share < 0 or httnv_share < 0 or htnv_share < 0 or khtnv_share < 0
        or htxsnv_share > 1 or httnv_share > 1 or htnv_share > 1 or khtnv_share > 1))
    or (count_rated = 0 and (
        htxsnv_share is not null or httnv_share is not null or htnv_share is not null
        or khtnv_share is not null))
