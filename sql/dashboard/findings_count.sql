-- findings_count: how many findings a filter keeps (the same filter as findings_list.sql), for paging
-- past the last row. Parameters: detector, year, severity, organization code (each null for all).
-- Grain: one row.
with parameters as (

    select
        cast(? as varchar) as detector,
        cast(? as int) as year,
        cast(? as varchar) as severity,
        cast(? as varchar) as org_code

),

scope as (

    select parameters.org_code as unit_code
    from parameters
    where parameters.org_code is not null
    union
    select units.unit_code
    from core.dim_unit as units
    inner join parameters on units.parent_code = parameters.org_code

)

select count(*) as count_total
from mart.findings as findings
cross join parameters
where (parameters.detector is null or findings.detector = parameters.detector)
    and (parameters.year is null or findings.year = parameters.year)
    and (parameters.severity is null or findings.severity = parameters.severity)
    and (parameters.org_code is null or findings.unit_code in (select unit_code from scope))
