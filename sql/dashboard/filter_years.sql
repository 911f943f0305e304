-- filter_years: the rating years loaded in the warehouse, newest first, for the year select boxes.
-- Grain: one row per year that has any member, organization or leader rating, or a submission.
with loaded as (

    select year from core.member_rating
    union
    select year from core.org_rating
    union
    select year from core.leader_rating
    union
    select year from core.submission

)

select distinct year
from loaded
where year is not null
order by year desc
