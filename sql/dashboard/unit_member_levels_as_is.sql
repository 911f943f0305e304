-- unit_member_levels_as_is: the member levels of one of today's organizations over every loaded year,
-- "as is" (see sql/marts/README.md): every organization that became this one (itself, the communes
-- merged into it, its share of a split one) mapped through core.unit_mapping (latest as_of), each
-- count multiplied by the mapping's weight, summed and rounded to whole members.
-- Parameter: unit code. Grain: one row per year; columns as overview_member_levels.
with parameters as (

    select cast(? as varchar) as unit_code

),

mapping_date as (

    select max(as_of) as as_of
    from core.unit_mapping

),

sources as (

    select mapping.unit_code, mapping.weight
    from core.unit_mapping as mapping
    inner join mapping_date on mapping.as_of = mapping_date.as_of
    inner join parameters on mapping.current_unit_code = parameters.unit_code

),

weighted as (

    select
        distributions.year,
        round(sum(distributions.count_htxsnv * sources.weight)) as count_htxsnv,
        round(sum(distributions.count_httnv * sources.weight)) as count_httnv,
        round(sum(distributions.count_htnv * sources.weight)) as count_htnv,
        round(sum(distributions.count_khtnv * sources.weight)) as count_khtnv,
        round(sum(distributions.count_exempt * sources.weight)) as count_exempt,
        round(sum(distributions.count_suspended * sources.weight)) as count_suspended,
        round(sum(distributions.count_new_member * sources.weight)) as count_new_member,
        round(sum(distributions.count_not_rated * sources.weight)) as count_not_rated
    from mart.level_distribution as distributions
    inner join sources on sources.unit_code = distributions.org_code
    group by distributions.year

),

totals as (

    select
        year,
        cast(count_htxsnv + count_httnv + count_htnv + count_khtnv
            + count_exempt + count_suspended + count_new_member + count_not_rated as bigint) as count_members,
        cast(count_htxsnv + count_httnv + count_htnv + count_khtnv as bigint) as count_rated,
        cast(count_htxsnv as bigint) as count_htxsnv,
        cast(count_httnv as bigint) as count_httnv,
        cast(count_htnv as bigint) as count_htnv,
        cast(count_khtnv as bigint) as count_khtnv,
        cast(count_exempt as bigint) as count_exempt,
        cast(count_suspended as bigint) as count_suspended,
        cast(count_new_member as bigint) as count_new_member,
        cast(count_not_rated as bigint) as count_not_rated
    from weighted

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
