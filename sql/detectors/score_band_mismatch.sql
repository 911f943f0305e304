-- score_band_mismatch: in years scored on 100 points (core.dim_rule_year.band_*_min, 2025 on), a
-- member, leader or organization whose final level is not the band of its score: members by
-- core.member_rating.score (the committee's score, else the cell's), leaders by core.leader_rating,
-- organizations by core.org_rating. A person rated both as a member and as a leader of the same
-- organization is one finding with both ratings in the evidence.
-- score: points between the score and the band of the decided level (excellent at 86.5: 3.5 under
-- 90; not completed at 75: 25 over 50);
-- severity high when the decided level is two or more levels from the band, else medium.
delete from mart.findings where detector = 'score_band_mismatch';

insert into mart.findings
with level_ranks as (

    select 'HTXSNV' as level, 4 as level_rank union all
    select 'HTTNV', 3 union all
    select 'HTNV', 2 union all
    select 'KHTNV', 1

),

scored as (

    select 'member' as kind, year, org_code as unit_code, person_key as subject_key, final_level, score,
        source_file, source_sheet, source_row
    from core.member_rating
    where status = 'rated' and person_key is not null
    union all
    select 'leader', year, unit_code, person_key, final_level, score, source_file, source_sheet, source_row
    from core.leader_rating
    where person_key is not null
    union all
    select 'organization', year, unit_code, '', final_level, score, source_file, source_sheet, source_row
    from core.org_rating

),

banded as (

    select
        scored.*,
        rules.rule_score_band,
        case
            when scored.score >= rules.band_excellent_min then 'HTXSNV'
            when scored.score >= rules.band_good_min then 'HTTNV'
            when scored.score >= rules.band_completed_min then 'HTNV'
            else 'KHTNV'
        end as band_level,
        rules.band_excellent_min,
        rules.band_good_min,
        rules.band_completed_min
    from scored
    inner join core.dim_rule_year as rules on rules.year = scored.year
    where rules.band_excellent_min is not null and scored.score is not null and scored.final_level is not null

),

mismatches as (

    select
        banded.*,
        final_rank.level_rank - band_rank.level_rank as level_gap,
        case
            -- decided above its band: points missing to the decided level's lower bound
            when final_rank.level_rank > band_rank.level_rank then
                case banded.final_level
                    when 'HTXSNV' then banded.band_excellent_min
                    when 'HTTNV' then banded.band_good_min
                    else banded.band_completed_min
                end - banded.score
            -- decided below its band: points at or above the top of the decided level's band (the lower
            -- bound of the level above it)
            else banded.score - case banded.final_level
                    when 'HTTNV' then banded.band_excellent_min
                    when 'HTNV' then banded.band_good_min
                    else banded.band_completed_min
                end
        end as distance
    from banded
    inner join level_ranks as final_rank on final_rank.level = banded.final_level
    inner join level_ranks as band_rank on band_rank.level = banded.band_level
    where banded.final_level <> banded.band_level

),

ranked as (

    select
        mismatches.*,
        concat(
            '{"kind":', dg_jstr(kind), ',"score":', dg_jnum(score), ',"final_level":', dg_jstr(final_level),
            ',"band_level":', dg_jstr(band_level), '}') as rating,
        concat(
            '{"file":', dg_jstr(source_file), ',"sheet":', dg_jstr(source_sheet),
            ',"row":', coalesce(lpad(cast(source_row as string), 7, ' '), 'null'), '}') as source,
        row_number() over (
            partition by year, unit_code, subject_key order by source_file, source_sheet, source_row) as source_rank
    from mismatches

),

sources as (

    select year, unit_code, subject_key, array_join(array_sort(array_agg(source)), ',') as sources
    from ranked
    where source_rank <= 20
    group by year, unit_code, subject_key

),

grouped as (

    select
        year,
        unit_code,
        subject_key,
        max(abs(level_gap)) as level_gap,
        max(distance) as distance,
        array_join(array_sort(array_agg(rating)), ',') as ratings,
        max(rule_score_band) as rule_score_band
    from ranked
    group by year, unit_code, subject_key

)

select
    'score_band_mismatch' as detector,
    grouped.year,
    grouped.unit_code,
    grouped.subject_key,
    case when grouped.level_gap >= 2 then 'high' else 'medium' end as severity,
    cast(grouped.distance as double) as score,
    concat(
        '{"ratings":[', grouped.ratings, ']',
        ',"rule":', dg_jstr(grouped.rule_score_band),
        ',"sources":[', coalesce(sources.sources, ''), ']}') as evidence
from grouped
left join sources
    on sources.year = grouped.year and sources.unit_code = grouped.unit_code
    and sources.subject_key = grouped.subject_key;
