-- overview_findings: the findings of one year per detector and severity (mart.findings). A finding
-- belongs to the grassroots organization of its unit (the unit itself, or the organization above a
-- cell, in the unit's latest version). Parameters: year; unit type or null; organization code or null.
-- Grain: one row per detector.
with parameters as (

    select
        cast(? as int) as year,
        cast(? as varchar) as unit_type,
        cast(? as varchar) as org_code

),

latest_units as (

    select unit_code, parent_code, tier, unit_type
    from (
        select
            unit_code, parent_code, tier, unit_type,
            row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

unit_orgs as (

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

in_scope as (

    select findings.detector, findings.severity
    from mart.findings as findings
    cross join parameters
    left join unit_orgs on unit_orgs.unit_code = findings.unit_code
    left join latest_units as organizations on organizations.unit_code = unit_orgs.org_code
    where findings.year = parameters.year
        and (parameters.unit_type is null or organizations.unit_type = parameters.unit_type)
        and (parameters.org_code is null or unit_orgs.org_code = parameters.org_code)

)

select
    detector,
    count(*) as count_findings,
    count(*) filter (where severity = 'high') as count_high,
    count(*) filter (where severity = 'medium') as count_medium,
    count(*) filter (where severity = 'low') as count_low
from in_scope
group by detector
order by count_findings desc, detector
