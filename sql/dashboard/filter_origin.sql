-- filter_origin: where the data comes from, for the line every page shows: whether it is simulated
-- (meta.pseudonym_key.is_demo), when the last file was loaded (UTC) and how many files are loaded.
-- Grain: one row.
with pseudonyms as (

    select coalesce(bool_or(is_demo), false) as is_simulated
    from meta.pseudonym_key

),

loads as (

    select
        max(coalesce(finished_at, started_at)) as latest_load_at,
        count(distinct file) as count_files
    from meta.load_log
    where status in ('loaded', 'loaded_with_rejects')

)

select
    pseudonyms.is_simulated,
    loads.latest_load_at,
    loads.count_files
from pseudonyms
cross join loads
