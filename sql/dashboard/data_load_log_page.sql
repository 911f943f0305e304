-- data_load_log_page: one page of the load log (meta.load_log) for the analysts' data page, newest
-- first: each file of each load with its status, counts and message. Times are UTC as stored.
-- Parameters: the rows to skip; the most rows to return. Grain: one row per (load_id, file).
with parameters as (

    select
        cast(? as bigint) as row_offset,
        cast(? as int) as row_limit

)

select
    load_log.load_id,
    load_log.file,
    load_log.kind,
    load_log.year,
    load_log.unit_code,
    load_log.unit_text,
    load_log.status,
    load_log.rows_read,
    load_log.rows_loaded,
    load_log.rows_rejected,
    load_log.message,
    load_log.started_at,
    load_log.finished_at,
    load_log.superseded_by
from meta.load_log as load_log
order by load_log.started_at desc nulls last, load_log.load_id desc, load_log.file
limit (select row_limit from parameters)
offset (select row_offset from parameters)
