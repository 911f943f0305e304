-- org_excellent_blocked: a grassroots organization rated HTXSNV although that year's rules forbid it
-- (core.dim_rule_year):
--   org_excellent_min_share_completed / _good (2019-2022): a rated member below HTNV, or under 80% of
--     its rated members at HTTNV or above; the same over its sub-units (a đảng bộ's cells) where
--     core.org_rating rates them (units whose core.dim_unit parent is the organization on 1 December);
--   org_excellent_no_disciplined (2023 on): a member of its leadership (rated as a leader of the
--     organization in core.leader_rating) disciplined in the year, self-detected or not, or a
--     sub-unit disciplined as a unit (a discipline row without a person for a unit under it).
-- score: the number of conditions broken plus the shortfall of each share; severity high.
-- Sources: the organization's rating row, then the rows that break a condition (members and sub-units
-- below HTNV, discipline decisions).
delete from mart.findings where detector = 'org_excellent_blocked';

insert into mart.findings
with excellent as (

    select ratings.*, rules.org_excellent_min_share_completed as min_completed,
        rules.org_excellent_min_share_good as min_good, rules.org_excellent_no_disciplined as no_disciplined,
        rules.rule_org_excellent
    from core.org_rating as ratings
    inner join core.dim_rule_year as rules on rules.year = ratings.year
    where ratings.final_level = 'HTXSNV'

),

members as (

    select
        year,
        org_code,
        count(*) as rated,
        sum(case when final_level in ('HTXSNV', 'HTTNV', 'HTNV') then 1 else 0 end) as at_least_completed,
        sum(case when final_level in ('HTXSNV', 'HTTNV') then 1 else 0 end) as at_least_good
    from core.member_rating
    where status = 'rated'
    group by year, org_code

),

units_of_year as (

    select distinct ratings.year, units.unit_code, units.parent_code
    from core.org_rating as ratings
    inner join core.dim_unit as units
        on units.unit_code = ratings.unit_code
        and units.valid_from <= make_date(ratings.year, 12, 1)
        and (units.valid_to is null or units.valid_to > make_date(ratings.year, 12, 1))
    where units.parent_code is not null

),

sub_unit_ratings as (

    select ratings.*, units_of_year.parent_code
    from core.org_rating as ratings
    inner join units_of_year on units_of_year.year = ratings.year and units_of_year.unit_code = ratings.unit_code
    where ratings.final_level is not null

),

sub_units as (

    select
        year,
        parent_code,
        count(*) as rated,
        sum(case when final_level in ('HTXSNV', 'HTTNV', 'HTNV') then 1 else 0 end) as at_least_completed,
        sum(case when final_level in ('HTXSNV', 'HTTNV') then 1 else 0 end) as at_least_good
    from sub_unit_ratings
    group by year, parent_code

),

disciplined_leaders as (

    select distinct leaders.year, leaders.unit_code, discipline.person_key, discipline.source_file,
        discipline.source_sheet, discipline.source_row
    from core.leader_rating as leaders
    inner join core.discipline as discipline
        on discipline.year = leaders.year and discipline.person_key = leaders.person_key

),

disciplined_sub_units as (

    select discipline.year, units.parent_code as unit_code, discipline.unit_code as sub_unit_code,
        discipline.source_file, discipline.source_sheet, discipline.source_row
    from core.discipline as discipline
    inner join core.dim_unit as units
        on units.unit_code = discipline.unit_code
        and units.valid_from <= make_date(discipline.year, 12, 1)
        and (units.valid_to is null or units.valid_to > make_date(discipline.year, 12, 1))
    where discipline.person_key is null

),

checked as (

    select
        excellent.year,
        excellent.unit_code,
        excellent.rule_org_excellent,
        excellent.min_completed,
        excellent.min_good,
        members.rated,
        members.at_least_completed,
        members.at_least_good,
        cast(members.at_least_completed as double) / members.rated as share_completed,
        cast(members.at_least_good as double) / members.rated as share_good,
        sub_units.rated as sub_units_rated,
        sub_units.at_least_completed as sub_units_at_least_completed,
        sub_units.at_least_good as sub_units_at_least_good,
        cast(sub_units.at_least_completed as double) / sub_units.rated as sub_share_completed,
        cast(sub_units.at_least_good as double) / sub_units.rated as sub_share_good,
        case when excellent.no_disciplined then coalesce(leader_counts.leaders, 0) else 0 end as leaders_disciplined,
        case when excellent.no_disciplined then coalesce(sub_unit_counts.sub_units, 0) else 0 end
            as sub_units_disciplined
    from excellent
    left join members on members.year = excellent.year and members.org_code = excellent.unit_code
    left join sub_units on sub_units.year = excellent.year and sub_units.parent_code = excellent.unit_code
    left join (
        select year, unit_code, count(distinct person_key) as leaders
        from disciplined_leaders
        group by year, unit_code
    ) as leader_counts on leader_counts.year = excellent.year and leader_counts.unit_code = excellent.unit_code
    left join (
        select year, unit_code, count(distinct sub_unit_code) as sub_units
        from disciplined_sub_units
        group by year, unit_code
    ) as sub_unit_counts
        on sub_unit_counts.year = excellent.year and sub_unit_counts.unit_code = excellent.unit_code

),

