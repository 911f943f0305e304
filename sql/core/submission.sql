-- core.submission: when each unit finished its review and sent its report, from the rows that passed
-- every check.
delete from core.submission;

insert into core.submission
select
    year,
    unit_code,
    review_done_on,
    report_sent_on,
    source_file,
    source_sheet,
    source_row,
    load_id
from staging.submission;
