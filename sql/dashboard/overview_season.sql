-- overview_season: the review season of one year, organization by organization: the grassroots
-- organizations registered on the year's review deadline (or that sent a submission that year), when
-- each finished its review and sent its report (mart.submission_timeliness), against the year's
-- deadlines (core.dim_rule_year). Late as of `today`: done after the deadline, or not done and today
-- past the deadline. Parameters: year; today; unit type or null; organization code or null.
-- Grain: one row per organization.
with parameters as (

    select
        cast(? as int) as year,
        cast(? as date) as today,
        cast(? as varchar) as unit_type,
        cast(? as varchar) as org_code

),

rules as (

    select rules.year, rules.review_deadline, rules.report_deadline
    from core.dim_rule_year as rules
    inner join parameters on parameters.year = rules.year

),

registered as (

    -- each organization's version on the review deadline (31/12 without a rule for the year)
    select units.unit_code, units.unit_name, units.unit_type
    from core.dim_unit as units
    cross join parameters
    left join rules on true
    where units.tier = 'grassroots'
        and not coalesce(units.is_provisional, false)
        and units.valid_from <= coalesce(rules.review_deadline, make_date(parameters.year, 12, 31))
        and (units.valid_to is null or units.valid_to >= coalesce(rules.review_deadline, make_date(parameters.year, 12, 31)))

),

submitted as (

    select timeliness.*
    from mart.submission_timeliness as timeliness
    inner join parameters on parameters.year = timeliness.year

),

latest_names as (

    select unit_code, unit_name, unit_type
    from (
        select unit_code, unit_name, unit_type, row_number() over (partition by unit_code order by valid_from desc) as version_rank
        from core.dim_unit
    ) as ranked
    where version_rank = 1

),

organizations as (

    select unit_code from registered
    union
    select unit_code from submitted

),

season as (

    select
        organizations.unit_code,
        coalesce(registered.unit_name, latest_names.unit_name, organizations.unit_code) as unit_name,
        coalesce(registered.unit_type, latest_names.unit_type, 'unknown') as unit_type,
        submitted.review_done_on,
        submitted.report_sent_on,
        rules.review_deadline,
        rules.report_deadline,
        submitted.review_days_late,
        submitted.report_days_late
    from organizations
    left join registered on registered.unit_code = organizations.unit_code
    left join latest_names on latest_names.unit_code = organizations.unit_code
    left join submitted on submitted.unit_code = organizations.unit_code
    left join rules on true

)

select
    season.*,
    season.review_done_on is not null as is_review_done,
    season.report_sent_on is not null as is_report_sent,
    coalesce(
        case
            when season.review_done_on is not null then season.review_done_on > season.review_deadline
            else parameters.today > season.review_deadline
        end, false) as is_review_late,
    coalesce(
        case
            when season.report_sent_on is not null then season.report_sent_on > season.report_deadline
            else parameters.today > season.report_deadline
        end, false) as is_report_late
from season
cross join parameters
where (parameters.unit_type is null or season.unit_type = parameters.unit_type)
    and (parameters.org_code is null or season.unit_code = parameters.org_code)
order by is_report_late desc, is_review_late desc, season.unit_name, season.unit_code
