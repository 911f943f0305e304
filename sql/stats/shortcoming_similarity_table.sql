-- mart.shortcoming_similarity: how alike two folded shortcoming descriptions are, written by
-- java:shortcoming_similarity (vn.danhgia.analytics.stats.TextSimilarity): the Jaccard index of their
-- character trigrams (shared / all), 0..1.
--   earlier_description_key   the earlier description, folded (dg_fold)
--   description_key           the later description, folded
--   similarity                trigram Jaccard similarity
create or replace table mart.shortcoming_similarity (
    earlier_description_key string,
    description_key string,
    similarity double
)
