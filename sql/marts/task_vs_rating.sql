-- mart.task_vs_rating: each grassroots organization-year's task results (core.task_result) next to its
-- rating (core.org_rating), with where its results stand among its peers (same unit type, same year).
-- Grain: one row per (year, unit_code): every organization-year that has task results or a rating.
-- targets_met_share = targets_met / targets_total, targets_exceeded_share = targets_exceeded /
-- targets_total (null without targets). peer_quartile ranks targets_met_share within the peer group:
-- 1 = bottom quarter (percent rank below 0.25) ... 4 = top quarter; ties share a quartile; null when
-- the organization has no share or its group has fewer than four organizations with one.
create or replace table mart.task_vs_rating as
with keys as (

    select year, unit_code from core.task_result
    union
    select year, unit_code from core.org_rating

),

unit_versions as (

    -- the registry version of each organization on 31/12 of the year (as in mart.level_distribution)
    select
        keys.year,
        keys.unit_code,
        units.unit_type,
        row_number() over (
            partition by keys.year, keys.unit_code
            order by
                case
                    when units.valid_from <= make_date(keys.year, 12, 31)
                        and (units.valid_to is null or units.valid_to >= make_date(keys.year, 12, 31))
                    then 0
                    else 1
                end,
                units.valid_from desc
        ) as version_rank
    from keys
    left join core.dim_unit as units
        on units.unit_code = keys.unit_code

),

joined as (

    select
        keys.year,
        keys.unit_code,
        coalesce(unit_versions.unit_type, 'unknown') as unit_type,
        tasks.targets_total,
        tasks.targets_met,
        tasks.targets_exceeded,
        case when tasks.targets_total > 0
            then cast(floor((20000 * cast(tasks.targets_met as double) + tasks.targets_total) / (2 * cast(tasks.targets_total as double))) / 10000 as decimal(5, 4))
        end as targets_met_share,
        case when tasks.targets_total > 0
            then cast(floor((20000 * cast(tasks.targets_exceeded as double) + tasks.targets_total) / (2 * cast(tasks.targets_total as double))) / 10000 as decimal(5, 4))
        end as targets_exceeded_share,
        tasks.on_time_share,
        ratings.self_level,
        ratings.final_level,
        ratings.score
    from keys
    left join unit_versions
        on unit_versions.year = keys.year
        and unit_versions.unit_code = keys.unit_code
        and unit_versions.version_rank = 1
    left join core.task_result as tasks
        on tasks.year = keys.year
        and tasks.unit_code = keys.unit_code
    left join core.org_rating as ratings
        on ratings.year = keys.year
        and ratings.unit_code = keys.unit_code

),

ranked as (

    select
        joined.*,
        count(targets_met_share) over (partition by year, unit_type) as peer_count,
        percent_rank() over (
            partition by year, unit_type, case when targets_met_share is null then 1 else 0 end
            order by targets_met_share
        ) as peer_percent_rank,
        sum(targets_met_share) over (partition by year, unit_type) as peer_sum
    from joined

)

select
    year,
    unit_code,
    unit_type,
    targets_total,
    targets_met,
    targets_exceeded,
    targets_met_share,
    targets_exceeded_share,
    on_time_share,
    self_level,
    final_level,
    score,
    cast(peer_count as int) as peer_count,
    case when peer_count > 0
        then cast(floor((20000 * cast(peer_sum * 10000 as double) + peer_count * 10000)
            / (2 * cast(peer_count * 10000 as double))) / 10000 as decimal(5, 4))
    end as peer_targets_met_share,
    case
        when targets_met_share is null or peer_count < 4 then null
        when peer_percent_rank < 0.25 then 1
        when peer_percent_rank < 0.5 then 2
        when peer_percent_rank < 0.75 then 3
        else 4
    end as peer_quartile
from ranked;
