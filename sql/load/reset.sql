-- Start of the load pipeline: everything below raw is rebuilt from raw. The reader's row issues
-- (Java) are the first rejects; the staging models add theirs. Provisional units are recomputed.
delete from meta.rejects;

insert into meta.rejects
select load_id, file, sheet, row, column_name, value, reason_code, message
from meta.read_issue;

delete from core.dim_unit where is_provisional;

-- the staging models' failed checks, one row per check; load/rejects turns them into meta.rejects
create or replace table staging.reject (
    kind string,
    load_id string,
    source_file string,
    source_sheet string,
    source_row int,
    column_name string,
    value string,
    reason_code string
);

-- each row that failed a check, once: a staging model keeps its checked rows that are not here. Joined
-- explicitly, it is the small side of a hash join; a correlated NOT EXISTS made DuckDB hash every checked
-- row instead (a country's 46 million member rows, spilled to disk)
create or replace temporary view stg_rejected_row as
select distinct kind, load_id, source_file, coalesce(source_sheet, '') as sheet_key, source_row
from staging.reject;

delete from staging.member_rating;
delete from staging.org_rating;
delete from staging.leader_rating;
delete from staging.summary_report;
delete from staging.discipline;
delete from staging.shortcoming;
delete from staging.monthly_score;
delete from staging.task_result;
delete from staging.submission;
delete from staging.unit_registry;
