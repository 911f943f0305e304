-- report/data_quality: what the loads of one year kept and rejected (meta.load_log, the files in force:
-- status 'loaded' or 'loaded_with_rejects'), with the rejected values by reason (meta.rejects of those
-- loads' files). For one unit, the files it or one of its cells sent.
-- Parameters: the year, a unit code or null for all files. Grain: one row per reject reason, plus one row
-- with reason_code null when no value was rejected; the file and row totals repeat on each row.
with parameters as (

    select cast(? as int) as year, cast(? as varchar) as unit_code

),

files as (

    select logs.load_id, logs.file, logs.rows_read, logs.rows_loaded, logs.rows_rejected
    from meta.load_log as logs
    inner join parameters on logs.year = parameters.year
    where logs.status in ('loaded', 'loaded_with_rejects')
        and (
            parameters.unit_code is null
            or logs.unit_code = parameters.unit_code
            or logs.unit_code in (
                select units.unit_code from core.dim_unit as units where units.parent_code = parameters.unit_code
            )
        )

),

totals as (

    select
        count(*) as count_files,
        coalesce(sum(rows_read), 0) as count_rows_read,
        coalesce(sum(rows_loaded), 0) as count_rows_loaded,
        coalesce(sum(rows_rejected), 0) as count_rows_rejected
    from files

),

reasons as (

    select rejects.reason_code, count(*) as count_rejects
    from meta.rejects as rejects
    inner join files on files.load_id = rejects.load_id and files.file = rejects.file
    group by rejects.reason_code

)

select
    totals.count_files,
    totals.count_rows_read,
    totals.count_rows_loaded,
    totals.count_rows_rejected,
    reasons.reason_code,
    coalesce(reasons.count_rejects, 0) as count_rejects
from totals
left join reasons on true
order by reasons.count_rejects desc nulls last, reasons.reason_code
