-- overview_rule_year: the rule set of one year (core.dim_rule_year) as the overview shows it: the
-- excellent quota and its scope, and the review and report deadlines. Parameter: year. Grain: one row.
select
    year,
    framework,
    excellent_quota_ratio,
    quota_scope,
    is_quota_confirmed,
    review_deadline,
    report_deadline,
    rule_quota
from core.dim_rule_year
where year = cast(? as int)
