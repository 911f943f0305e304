-- finding_by_id: one finding of mart.findings by its stable id (the sha-256 of detector, year, unit,
-- subject and evidence, as findings_list.sql computes it), with unit names. Parameter: the id.
-- Grain: one row, none for an unknown id.
with parameters as (

    select cast(? as varchar) as finding_id

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

identified as (

    select
        sha256(concat_ws('|', findings.detector, cast(findings.year as varchar), coalesce(findings.unit_code, ''),
            coalesce(findings.subject_key, ''), coalesce(findings.evidence, ''))) as finding_id,
        findings.*
    from mart.findings as findings

)

select
    identified.*,
    coalesce(units.unit_name, identified.unit_code) as unit_name,
    case
        when units.tier = 'grassroots' then units.unit_code
        when parents.tier = 'grassroots' then parents.unit_code
    end as org_code,
    case
        when units.tier = 'grassroots' then units.unit_name
        when parents.tier = 'grassroots' then parents.unit_name
    end as org_name,
    cast(1 as bigint) as count_total
from identified
inner join parameters on parameters.finding_id = identified.finding_id
left join latest_units as units on units.unit_code = identified.unit_code
left join latest_units as parents on parents.unit_code = units.parent_code
