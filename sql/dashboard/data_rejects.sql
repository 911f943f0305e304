-- data_rejects: rejected values (meta.rejects) grouped by file and reason, the files with most rejects
-- first, each group with its first rows (by sheet and row) so an analyst can open the file there.
-- Parameter: the most rows to show per group. Grain: one row per (file, reason_code, shown reject);
-- count_rejects and the group's totals repeat on each of its rows.
with parameters as (

    select cast(? as int) as rows_per_group

),

numbered as (

    select
        rejects.*,
        count(*) over (partition by rejects.file, rejects.reason_code) as count_rejects,
        count(*) over (partition by rejects.file) as count_file_rejects,
        row_number() over (
            partition by rejects.file, rejects.reason_code
            order by rejects.sheet nulls first, rejects.row nulls first, rejects.column_name) as row_rank
    from meta.rejects as rejects

)

select
    numbered.file,
    numbered.reason_code,
    numbered.count_rejects,
    numbered.count_file_rejects,
    numbered.sheet,
    numbered.row,
    numbered.column_name,
    numbered.value,
    numbered.message
from numbered
cross join parameters
where numbered.row_rank <= parameters.rows_per_group
order by numbered.count_file_rejects desc, numbered.file, numbered.count_rejects desc, numbered.reason_code,
    numbered.row_rank
