-- findings_list: one page of mart.findings, filtered and sorted, with unit names. finding_id is stable
-- across reads of the same data: the sha-256 of detector, year, unit, subject and evidence (a row's
-- position is not). A finding belongs to an organization when its unit is the organization or one of
-- its cells (any registry version); a person's finding carries the organization that rated them.
-- The sort key and direction are values chosen in CASE expressions (whitelisted in Java first).
-- Parameters: detector, year, severity, organization code (each null for all); sort key ('score',
-- 'year', 'unit', 'detector', 'severity'); direction ('asc' or 'desc'); limit; offset.
-- Grain: one row per finding on the page; count_total repeats the number of findings the filter keeps.
with parameters as (

    select
        cast(? as varchar) as detector,
        cast(? as int) as year,
        cast(? as varchar) as severity,
        cast(? as varchar) as org_code,
        cast(? as varchar) as sort_key,
        cast(? as varchar) as direction,
        cast(? as int) as row_limit,
        cast(? as int) as row_offset

),

latest_units as (

    select unit_code, unit_name, parent_code, tier
    from (
        select unit_code, unit_name, parent_code, tier,
            row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

scope as (

    -- the organization asked for and its cells, in any version of the registry
    select parameters.org_code as unit_code
    from parameters
    where parameters.org_code is not null
    union
    select units.unit_code
    from core.dim_unit as units
    inner join parameters on units.parent_code = parameters.org_code

),

identified as (

    select
        sha256(concat_ws('|', findings.detector, cast(findings.year as varchar), coalesce(findings.unit_code, ''),
            coalesce(findings.subject_key, ''), coalesce(findings.evidence, ''))) as finding_id,
        findings.*
    from mart.findings as findings

),

filtered as (

    select identified.*
    from identified
    cross join parameters
    where (parameters.detector is null or identified.detector = parameters.detector)
        and (parameters.year is null or identified.year = parameters.year)
        and (parameters.severity is null or identified.severity = parameters.severity)
        and (parameters.org_code is null or identified.unit_code in (select unit_code from scope))

),

named as (

    select
        filtered.*,
        coalesce(units.unit_name, filtered.unit_code) as unit_name,
        case
            when units.tier = 'grassroots' then units.unit_code
            when parents.tier = 'grassroots' then parents.unit_code
        end as org_code,
        case
            when units.tier = 'grassroots' then units.unit_name
            when parents.tier = 'grassroots' then parents.unit_name
        end as org_name,
        case filtered.severity when 'high' then 3 when 'medium' then 2 when 'low' then 1 else 0 end as severity_rank,
        count(*) over () as count_total
    from filtered
    left join latest_units as units on units.unit_code = filtered.unit_code
    left join latest_units as parents on parents.unit_code = units.parent_code

)

select named.*
from named
cross join parameters
order by
    case when parameters.sort_key = 'score' and parameters.direction = 'asc' then named.score end asc nulls last,
    case when parameters.sort_key = 'score' and parameters.direction = 'desc' then named.score end desc nulls last,
    case when parameters.sort_key = 'year' and parameters.direction = 'asc' then named.year end asc,
    case when parameters.sort_key = 'year' and parameters.direction = 'desc' then named.year end desc,
    case when parameters.sort_key = 'unit' and parameters.direction = 'asc' then named.unit_name end asc,
    case when parameters.sort_key = 'unit' and parameters.direction = 'desc' then named.unit_name end desc,
    case when parameters.sort_key = 'detector' and parameters.direction = 'asc' then named.detector end asc,
    case when parameters.sort_key = 'detector' and parameters.direction = 'desc' then named.detector end desc,
    case when parameters.sort_key = 'severity' and parameters.direction = 'asc' then named.severity_rank end asc,
    case when parameters.sort_key = 'severity' and parameters.direction = 'desc' then named.severity_rank end desc,
    named.score desc nulls last,
    named.finding_id
limit (select row_limit from parameters)
offset (select row_offset from parameters)
