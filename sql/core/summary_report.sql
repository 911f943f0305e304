-- core.summary_report: the counts each unit reported about its members, from the summary forms that
-- passed every check.
delete from core.summary_report;

insert into core.summary_report
select
    year,
    unit_code,
    total_members,
    rated,
    exempt,
    not_rated,
    count_htxsnv,
    count_httnv,
    count_htnv,
    count_khtnv,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.summary_report;
