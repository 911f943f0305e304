-- rating_compression: a grassroots organization whose members' levels are (nearly) all the same for
-- min_years (3) or more consecutive years, while its peers vary. Measure: the normalized entropy of
-- the four levels among rated members, H = -sum(p ln p) / ln 4 (0: everyone at one level, 1: an even
-- spread); a year counts when H <= max_entropy among at least min_rated members and the peers' mean H
-- (same unit type and year, the organization left out) is at least min_peer_entropy.
-- Stated chance: were the members rated like the peers' pooled level shares p_l, all n of them would
-- share one level with probability sum_l p_l ^ n each year; the evidence gives the product over the run.
-- One finding per run, in its last year; score = -log10 of that probability.
delete from mart.findings where detector = 'rating_compression';

insert into mart.findings
with threshold as (
    select
        max(case when name = 'max_entropy' then value end) as max_entropy,
        max(case when name = 'min_rated' then value end) as min_rated,
        max(case when name = 'min_years' then value end) as min_years,
        max(case when name = 'min_peer_entropy' then value end) as min_peer_entropy
    from mart.detector_threshold
    where detector = 'rating_compression'
),

level_count as (
    select
        member.year,
        member.org_code,
        org_type.unit_type,
        member.final_level,
        count(*) as count_members
    from core.member_rating as member
    inner join mart.leniency_index as org_type
        on org_type.year = member.year
        and org_type.org_code = member.org_code
    where member.status = 'rated'
        and member.final_level is not null
    group by member.year, member.org_code, org_type.unit_type, member.final_level
),

organization_year as (
    select
        level_count.year,
        level_count.org_code,
        level_count.unit_type,
        sum(level_count.count_members) as count_rated,
        sum(case when level_count.final_level = 'HTXSNV' then level_count.count_members else 0 end) as count_excellent,
        sum(case when level_count.final_level = 'HTTNV' then level_count.count_members else 0 end) as count_good,
        sum(case when level_count.final_level = 'HTNV' then level_count.count_members else 0 end) as count_completed,
        sum(case when level_count.final_level = 'KHTNV' then level_count.count_members else 0 end) as count_not_completed
    from level_count
    group by level_count.year, level_count.org_code, level_count.unit_type
),

entropy as (
    select
        organization_year.*,
        greatest(0.0, -(
            case when count_excellent > 0 then count_excellent * ln(cast(count_excellent as double) / count_rated) else 0 end
            + case when count_good > 0 then count_good * ln(cast(count_good as double) / count_rated) else 0 end
            + case when count_completed > 0 then count_completed * ln(cast(count_completed as double) / count_rated) else 0 end
            + case when count_not_completed > 0 then count_not_completed * ln(cast(count_not_completed as double) / count_rated) else 0 end
        ) / count_rated / ln(4.0)) as normalized_entropy
    from organization_year
),

peer_group as (
    select
        year,
        unit_type,
        count(*) as count_organizations,
        sum(normalized_entropy) as sum_entropy,
        sum(count_rated) as count_rated,
        sum(count_excellent) as count_excellent,
        sum(count_good) as count_good,
        sum(count_completed) as count_completed,
        sum(count_not_completed) as count_not_completed
    from entropy
    group by year, unit_type
),

scored as (
    select
        entropy.*,
        case when peer_group.count_organizations > 1
            then (peer_group.sum_entropy - entropy.normalized_entropy) / (peer_group.count_organizations - 1)
        end as peer_entropy,
        peer_group.count_rated - entropy.count_rated as peer_rated,
        peer_group.count_excellent - entropy.count_excellent as peer_excellent,
        peer_group.count_good - entropy.count_good as peer_good,
        peer_group.count_completed - entropy.count_completed as peer_completed,
        peer_group.count_not_completed - entropy.count_not_completed as peer_not_completed
    from entropy
    inner join peer_group
        on peer_group.year = entropy.year
        and peer_group.unit_type = entropy.unit_type
),

