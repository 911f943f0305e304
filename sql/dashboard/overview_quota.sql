-- overview_quota: for one year, each grassroots organization's members rated excellent (HTXSNV)
-- against the year's quota (core.dim_rule_year.excellent_quota_ratio: excellent at most this share of
-- good, HTTNV), from mart.level_distribution. excellent_to_good: HTXSNV / HTTNV (null without good
-- members); quota: ratio x good; is_over_quota: excellent above the quota (exactly at it is within).
-- Parameters: year; unit type or null; organization code or null. Grain: one row per organization.
with parameters as (

    select
        cast(? as int) as year,
        cast(? as varchar) as unit_type,
        cast(? as varchar) as org_code

),

names as (

    select unit_code, unit_name
    from (
        select unit_code, unit_name, row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

in_scope as (

    select distributions.*
    from mart.level_distribution as distributions
    cross join parameters
    where distributions.year = parameters.year
        and (parameters.unit_type is null or distributions.unit_type = parameters.unit_type)
        and (parameters.org_code is null or distributions.org_code = parameters.org_code)

)

select
    in_scope.org_code,
    coalesce(names.unit_name, in_scope.org_code) as unit_name,
    in_scope.unit_type,
    in_scope.count_rated,
    in_scope.count_htxsnv,
    in_scope.count_httnv,
    in_scope.count_khtnv,
    rules.excellent_quota_ratio,
    case when in_scope.count_httnv > 0
        then cast(round(cast(in_scope.count_htxsnv as double) / in_scope.count_httnv, 4) as decimal(9, 4))
    end as excellent_to_good,
    cast(rules.excellent_quota_ratio * in_scope.count_httnv as decimal(12, 4)) as quota,
    coalesce(in_scope.count_htxsnv > rules.excellent_quota_ratio * in_scope.count_httnv, false) as is_over_quota
from in_scope
left join core.dim_rule_year as rules on rules.year = in_scope.year
left join names on names.unit_code = in_scope.org_code
order by is_over_quota desc, excellent_to_good desc nulls last, in_scope.org_code
