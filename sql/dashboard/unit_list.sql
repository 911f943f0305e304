-- unit_list: every grassroots organization (tổ chức cơ sở đảng) the registry knows, today's or ended, in
-- its latest registered version, with its latest organization level (core.org_rating, the latest year
-- rated) and its members in the latest year it has member rows (core.member_rating). The unit page's
-- search folds the names in Java (vn.danhgia.core.text.VietnameseText.fold), so this list is read once
-- per snapshot. Grain: one row per unit_code of tier 'grassroots'. No parameters.
with versions as (

    select
        unit_code,
        unit_name,
        unit_type,
        valid_from,
        valid_to,
        coalesce(is_provisional, false) as is_provisional,
        row_number() over (partition by unit_code order by valid_from desc) as version_rank
    from core.dim_unit
    where tier = 'grassroots'

),

latest_org_ratings as (

    select unit_code, year, final_level
    from (
        select
            unit_code,
            year,
            final_level,
            row_number() over (partition by unit_code order by year desc, source_file, source_row) as rating_rank
        from core.org_rating
    ) as ranked
    where rating_rank = 1

),

member_years as (

    select org_code, year, count(*) as count_members
    from core.member_rating
    group by org_code, year

),

latest_member_years as (

    select org_code, year, count_members
    from (
        select org_code, year, count_members, row_number() over (partition by org_code order by year desc) as year_rank
        from member_years
    ) as ranked
    where year_rank = 1

)

select
    versions.unit_code,
    versions.unit_name,
    versions.unit_type,
    versions.valid_from,
    versions.valid_to,
    versions.valid_to is null as is_current,
    versions.is_provisional,
    latest_org_ratings.year as level_year,
    latest_org_ratings.final_level,
    latest_member_years.year as members_year,
    latest_member_years.count_members
from versions
left join latest_org_ratings on latest_org_ratings.unit_code = versions.unit_code
left join latest_member_years on latest_member_years.org_code = versions.unit_code
where versions.version_rank = 1
order by versions.unit_name, versions.unit_code
