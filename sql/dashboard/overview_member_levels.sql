-- overview_member_levels: member levels per year over every loaded year, for the stacked bars, summed
-- over the grassroots organizations in scope (mart.level_distribution). Parameters: unit type, or
-- null for all; organization code, or null for all. Grain: one row per year. Shares are over rated
-- members, null when none was rated.
with parameters as (

    select
        cast(? as varchar) as unit_type,
        cast(? as varchar) as org_code

),

in_scope as (

    select distributions.*
    from mart.level_distribution as distributions
    cross join parameters
    where (parameters.unit_type is null or distributions.unit_type = parameters.unit_type)
        and (parameters.org_code is null or distributions.org_code = parameters.org_code)

),

totals as (

    select
        year,
        sum(count_members) as count_members,
        sum(count_rated) as count_rated,
        sum(count_htxsnv) as count_htxsnv,
        sum(count_httnv) as count_httnv,
        sum(count_htnv) as count_htnv,
        sum(count_khtnv) as count_khtnv,
        sum(count_exempt) as count_exempt,
        sum(count_suspended) as count_suspended,
        sum(count_new_member) as count_new_member,
        sum(count_not_rated) as count_not_rated
    from in_scope
    group by year

)

select
    totals.*,
    case when count_rated > 0 then cast(round(cast(count_htxsnv as double) / count_rated, 4) as decimal(5, 4)) end
        as htxsnv_share,
    case when count_rated > 0 then cast(round(cast(count_httnv as double) / count_rated, 4) as decimal(5, 4)) end
        as httnv_share,
    case when count_rated > 0 then cast(round(cast(count_htnv as double) / count_rated, 4) as decimal(5, 4)) end
        as htnv_share,
    case when count_rated > 0 then cast(round(cast(count_khtnv as double) / count_rated, 4) as decimal(5, 4)) end
        as khtnv_share
from totals
order by year
