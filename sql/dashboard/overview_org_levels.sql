-- overview_org_levels: the levels decided for grassroots organizations (core.org_rating) per year, over
-- every loaded year. An organization's type is its registry version valid on 31/12 of the year, else its
-- latest version begun before (as in mart.level_distribution). Parameters: unit type or null;
-- organization code or null. Grain: one row per year.
with parameters as (

    select
        cast(? as varchar) as unit_type,
        cast(? as varchar) as org_code

),

versions as (

    select
        ratings.year,
        ratings.unit_code,
        ratings.final_level,
        units.tier,
        coalesce(units.unit_type, 'unknown') as unit_type,
        row_number() over (
            partition by ratings.year, ratings.unit_code, ratings.source_file, ratings.source_row
            order by
                case
                    when units.valid_from <= make_date(ratings.year, 12, 31)
                        and (units.valid_to is null or units.valid_to >= make_date(ratings.year, 12, 31))
                    then 0
                    else 1
                end,
                units.valid_from desc
        ) as version_rank
    from core.org_rating as ratings
    inner join core.dim_unit as units
        on units.unit_code = ratings.unit_code

),

in_scope as (

    select versions.*
    from versions
    cross join parameters
    where versions.version_rank = 1
        and versions.tier = 'grassroots'
        and (parameters.unit_type is null or versions.unit_type = parameters.unit_type)
        and (parameters.org_code is null or versions.unit_code = parameters.org_code)

)

select
    year,
    count(final_level) as count_rated,
    count(*) filter (where final_level = 'HTXSNV') as count_htxsnv,
    count(*) filter (where final_level = 'HTTNV') as count_httnv,
    count(*) filter (where final_level = 'HTNV') as count_htnv,
    count(*) filter (where final_level = 'KHTNV') as count_khtnv
from in_scope
group by year
order by year