qualifying as (
    select
        scored.*,
        case when scored.peer_rated > 0 then
            exp(scored.count_rated * ln(greatest(cast(scored.peer_excellent as double) / scored.peer_rated, 1e-300)))
            + exp(scored.count_rated * ln(greatest(cast(scored.peer_good as double) / scored.peer_rated, 1e-300)))
            + exp(scored.count_rated * ln(greatest(cast(scored.peer_completed as double) / scored.peer_rated, 1e-300)))
            + exp(scored.count_rated * ln(greatest(cast(scored.peer_not_completed as double) / scored.peer_rated, 1e-300)))
        end as chance,
        scored.year - row_number() over (partition by scored.org_code order by scored.year) as run_key
    from scored
    cross join threshold
    where scored.count_rated >= threshold.min_rated
        and scored.normalized_entropy <= threshold.max_entropy
        and scored.peer_entropy >= threshold.min_peer_entropy
),

run as (
    select
        org_code,
        run_key,
        min(year) as first_year,
        max(year) as last_year,
        count(*) as count_years,
        sum(ln(greatest(chance, 1e-300))) as log_chance,
        array_join(array_sort(array_agg(concat(
            '{"year":', cast(year as string),
            ',"rated":', cast(count_rated as string),
            ',"excellent":', cast(count_excellent as string),
            ',"good":', cast(count_good as string),
            ',"completed":', cast(count_completed as string),
            ',"not_completed":', cast(count_not_completed as string),
            ',"entropy":', dg_jnum(normalized_entropy),
            ',"peer_entropy":', dg_jnum(peer_entropy),
            ',"chance_under_peers":', cast(chance as string), '}'))), ',') as years_json
    from qualifying
    group by org_code, run_key
),

flagged as (
    select run.*
    from run
    cross join threshold
    where run.count_years >= threshold.min_years
),

source as (
    select
        flagged.org_code,
        flagged.last_year,
        concat(
            '{"file":', dg_jstr(member.source_file),
            ',"sheet":', dg_jstr(member.source_sheet),
            ',"row":', coalesce(lpad(cast(member.source_row as string), 7, ' '), 'null'), '}') as piece,
        row_number() over (
            partition by flagged.org_code, flagged.last_year
            order by member.year desc, member.source_file, member.source_sheet, member.source_row
        ) as position
    from flagged
    inner join core.member_rating as member
        on member.org_code = flagged.org_code
        and member.year between flagged.first_year and flagged.last_year
        and member.status = 'rated'
),

sources as (
    select
        org_code,
        last_year,
        array_join(array_sort(array_agg(piece)), ',') as sources_json
    from source
    where position <= 20
    group by org_code, last_year
)

select
    'rating_compression' as detector,
    flagged.last_year as year,
    flagged.org_code as unit_code,
    '' as subject_key,
    case when flagged.count_years > threshold.min_years then 'high' else 'medium' end as severity,
    -flagged.log_chance / ln(10.0) as score,
    concat(
        '{"first_year":', cast(flagged.first_year as string),
        ',"last_year":', cast(flagged.last_year as string),
        ',"count_years":', cast(flagged.count_years as string),
        ',"years":[', flagged.years_json, ']',
        ',"chance_under_peers":', cast(exp(flagged.log_chance) as string),
        ',"test":', dg_jstr('Entropy chuẩn hóa của bốn mức xếp loại (0: mọi đảng viên cùng một mức); xác suất để mọi đảng viên cùng một mức nếu được xếp loại theo tỷ lệ các mức của các tổ chức cùng loại hình: tổng các (tỷ lệ mức) mũ (số đảng viên), nhân qua các năm'),
        ',"thresholds":{"max_entropy":', dg_jnum(threshold.max_entropy),
        ',"min_rated":', dg_jnum(threshold.min_rated),
        ',"min_years":', dg_jnum(threshold.min_years),
        ',"min_peer_entropy":', dg_jnum(threshold.min_peer_entropy), '}',
        ',"rule":', dg_jstr(concat(
            coalesce(rule.framework, ''),
            ': đánh giá, xếp loại phải phản ánh đúng mức độ hoàn thành nhiệm vụ của từng đảng viên, khách quan, thực chất, không bình quân, nể nang. ',
            'Mọi đảng viên của tổ chức cùng một mức ', cast(flagged.count_years as string),
            ' năm liền, trong khi các tổ chức cùng loại hình có phân hóa các mức.')),
        ',"sources":[', coalesce(sources.sources_json, ''), ']}') as evidence
from flagged
cross join threshold
left join core.dim_rule_year as rule
    on rule.year = flagged.last_year
left join sources
    on sources.org_code = flagged.org_code
    and sources.last_year = flagged.last_year
