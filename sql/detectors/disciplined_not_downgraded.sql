-- disciplined_not_downgraded: a member disciplined in the year whose final level is above what that
-- year's rules allow (core.dim_rule_year.discipline_max_level, 'KHTNV' from 2019). A decision the
-- member self-detected does not count in years whose rules exempt it (discipline_self_detected_exempt,
-- 2023 on). Years without a discipline rule (2018) have no finding.
-- score: levels above the allowed one; severity high when two or more levels above.
-- Sources: the discipline decisions (with form, date and self-detection) and the member's rating row.
delete from mart.findings where detector = 'disciplined_not_downgraded';

insert into mart.findings
with level_ranks as (

    select 'HTXSNV' as level, 4 as level_rank union all
    select 'HTTNV', 3 union all
    select 'HTNV', 2 union all
    select 'KHTNV', 1

),

capping as (

    -- the decisions that cap the level: all of them, except self-detected ones where the year exempts them
    select discipline.*
    from core.discipline as discipline
    inner join core.dim_rule_year as rules on rules.year = discipline.year
    where discipline.person_key is not null
        and rules.discipline_max_level is not null
        and not (coalesce(rules.discipline_self_detected_exempt, false) and coalesce(discipline.self_detected, false))

),

disciplined as (

    select year, person_key, count(*) as decisions
    from capping
    group by year, person_key

),

breaches as (

    select
        ratings.year,
        ratings.person_key,
        ratings.org_code,
        ratings.final_level,
        rules.discipline_max_level,
        rules.rule_discipline,
        disciplined.decisions,
        final_rank.level_rank - maximum_rank.level_rank as levels_above,
        ratings.source_file,
        ratings.source_sheet,
        ratings.source_row
    from core.member_rating as ratings
    inner join disciplined on disciplined.year = ratings.year and disciplined.person_key = ratings.person_key
    inner join core.dim_rule_year as rules on rules.year = ratings.year
    inner join level_ranks as final_rank on final_rank.level = ratings.final_level
    inner join level_ranks as maximum_rank on maximum_rank.level = rules.discipline_max_level
    where ratings.status = 'rated' and final_rank.level_rank > maximum_rank.level_rank

),

source_rows as (

    select
        year, person_key, 1 as part, source_file, source_sheet, source_row,
        concat(
            '{"file":', dg_jstr(source_file), ',"sheet":', dg_jstr(source_sheet),
            ',"row":', coalesce(lpad(cast(source_row as string), 7, ' '), 'null'),
            ',"form":', dg_jstr(form), ',"decided_on":', dg_jstr(cast(decided_on as string)),
            ',"self_detected":', case when self_detected then 'true' when not self_detected then 'false' else 'null' end,
            '}') as source
    from capping
    where exists (
        select 1 from breaches where breaches.year = capping.year and breaches.person_key = capping.person_key)
    union all
    select
        year, person_key, 2 as part, source_file, source_sheet, source_row,
        concat(
            '{"file":', dg_jstr(source_file), ',"sheet":', dg_jstr(source_sheet),
            ',"row":', coalesce(lpad(cast(source_row as string), 7, ' '), 'null'), '}') as source
    from breaches

),

ranked as (

    select
        year, person_key, part, source,
        row_number() over (
            partition by year, person_key order by part, source_file, source_sheet, source_row) as source_rank
    from source_rows

),

sources as (

    select year, person_key, array_join(array_sort(array_agg(source)), ',') as sources
    from ranked
    where source_rank <= 20
    group by year, person_key

)

select
    'disciplined_not_downgraded' as detector,
    breaches.year,
    breaches.org_code as unit_code,
    breaches.person_key as subject_key,
    case when breaches.levels_above >= 2 then 'high' else 'medium' end as severity,
    cast(breaches.levels_above as double) as score,
    concat(
        '{"final_level":', dg_jstr(breaches.final_level),
        ',"allowed_level":', dg_jstr(breaches.discipline_max_level),
        ',"levels_above":', dg_jnum(breaches.levels_above),
        ',"decisions":', dg_jnum(breaches.decisions),
        ',"rule":', dg_jstr(breaches.rule_discipline),
        ',"sources":[', coalesce(sources.sources, ''), ']}') as evidence
from breaches
left join sources on sources.year = breaches.year and sources.person_key = breaches.person_key;
