-- rating_outcome_mismatch: an organization whose rating does not follow its results
-- (core.org_rating against core.task_result):
--   rated HTTNV or above with under min_targets_met_share of its targets met, or
--   rated HTXSNV with a met share (targets_met / targets_total) at or below the peer_quantile of its
--   peers: the organizations of the same unit type rated that year, itself included, when there are
--   at least min_peers (linear interpolation between ranks, as percentile_cont).
-- Thresholds: sql/detectors/thresholds.yaml, section rating_outcome_mismatch.
-- score: how far the met share is below the threshold it failed (the larger of the two);
-- severity high when under half of the targets are met, else medium.
delete from mart.findings where detector = 'rating_outcome_mismatch';

insert into mart.findings
with settings as (

    select
        (select value from mart.detector_threshold
         where detector = 'rating_outcome_mismatch' and name = 'min_targets_met_share') as min_share,
        (select value from mart.detector_threshold
         where detector = 'rating_outcome_mismatch' and name = 'peer_quantile') as quantile,
        (select value from mart.detector_threshold
         where detector = 'rating_outcome_mismatch' and name = 'min_peers') as min_peers

),

rated as (

    select
        ratings.year,
        ratings.unit_code,
        ratings.final_level,
        units.unit_type,
        results.targets_total,
        results.targets_met,
        cast(results.targets_met as double) / results.targets_total as met_share,
        ratings.source_file as rating_file,
        ratings.source_sheet as rating_sheet,
        ratings.source_row as rating_row,
        results.source_file as result_file,
        results.source_sheet as result_sheet,
        results.source_row as result_row
    from core.org_rating as ratings
    inner join core.task_result as results
        on results.year = ratings.year and results.unit_code = ratings.unit_code
    left join core.dim_unit as units
        on units.unit_code = ratings.unit_code
        and units.valid_from <= make_date(ratings.year, 12, 1)
        and (units.valid_to is null or units.valid_to > make_date(ratings.year, 12, 1))
    where ratings.final_level is not null and results.targets_total > 0

),

peer_ranks as (

    select
        year,
        unit_type,
        met_share,
        row_number() over (partition by year, unit_type order by met_share) - 1 as share_rank,
        count(*) over (partition by year, unit_type) as peers
    from rated
    where unit_type is not null

),

positions as (

    select peer_ranks.*, settings.quantile * (peers - 1) as position
    from peer_ranks
    cross join settings

),

quartiles as (

    select
        year,
        unit_type,
        max(peers) as peers,
        max(case when share_rank = floor(position) then met_share end)
        + (max(position) - max(floor(position)))
            * (max(case when share_rank = least(floor(position) + 1, peers - 1) then met_share end)
               - max(case when share_rank = floor(position) then met_share end)) as peer_quantile_share
    from positions
    group by year, unit_type

),

checked as (

    select
        rated.*,
        quartiles.peers,
        case when quartiles.peers >= settings.min_peers then quartiles.peer_quantile_share end as peer_share,
        settings.min_share,
        settings.quantile
    from rated
    cross join settings
    left join quartiles on quartiles.year = rated.year and quartiles.unit_type = rated.unit_type

),

breaches as (

    select
        checked.*,
        final_level in ('HTXSNV', 'HTTNV') and met_share < min_share as under_half,
        final_level = 'HTXSNV' and peer_share is not null and met_share <= peer_share as bottom_of_peers
    from checked

)

select
    'rating_outcome_mismatch' as detector,
    breaches.year,
    breaches.unit_code,
    '' as subject_key,
    case when breaches.under_half then 'high' else 'medium' end as severity,
    cast(greatest(
        case when breaches.under_half then breaches.min_share - breaches.met_share else 0 end,
        case when breaches.bottom_of_peers then breaches.peer_share - breaches.met_share else 0 end) as double)
        as score,
    concat(
        '{"final_level":', dg_jstr(breaches.final_level),
        ',"targets_total":', dg_jnum(breaches.targets_total),
        ',"targets_met":', dg_jnum(breaches.targets_met),
        ',"met_share":', dg_jnum(breaches.met_share),
        ',"min_met_share":', dg_jnum(breaches.min_share),
        ',"unit_type":', dg_jstr(breaches.unit_type),
        ',"peers":', dg_jnum(breaches.peers),
        ',"peer_quantile":', dg_jnum(breaches.quantile),
        ',"peer_quantile_share":', dg_jnum(breaches.peer_share),
        ',"under_min_met_share":', case when breaches.under_half then 'true' else 'false' end,
        ',"bottom_of_peers":', case when breaches.bottom_of_peers then 'true' else 'false' end,
        ',"rule":', dg_jstr(rules.rule_results),
        ',"sources":[',
        concat(
            '{"file":', dg_jstr(breaches.rating_file), ',"sheet":', dg_jstr(breaches.rating_sheet),
            ',"row":', coalesce(lpad(cast(breaches.rating_row as string), 7, ' '), 'null'), '}'),
        ',',
        concat(
            '{"file":', dg_jstr(breaches.result_file), ',"sheet":', dg_jstr(breaches.result_sheet),
            ',"row":', coalesce(lpad(cast(breaches.result_row as string), 7, ' '), 'null'), '}'),
        ']}') as evidence
from breaches
inner join core.dim_rule_year as rules on rules.year = breaches.year
where breaches.under_half or breaches.bottom_of_peers;
