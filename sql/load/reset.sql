-- Start of the load pipeline: everything below raw is rebuilt from raw. The reader's row issues
-- (Java) are the first rejects; the staging models add theirs. Provisional units are recomputed.
delete from meta.rejects;

insert into meta.rejects
select load_id, file, sheet, row, column_name, value, reason_code, message
from meta.read_issue;

delete from core.dim_unit where is_provisional;

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