breaches as (

    select
        checked.*,
        case when min_completed is not null and rated > 0 and share_completed < min_completed
            then min_completed - share_completed else 0 end as completed_shortfall,
        case when min_good is not null and rated > 0 and share_good < min_good
            then min_good - share_good else 0 end as good_shortfall,
        case when min_completed is not null and sub_units_rated > 0 and sub_share_completed < min_completed
            then min_completed - sub_share_completed else 0 end as sub_completed_shortfall,
        case when min_good is not null and sub_units_rated > 0 and sub_share_good < min_good
            then min_good - sub_share_good else 0 end as sub_good_shortfall
    from checked

),

blocked as (

    select *
    from breaches
    where completed_shortfall > 0 or good_shortfall > 0 or sub_completed_shortfall > 0 or sub_good_shortfall > 0
        or leaders_disciplined > 0 or sub_units_disciplined > 0

),

source_rows as (

    select ratings.year, ratings.unit_code, ratings.source_file, ratings.source_sheet, ratings.source_row
    from core.org_rating as ratings
    inner join blocked on blocked.year = ratings.year and blocked.unit_code = ratings.unit_code
    where ratings.final_level = 'HTXSNV'
    union all
    select ratings.year, ratings.org_code, ratings.source_file, ratings.source_sheet, ratings.source_row
    from core.member_rating as ratings
    inner join blocked on blocked.year = ratings.year and blocked.unit_code = ratings.org_code
    where ratings.status = 'rated' and ratings.final_level = 'KHTNV' and blocked.completed_shortfall > 0
    union all
    select sub_unit_ratings.year, sub_unit_ratings.parent_code, sub_unit_ratings.source_file,
        sub_unit_ratings.source_sheet, sub_unit_ratings.source_row
    from sub_unit_ratings
    inner join blocked on blocked.year = sub_unit_ratings.year and blocked.unit_code = sub_unit_ratings.parent_code
    where sub_unit_ratings.final_level = 'KHTNV' and blocked.sub_completed_shortfall > 0
    union all
    select leaders.year, leaders.unit_code, leaders.source_file, leaders.source_sheet, leaders.source_row
    from disciplined_leaders as leaders
    inner join blocked on blocked.year = leaders.year and blocked.unit_code = leaders.unit_code
    where blocked.leaders_disciplined > 0
    union all
    select sub_units.year, sub_units.unit_code, sub_units.source_file, sub_units.source_sheet, sub_units.source_row
    from disciplined_sub_units as sub_units
    inner join blocked on blocked.year = sub_units.year and blocked.unit_code = sub_units.unit_code
    where blocked.sub_units_disciplined > 0

),

ranked as (

    select
        year, unit_code,
        concat(
            '{"file":', dg_jstr(source_file), ',"sheet":', dg_jstr(source_sheet),
            ',"row":', coalesce(lpad(cast(source_row as string), 7, ' '), 'null'), '}') as source,
        row_number() over (partition by year, unit_code order by source_file, source_sheet, source_row) as source_rank
    from source_rows

),

sources as (

    select year, unit_code, array_join(array_sort(array_agg(source)), ',') as sources
    from ranked
    where source_rank <= 20
    group by year, unit_code

)

select
    'org_excellent_blocked' as detector,
    blocked.year,
    blocked.unit_code,
    '' as subject_key,
    'high' as severity,
    cast(
        (case when blocked.completed_shortfall > 0 then 1 else 0 end)
        + (case when blocked.good_shortfall > 0 then 1 else 0 end)
        + (case when blocked.sub_completed_shortfall > 0 then 1 else 0 end)
        + (case when blocked.sub_good_shortfall > 0 then 1 else 0 end)
        + (case when blocked.leaders_disciplined > 0 then 1 else 0 end)
        + (case when blocked.sub_units_disciplined > 0 then 1 else 0 end)
        + blocked.completed_shortfall + blocked.good_shortfall + blocked.sub_completed_shortfall
        + blocked.sub_good_shortfall as double) as score,
    concat(
        '{"final_level":"HTXSNV"',
        ',"members_rated":', dg_jnum(blocked.rated),
        ',"members_at_least_completed":', dg_jnum(blocked.at_least_completed),
        ',"members_at_least_good":', dg_jnum(blocked.at_least_good),
        ',"share_at_least_completed":', dg_jnum(blocked.share_completed),
        ',"share_at_least_good":', dg_jnum(blocked.share_good),
        ',"min_share_at_least_completed":', dg_jnum(blocked.min_completed),
        ',"min_share_at_least_good":', dg_jnum(blocked.min_good),
        ',"sub_units_rated":', dg_jnum(blocked.sub_units_rated),
        ',"sub_units_at_least_completed":', dg_jnum(blocked.sub_units_at_least_completed),
        ',"sub_units_at_least_good":', dg_jnum(blocked.sub_units_at_least_good),
        ',"leaders_disciplined":', dg_jnum(blocked.leaders_disciplined),
        ',"sub_units_disciplined":', dg_jnum(blocked.sub_units_disciplined),
        ',"rule":', dg_jstr(blocked.rule_org_excellent),
        ',"sources":[', coalesce(sources.sources, ''), ']}') as evidence
from blocked
left join sources on sources.year = blocked.year and sources.unit_code = blocked.unit_code;
