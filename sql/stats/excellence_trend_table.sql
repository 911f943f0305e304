-- mart.excellence_trend: runs of rising excellent shares, written by java:excellence_trend
-- (vn.danhgia.analytics.stats.ExcellenceTrend). One row per grassroots organization and year that ends
-- a run of two or more consecutive years in which the excellent share rose every year by at least
-- inflation_trend.min_yearly_rise.
--   org_code           the grassroots organization
--   year               the run's last year
--   first_year         the run's first year
--   count_years        years in the run
--   min_rise           the smallest yearly rise of the share in the run
--   first_share        excellent share in first_year
--   last_share         excellent share in year
--   slope              Cochran-Armitage (weighted least-squares) slope of the share per year
--   slope_se           its standard error under no trend
--   slope_lower        one-sided lower confidence bound of the slope (inflation_trend.confidence)
--   z_value            slope / slope_se
--   p_value            one-sided p-value of a rise, P(Z >= z_value)
--   task_slope         the same slope for targets met / targets set over the run; null when a year lacks task results
--   task_z_value       its z
--   task_p_value       its one-sided p-value of an improvement
create or replace table mart.excellence_trend (
    org_code string,
    year int,
    first_year int,
    count_years int,
    min_rise double,
    first_share double,
    last_share double,
    slope double,
    slope_se double,
    slope_lower double,
    z_value double,
    p_value double,
    task_slope double,
    task_z_value double,
    task_p_value double
)
