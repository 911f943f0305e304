-- filter_detectors: the detectors that flagged anything (mart.findings), with their number of findings.
-- Grain: one row per detector.
select
    detector,
    count(*) as count_findings
from mart.findings
group by detector
order by detector
