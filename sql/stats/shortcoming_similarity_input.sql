-- Input of java:shortcoming_similarity: each distinct pair of folded descriptions (earlier, later)
-- among the candidate pairs of mart.shortcoming_pair.
-- Columns: earlier_description_key, description_key.
select distinct
    earlier_description_key,
    description_key
from mart.shortcoming_pair
where earlier_description_key is not null
    and description_key is not null
order by earlier_description_key, description_key
