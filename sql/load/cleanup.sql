-- End of the load pipeline: the per-kind check tables (every raw row with its typed values and the
-- result of each check) were materialized so that the rejects and staging inserts read them once;
-- they are rebuilt at every load and need not be kept in the published warehouse (nor the
-- per-file units and per-cell names that member_rating resolves once each).
drop table if exists staging.member_rating_unit;
drop table if exists staging.member_rating_cell;
drop table if exists staging.member_rating_checked;
drop table if exists staging.org_rating_checked;
drop table if exists staging.leader_rating_checked;
drop table if exists staging.summary_report_checked;
drop table if exists staging.discipline_checked;
drop table if exists staging.shortcoming_checked;
drop table if exists staging.monthly_score_checked;
drop table if exists staging.task_result_checked;
drop table if exists staging.submission_checked;
drop table if exists staging.unit_registry_checked;
drop table if exists staging.reject;
drop table if exists staging.unit_resolution;
