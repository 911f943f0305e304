-- finding_rule: the text of the year's rule a detector applies (core.dim_rule_year.rule_*), for a
-- finding whose evidence does not quote it. Parameters: year; detector. Grain: one row, none when the
-- year has no rule set.
with parameters as (

    select
        cast(? as int) as year,
        cast(? as varchar) as detector

)

select
    case parameters.detector
        when 'excellent_quota' then rules.rule_quota
        when 'leniency_outlier' then rules.rule_quota
        when 'disciplined_not_downgraded' then rules.rule_discipline
        when 'org_excellent_blocked' then rules.rule_org_excellent
        when 'score_band_mismatch' then rules.rule_score_band
        when 'excellent_unremedied' then rules.rule_remedied
        when 'recurring_shortcoming' then rules.rule_remedied
        when 'rating_outcome_mismatch' then rules.rule_results
        when 'inflation_trend' then rules.rule_results
        when 'monthly_annual_mismatch' then rules.rule_monthly
        when 'late_review' then rules.rule_review_deadline
        when 'late_report' then rules.rule_report_deadline
        when 'summary_detail_mismatch' then rules.rule_summary_form
        else rules.framework
    end as rule_text
from core.dim_rule_year as rules
inner join parameters on parameters.year = rules.year
