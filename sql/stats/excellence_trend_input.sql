-- Input of java:excellence_trend (vn.danhgia.analytics.stats.ExcellenceTrendStep): per grassroots
-- organization and year, members rated and rated excellent (HTXSNV).
-- Columns: org_code, year, count_rated, count_excellent.
select
    org_code,
    year,
    count(*) as count_rated,
    sum(case when final_level = 'HTXSNV' then 1 else 0 end) as count_excellent
from core.member_rating
where status = 'rated'
    and final_level is not null
    and org_code is not null
group by org_code, year
order by org_code, year
