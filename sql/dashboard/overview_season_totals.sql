-- overview_season_totals: the review season's totals of one year (mart.submission_timeliness_by_year).
-- Parameter: year. Grain: one row, none when the year has no submission and no organization rating.
select *
from mart.submission_timeliness_by_year
where year = cast(? as int)
