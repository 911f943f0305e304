-- compare_merges: every merge of units (core.unit_lineage, change_kind 'merge') with both units' latest
-- names, for the year comparison's notes: "merged on dd/mm/yyyy into X" beside a unit that merged away,
-- "formed on dd/mm/yyyy by merging A, B" beside a unit a merger created.
-- No parameters. Grain: one row per merge lineage row.
with names as (

    select unit_code, unit_name
    from (
        select unit_code, unit_name, row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

)

select
    lineage.from_unit_code,
    coalesce(from_names.unit_name, lineage.from_unit_code) as from_unit_name,
    lineage.to_unit_code,
    coalesce(to_names.unit_name, lineage.to_unit_code) as to_unit_name,
    lineage.effective_date
from core.unit_lineage as lineage
left join names as from_names on from_names.unit_code = lineage.from_unit_code
left join names as to_names on to_names.unit_code = lineage.to_unit_code
where lineage.change_kind = 'merge'
order by lineage.effective_date, lineage.to_unit_code, from_unit_name, lineage.from_unit_code
