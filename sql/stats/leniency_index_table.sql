-- mart.leniency_index: how lenient each grassroots organization's member ratings are next to its peers
-- (the other grassroots organizations of the same unit type in the same year), written by
-- java:leniency_index (vn.danhgia.analytics.stats.LeniencyIndex).
--   year                 rating year
--   org_code             the grassroots organization
--   unit_type            its unit type that year: the peer group
--   count_rated          members rated
--   count_excellent      members rated excellent (HTXSNV)
--   excellent_share      count_excellent / count_rated
--   peer_organizations   other organizations of the same type and year
--   peers_left_out       of those, the ones left out of the peer share as outliers themselves (a first
--                        pass of the same test), so that two lenient organizations do not hide each other
--   peer_rated           members rated in the peers kept
--   peer_excellent       members rated excellent in them
--   peer_share           peer_excellent / peer_rated (pooled); null without peers
--   effect               excellent_share - peer_share
--   p_value              exact one-sided binomial P(X >= count_excellent), X ~ Bin(count_rated, peer_share);
--                        null when fewer peers than leniency_outlier.min_peers
--   q_value              Benjamini-Hochberg q-value of p_value across all tested organization-years
create or replace table mart.leniency_index (
    year int,
    org_code string,
    unit_type string,
    count_rated int,
    count_excellent int,
    excellent_share double,
    peer_organizations int,
    peers_left_out int,
    peer_rated int,
    peer_excellent int,
    peer_share double,
    effect double,
    p_value double,
    q_value double
)
