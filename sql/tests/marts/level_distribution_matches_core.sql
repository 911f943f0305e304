-- mart.level_distribution adds up: each organization-year's members are the sum of its statuses, its
-- rated members the sum of its four levels; each year's members equal core.member_rating's; and
-- mart.level_distribution_by_type holds the same totals. Passes when it returns no rows; each row is a
-- year (and organization or unit type) where the counts disagree.
with core_years as (

    select year, count(*) as count_members
    from core.member_rating
    group by year

),

mart_years as (

    select
        year,
        sum(count_members) as count_members,
        sum(count_rated) as count_rated,
        sum(count_htxsnv) as count_htxsnv
    from mart.level_distribution
    group by year

),

type_years as (

    select
        year,
        sum(count_members) as count_members,
        sum(count_rated) as count_rated,
        sum(count_htxsnv) as count_htxsnv
    from mart.level_distribution_by_type
    group by year

)

select 'organization adds up' as reason, year, org_code as unit_key
from mart.level_distribution
where count_members
        <> count_rated + count_exempt + count_suspended + count_new_member + count_not_rated
    or count_rated <> count_htxsnv + count_httnv + count_htnv + count_khtnv
union all
select 'unit type adds up', year, unit_type
from mart.level_distribution_by_type
where count_members
        <> count_rated + count_exempt + count_suspended + count_new_member + count_not_rated
    or count_rated <> count_htxsnv + count_httnv + count_htnv + count_khtnv
union all
select 'members as in core.member_rating', coalesce(core_years.year, mart_years.year), ''
from core_years
full outer join mart_years
    on mart_years.year = core_years.year
where core_years.count_members is null
    or mart_years.count_members is null
    or core_years.count_members <> mart_years.count_members
union all
select 'by type as by organization', mart_years.year, ''
from mart_years
left join type_years
    on type_years.year = mart_years.year
where type_years.year is null
    or type_years.count_members <> mart_years.count_members
    or type_years.count_rated <> mart_years.count_rated
    or type_years.count_htxsnv <> mart_years.count_htxsnv
