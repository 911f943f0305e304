-- report/levels: the levels of one subject ('member', 'organization' or 'leader') per grassroots
-- organization and year over every loaded year, in both views at once (see sql/marts/README.md, "As was /
-- as is"). Each row is one historic organization-year (as was: its own code and that year's type) with the
-- organization of today it counts for (as is: core.unit_mapping at its latest as_of, rolled up to today's
-- grassroots organization as comparison_by_organization.sql and mart.yoy_delta do, with today's type) and
-- the mapping's weight (1 for merges, renames and transfers, a share for a split). The report sums the
-- counts by was_code for "as was" and the counts times weight by is_code for "as is": the district totals
-- are the same in both views. The subjects' facts:
-- - member: mart.level_distribution, as it is;
-- - organization: core.org_rating of grassroots organizations, typed by the registry version valid on
--   31/12 of the year (else its latest earlier version, as overview_org_levels.sql does); count_rated is 1
--   when a level was decided, and one of the level counts is 1;
-- - leader: core.leader_rating, under the grassroots organization of the leader's unit (the unit, its
--   parent or grandparent, in the unit's latest version, as overview_leader_levels.sql does); a leader of a
--   committee above the grassroots counts under that committee.
-- Parameters: the subject; an organization code or null for the whole district (keeps the rows whose
-- historic or today's organization it is). Grain: one row per (year, was_code).
with parameters as (

    select cast(? as varchar) as subject, cast(? as varchar) as unit_code

),

latest_units as (

    select unit_code, unit_name, parent_code, tier, unit_type
    from (
        select
            unit_code,
            unit_name,
            parent_code,
            tier,
            unit_type,
            row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

member_facts as (

    select
        distributions.year,
        distributions.org_code as was_code,
        distributions.unit_type as was_type,
        distributions.count_members,
        distributions.count_rated,
        distributions.count_htxsnv,
        distributions.count_httnv,
        distributions.count_htnv,
        distributions.count_khtnv
    from mart.level_distribution as distributions
    cross join parameters
    where parameters.subject = 'member'

),

org_versions as (

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
    cross join parameters
    inner join core.dim_unit as units
        on units.unit_code = ratings.unit_code
    where parameters.subject = 'organization'

),

org_facts as (

    select
        year,
        unit_code as was_code,
        unit_type as was_type,
        0 as count_members,
        case when final_level is not null then 1 else 0 end as count_rated,
        case when final_level = 'HTXSNV' then 1 else 0 end as count_htxsnv,
        case when final_level = 'HTTNV' then 1 else 0 end as count_httnv,
        case when final_level = 'HTNV' then 1 else 0 end as count_htnv,
        case when final_level = 'KHTNV' then 1 else 0 end as count_khtnv
    from org_versions
    where version_rank = 1
        and tier = 'grassroots'

),

leader_orgs as (

    select
        units.unit_code,
        case
            when units.tier = 'grassroots' then units.unit_code
            when parents.tier = 'grassroots' then parents.unit_code
            when grandparents.tier = 'grassroots' then grandparents.unit_code
        end as org_code
    from latest_units as units
    left join latest_units as parents on parents.unit_code = units.parent_code
    left join latest_units as grandparents on grandparents.unit_code = parents.parent_code

),

leaders as (

    select
        ratings.year,
        coalesce(leader_orgs.org_code, ratings.unit_code) as org_code,
        count(ratings.final_level) as count_rated,
        count(*) filter (where ratings.final_level = 'HTXSNV') as count_htxsnv,
        count(*) filter (where ratings.final_level = 'HTTNV') as count_httnv,
        count(*) filter (where ratings.final_level = 'HTNV') as count_htnv,
        count(*) filter (where ratings.final_level = 'KHTNV') as count_khtnv
    from core.leader_rating as ratings
    cross join parameters
    left join leader_orgs on leader_orgs.unit_code = ratings.unit_code
    where parameters.subject = 'leader'
    group by ratings.year, coalesce(leader_orgs.org_code, ratings.unit_code)

),

leader_facts as (

    select
        leaders.year,
        leaders.org_code as was_code,
        coalesce(units.unit_type, 'unknown') as was_type,
        0 as count_members,
        leaders.count_rated,
        leaders.count_htxsnv,
        leaders.count_httnv,
        leaders.count_htnv,
        leaders.count_khtnv
    from leaders
    left join latest_units as units on units.unit_code = leaders.org_code

),

facts as (

    select * from member_facts
    union all
    select * from org_facts
    union all
    select * from leader_facts

),

mapping_date as (

    select max(as_of) as as_of
    from core.unit_mapping

),

current_units as (

    -- today's units with their grassroots organization: the unit, its parent or its grandparent
    select
        units.unit_code,
        case
            when units.tier = 'grassroots' then units.unit_code
            when parents.tier = 'grassroots' then parents.unit_code
            when grandparents.tier = 'grassroots' then grandparents.unit_code
        end as org_code
    from core.dim_unit as units
    cross join mapping_date
    left join core.dim_unit as parents
        on parents.unit_code = units.parent_code
        and parents.valid_from <= mapping_date.as_of
        and (parents.valid_to is null or parents.valid_to >= mapping_date.as_of)
    left join core.dim_unit as grandparents
        on grandparents.unit_code = parents.parent_code
        and grandparents.valid_from <= mapping_date.as_of
        and (grandparents.valid_to is null or grandparents.valid_to >= mapping_date.as_of)
    where units.valid_from <= mapping_date.as_of
        and (units.valid_to is null or units.valid_to >= mapping_date.as_of)

),

today_mapping as (

    select
        mapping.unit_code,
        coalesce(current_units.org_code, mapping.current_unit_code) as current_org_code,
        mapping.weight
    from core.unit_mapping as mapping
    inner join mapping_date on mapping.as_of = mapping_date.as_of
    left join current_units on current_units.unit_code = mapping.current_unit_code

),

mapped as (

    -- an organization the mapping does not know (e.g. provisional) stands for itself
    select
        facts.*,
        coalesce(today_mapping.current_org_code, facts.was_code) as is_code,
        coalesce(today_mapping.weight, 1) as weight
    from facts
    left join today_mapping on today_mapping.unit_code = facts.was_code

)

select
    mapped.year,
    mapped.was_code,
    coalesce(was_units.unit_name, mapped.was_code) as was_name,
    mapped.was_type,
    mapped.is_code,
    coalesce(is_units.unit_name, mapped.is_code) as is_name,
    coalesce(is_units.unit_type, 'unknown') as is_type,
    cast(mapped.weight as decimal(12, 4)) as weight,
    mapped.count_members,
    mapped.count_rated,
    mapped.count_htxsnv,
    mapped.count_httnv,
    mapped.count_htnv,
    mapped.count_khtnv
from mapped
cross join parameters
left join latest_units as was_units on was_units.unit_code = mapped.was_code
left join latest_units as is_units on is_units.unit_code = mapped.is_code
where parameters.unit_code is null
    or mapped.was_code = parameters.unit_code
    or mapped.is_code = parameters.unit_code
order by mapped.year, was_name, mapped.was_code
