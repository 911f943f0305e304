-- filter_organizations: every grassroots organization (tổ chức cơ sở đảng) the registry knows, today's
-- or historic, with its latest registered name and type, for the organization select box.
-- Grain: one row per unit_code of tier 'grassroots'. is_current: its latest version has not ended.
with versions as (

    select
        unit_code,
        unit_name,
        unit_type,
        valid_to,
        is_provisional,
        row_number() over (partition by unit_code order by valid_from desc) as version_rank
    from core.dim_unit
    where tier = 'grassroots'

)

select
    unit_code,
    unit_name,
    unit_type,
    valid_to is null as is_current,
    coalesce(is_provisional, false) as is_provisional
from versions
where version_rank = 1
order by unit_name, unit_code
