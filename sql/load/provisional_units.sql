-- Units named in the files but absent from the registry become provisional units (is_provisional),
-- for an analyst to confirm or map; `load` lists them. Their code is derived from the name's matching
-- key, so it is stable from load to load. Cells unknown to the registry are provisional cells of
-- their organization.
insert into core.dim_unit
select
    resolution.unit_code,
    min(resolution.unit_text) as unit_name,
    cast(null as string) as unit_type,
    cast(null as string) as parent_code,
    'grassroots' as tier,
    make_date(min(resolution.year), 1, 1) as valid_from,
    cast(null as date) as valid_to,
    true as is_provisional,
    cast(null as string) as source_file,
    cast(null as string) as source_sheet,
    cast(null as int) as source_row,
    cast(null as string) as load_id
from stg_unit_resolution as resolution
where resolution.is_provisional
    and resolution.unit_code in (
        select org_code from staging.member_rating
        union select unit_code from staging.org_rating
        union select unit_code from staging.leader_rating
        union select unit_code from staging.summary_report
        union select unit_code from staging.discipline
        union select unit_code from staging.shortcoming
        union select unit_code from staging.monthly_score
        union select unit_code from staging.task_result
        union select unit_code from staging.submission)
group by resolution.unit_code;

insert into core.dim_unit
select
    cell_code,
    min(cell_text) as unit_name,
    'cell' as unit_type,
    min(org_code) as parent_code,
    'cell' as tier,
    make_date(min(year), 1, 1) as valid_from,
    cast(null as date) as valid_to,
    true as is_provisional,
    cast(null as string) as source_file,
    cast(null as string) as source_sheet,
    cast(null as int) as source_row,
    cast(null as string) as load_id
from staging.member_rating
where cell_code is not null
    and cell_code not in (select unit_code from core.dim_unit)
group by cell_code;
