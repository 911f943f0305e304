-- Input of java:leniency_index (vn.danhgia.analytics.stats.LeniencyIndexStep): per grassroots
-- organization and year, the members rated and those rated excellent (HTXSNV), with the organization's
-- unit type that year, which makes its peer group. The type is the registry's on 31 December of the
-- year (the last validity period when none covers that day). A provisional unit whose type nobody
-- registered yet has no peer group, so it is left out until an analyst maps it.
-- Columns: year, org_code, unit_type, count_rated, count_excellent.
with rated as (
    select
        year,
        org_code,
        count(*) as count_rated,
        sum(case when final_level = 'HTXSNV' then 1 else 0 end) as count_excellent
    from core.member_rating
    where status = 'rated'
        and final_level is not null
        and org_code is not null
    group by year, org_code
),

typed as (
    select
        rated.year,
        rated.org_code,
        unit.unit_type,
        rated.count_rated,
        rated.count_excellent,
        row_number() over (
            partition by rated.year, rated.org_code
            order by
                case
                    when unit.valid_from <= cast(concat(cast(rated.year as string), '-12-31') as date)
                        and (unit.valid_to is null
                            or unit.valid_to > cast(concat(cast(rated.year as string), '-12-31') as date))
                    then 0
                    else 1
                end,
                unit.valid_from desc
        ) as pick
    from rated
    inner join core.dim_unit as unit
        on unit.unit_code = rated.org_code
        and unit.unit_type is not null
)

select
    year,
    org_code,
    unit_type,
    count_rated,
    count_excellent
from typed
where pick = 1
order by year, org_code
