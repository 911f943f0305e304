-- mart.leniency_index: one row per grassroots organization and year (unique, not null keys), counts
-- that make a share (0 < rated, 0 <= excellent <= rated), shares and q-values within 0..1, a q-value
-- exactly when there is a p-value and never below it (Benjamini-Hochberg only raises p-values), and a
-- row for every organization-year rated in core.member_rating whose unit has a type (relationship both
-- ways).
-- Passes when it returns no rows; each row is an offending key with the reason.
with keyed as (
    select
        year,
        org_code,
        count(*) over (partition by year, org_code) as count_rows,
        unit_type,
        count_rated,
        count_excellent,
        excellent_share,
        peer_organizations,
        peers_left_out,
        peer_share,
        p_value,
        q_value
    from mart.leniency_index
),

rated as (
    select distinct
        year,
        org_code
    from core.member_rating
    where status = 'rated'
        and final_level is not null
        and org_code is not null
),

problems as (
    select year, org_code, 'duplicate key' as reason from keyed where count_rows > 1
    union all
    select year, org_code, 'null key or unit type' from keyed
    where year is null or org_code is null or unit_type is null
    union all
    select year, org_code, 'counts do not make a share' from keyed
    where not (count_rated > 0 and count_excellent >= 0 and count_excellent <= count_rated)
    union all
    select year, org_code, 'share out of 0..1' from keyed
    where excellent_share < 0 or excellent_share > 1 or peer_share < 0 or peer_share > 1
    union all
    select year, org_code, 'peers left out exceed peers' from keyed
    where peers_left_out < 0 or peers_left_out > peer_organizations
    union all
    select year, org_code, 'p-value and q-value disagree' from keyed
    where (p_value is null) <> (q_value is null)
        or q_value < p_value - 1e-12
        or p_value < 0 or p_value > 1
        or q_value < 0 or q_value > 1
    union all
    select rated.year, rated.org_code, 'rated organization-year missing from mart.leniency_index'
    from rated
    left join mart.leniency_index as leniency
        on leniency.year = rated.year
        and leniency.org_code = rated.org_code
    -- a unit with no registered type (a provisional one) has no peer group, so no index (as the input)
    inner join core.dim_unit as unit
        on unit.unit_code = rated.org_code
        and unit.unit_type is not null
    where leniency.org_code is null
    union all
    select keyed.year, keyed.org_code, 'organization-year not rated in core.member_rating'
    from keyed
    left join rated
        on rated.year = keyed.year
        and rated.org_code = keyed.org_code
    where rated.org_code is null
)

select distinct year, org_code, reason
from problems
