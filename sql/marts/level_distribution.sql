-- mart.level_distribution: how the members of each grassroots organization were rated, per year.
-- Grain: one row per (year, org_code). unit_type is the organization's type in that year (the
-- registry version valid on 31/12 of the year). Counts cover every member row of core.member_rating;
-- the four level shares are over rated members only (exempt, suspended, new and not-rated members are
-- counted apart and left out of the shares), null when nobody was rated. Shares are rounded half up
-- to four places as floor((20000 * a + b) / (2 * b)) / 10000: whole numbers in double arithmetic are
-- exact, so DuckDB and Spark give the same digits (round(a / b, 4) can differ at a half).
create or replace table mart.level_distribution as
with org_years as (

    select distinct year, org_code
    from core.member_rating

),

unit_versions as (

    -- the registry version of each organization on 31/12 of the year; where none is valid then, the
    -- latest version that started before (a provisional or ended unit still gets its type)
    select
        org_years.year,
        org_years.org_code,
        units.unit_type,
        row_number() over (
            partition by org_years.year, org_years.org_code
            order by
                case
                    when units.valid_from <= make_date(org_years.year, 12, 31)
                        and (units.valid_to is null or units.valid_to >= make_date(org_years.year, 12, 31))
                    then 0
                    else 1
                end,
                units.valid_from desc
        ) as version_rank
    from org_years
    left join core.dim_unit as units
        on units.unit_code = org_years.org_code

),

counts as (

    select
        year,
        org_code,
        cast(count(*) as int) as count_members,
        cast(sum(case when status = 'rated' then 1 else 0 end) as int) as count_rated,
        cast(sum(case when status = 'exempt' then 1 else 0 end) as int) as count_exempt,
        cast(sum(case when status = 'suspended' then 1 else 0 end) as int) as count_suspended,
        cast(sum(case when status = 'new_member' then 1 else 0 end) as int) as count_new_member,
        cast(sum(case when status = 'not_rated' then 1 else 0 end) as int) as count_not_rated,
        cast(sum(case when status = 'rated' and final_level = 'HTXSNV' then 1 else 0 end) as int) as count_htxsnv,
        cast(sum(case when status = 'rated' and final_level = 'HTTNV' then 1 else 0 end) as int) as count_httnv,
        cast(sum(case when status = 'rated' and final_level = 'HTNV' then 1 else 0 end) as int) as count_htnv,
        cast(sum(case when status = 'rated' and final_level = 'KHTNV' then 1 else 0 end) as int) as count_khtnv
    from core.member_rating
    group by year, org_code

)

select
    counts.year,
    counts.org_code,
    coalesce(unit_versions.unit_type, 'unknown') as unit_type,
    counts.count_members,
    counts.count_rated,
    counts.count_exempt,
    counts.count_suspended,
    counts.count_new_member,
    counts.count_not_rated,
    counts.count_htxsnv,
    counts.count_httnv,
    counts.count_htnv,
    counts.count_khtnv,
    case when counts.count_rated > 0
        then cast(floor((20000 * cast(counts.count_htxsnv as double) + counts.count_rated) / (2 * cast(counts.count_rated as double))) / 10000 as decimal(5, 4))
    end as htxsnv_share,
    case when counts.count_rated > 0
        then cast(floor((20000 * cast(counts.count_httnv as double) + counts.count_rated) / (2 * cast(counts.count_rated as double))) / 10000 as decimal(5, 4))
    end as httnv_share,
    case when counts.count_rated > 0
        then cast(floor((20000 * cast(counts.count_htnv as double) + counts.count_rated) / (2 * cast(counts.count_rated as double))) / 10000 as decimal(5, 4))
    end as htnv_share,
    case when counts.count_rated > 0
        then cast(floor((20000 * cast(counts.count_khtnv as double) + counts.count_rated) / (2 * cast(counts.count_rated as double))) / 10000 as decimal(5, 4))
    end as khtnv_share
from counts
left join unit_versions
    on unit_versions.year = counts.year
    and unit_versions.org_code = counts.org_code
    and unit_versions.version_rank = 1;
