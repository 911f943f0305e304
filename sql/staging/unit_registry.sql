-- staging.unit_registry: the unit registry typed, for completeness and data tests: dates as dates,
-- unit type and tier as codes through meta.unit_type_spelling (null for a spelling it does not know).
-- The core unit tables (dim_unit, unit_lineage, unit_mapping, unit_alias) are written from the latest
-- registry by the loader (vn.danhgia.etl.load.UnitDimension), which checks the registry itself.
insert into staging.unit_registry
select
    source.load_id,
    source.source_file,
    source.source_sheet,
    source.source_row,
    source.year,
    trim(source.unit_code) as unit_code,
    source.unit_name,
    types.code as unit_type,
    tiers.code as tier,
    trim(source.parent_code) as parent_code,
    dg_date(source.valid_from) as valid_from,
    dg_date(source.valid_to) as valid_to,
    trim(source.successor_code) as successor_code,
    source.note
from raw.unit_registry as source
left join meta.unit_type_spelling as types
    on types.kind = 'type' and types.folded_spelling = dg_fold(source.unit_type)
left join meta.unit_type_spelling as tiers
    on tiers.kind = 'tier' and tiers.folded_spelling = dg_fold(source.tier);
