-- mart.level_distribution_by_type: mart.level_distribution rolled up to unit type and year (the
-- "groups of similar units" the rules compare within). Grain: one row per (year, unit_type).
-- Shares are over the rated members of all organizations of the type (members weigh equally, not
-- organizations), null when nobody was rated.
create or replace table mart.level_distribution_by_type as
with totals as (

    select
        year,
        unit_type,
        cast(count(*) as int) as count_organizations,
        cast(sum(count_members) as int) as count_members,
        cast(sum(count_rated) as int) as count_rated,
        cast(sum(count_exempt) as int) as count_exempt,
        cast(sum(count_suspended) as int) as count_suspended,
        cast(sum(count_new_member) as int) as count_new_member,
        cast(sum(count_not_rated) as int) as count_not_rated,
        cast(sum(count_htxsnv) as int) as count_htxsnv,
        cast(sum(count_httnv) as int) as count_httnv,
        cast(sum(count_htnv) as int) as count_htnv,
        cast(sum(count_khtnv) as int) as count_khtnv
    from mart.level_distribution
    group by year, unit_type

)

select
    year,
    unit_type,
    count_organizations,
    count_members,
    count_rated,
    count_exempt,
    count_suspended,
    count_new_member,
    count_not_rated,
    count_htxsnv,
    count_httnv,
    count_htnv,
    count_khtnv,
    case when count_rated > 0
        then cast(floor((20000 * cast(count_htxsnv as double) + count_rated) / (2 * cast(count_rated as double))) / 10000 as decimal(5, 4))
    end as htxsnv_share,
    case when count_rated > 0
        then cast(floor((20000 * cast(count_httnv as double) + count_rated) / (2 * cast(count_rated as double))) / 10000 as decimal(5, 4))
    end as httnv_share,
    case when count_rated > 0
        then cast(floor((20000 * cast(count_htnv as double) + count_rated) / (2 * cast(count_rated as double))) / 10000 as decimal(5, 4))
    end as htnv_share,
    case when count_rated > 0
        then cast(floor((20000 * cast(count_khtnv as double) + count_rated) / (2 * cast(count_rated as double))) / 10000 as decimal(5, 4))
    end as khtnv_share
from totals;
