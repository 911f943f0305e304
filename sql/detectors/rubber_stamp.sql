-- rubber_stamp: for min_years (3) or more consecutive years, the competent committee's decision
-- equals the member's self-assessment for (nearly) every rated member of a grassroots organization
-- (agreement >= min_agreement among at least min_rated members), while its peers (same unit type and
-- year, pooled) change the self-assessment often (their agreement <= max_peer_agreement).
-- Agreement: the decided level equals the self-assessed level; from 2025, when the lists give scores
-- instead of a self-assessed level, the decided score equals the member's own score ("compared_on" in
-- the evidence says which).
-- Stated chance: were the organization's members to agree at the peers' rate, all of them would agree
-- in every year of the run with probability prod(peer_agreement ^ compared): the evidence gives it.
-- One finding per run, in its last year; score = -log10 of that probability.
delete from mart.findings where detector = 'rubber_stamp';

insert into mart.findings
with threshold as (
    select
        max(case when name = 'min_agreement' then value end) as min_agreement,
        max(case when name = 'min_rated' then value end) as min_rated,
        max(case when name = 'min_years' then value end) as min_years,
        max(case when name = 'max_peer_agreement' then value end) as max_peer_agreement
    from mart.detector_threshold
    where detector = 'rubber_stamp'
),

member as (
    select
        year,
        org_code,
        source_file,
        source_sheet,
        source_row,
        case when self_level is not null then 1 else 0 end as is_level_basis,
        case
            when self_level is not null then case when self_level = final_level then 1 else 0 end
            when self_score is not null and score is not null then case when self_score = score then 1 else 0 end
        end as is_agreeing
    from core.member_rating
    where status = 'rated'
        and final_level is not null
        and org_code is not null
),

organization_year as (
    select
        member.year,
        member.org_code,
        org_type.unit_type,
        count(*) as count_rated,
        count(member.is_agreeing) as count_compared,
        coalesce(sum(member.is_agreeing), 0) as count_agreeing,
        sum(case when member.is_agreeing is not null then member.is_level_basis else 0 end) as count_level_basis
    from member
    inner join mart.leniency_index as org_type
        on org_type.year = member.year
        and org_type.org_code = member.org_code
    group by member.year, member.org_code, org_type.unit_type
),

peer_group as (
    select
        year,
        unit_type,
        sum(count_compared) as count_compared,
        sum(count_agreeing) as count_agreeing
    from organization_year
    group by year, unit_type
),

scored as (
    select
        organization_year.*,
        case when organization_year.count_compared > 0
            then cast(organization_year.count_agreeing as double) / organization_year.count_compared
        end as agreement,
        case when peer_group.count_compared - organization_year.count_compared > 0
            then cast(peer_group.count_agreeing - organization_year.count_agreeing as double)
                / (peer_group.count_compared - organization_year.count_compared)
        end as peer_agreement
    from organization_year
    inner join peer_group
        on peer_group.year = organization_year.year
        and peer_group.unit_type = organization_year.unit_type
),

qualifying as (
    select
        scored.*,
        scored.year - row_number() over (partition by scored.org_code order by scored.year) as run_key
    from scored
    cross join threshold
    where scored.count_compared >= threshold.min_rated
        and scored.agreement >= threshold.min_agreement
        and scored.peer_agreement <= threshold.max_peer_agreement
),

run as (
    select
        org_code,
        run_key,
        min(year) as first_year,
        max(year) as last_year,
        count(*) as count_years,
        min(peer_agreement) as min_peer_agreement,
        sum(case when peer_agreement > 0 then count_compared * ln(peer_agreement) else 0 end) as log_chance,
        array_join(array_sort(array_agg(concat(
            '{"year":', cast(year as string),
            ',"rated":', cast(count_rated as string),
            ',"compared":', cast(count_compared as string),
            ',"agreeing":', cast(count_agreeing as string),
            ',"compared_on":', dg_jstr(case
                when count_level_basis = count_compared then 'level'
                when count_level_basis = 0 then 'score'
                else 'level_or_score'
            end),
            ',"agreement":', dg_jnum(agreement),
            ',"peer_agreement":', dg_jnum(peer_agreement), '}'))), ',') as years_json
    from qualifying
    group by org_code, run_key
),

flagged as (
    select
        run.*,
        case when run.min_peer_agreement > 0 then exp(run.log_chance) else 0 end as chance
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
    inner join member
        on member.org_code = flagged.org_code
        and member.year between flagged.first_year and flagged.last_year
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
    'rubber_stamp' as detector,
    flagged.last_year as year,
    flagged.org_code as unit_code,
    '' as subject_key,
    case when flagged.count_years > threshold.min_years then 'high' else 'medium' end as severity,
    case when flagged.chance > 0 then -log10(flagged.chance) else 99 end as score,
    concat(
        '{"first_year":', cast(flagged.first_year as string),
        ',"last_year":', cast(flagged.last_year as string),
        ',"count_years":', cast(flagged.count_years as string),
        ',"years":[', flagged.years_json, ']',
        ',"chance_under_peers":', cast(flagged.chance as string),
        ',"test":', dg_jstr('Xác suất để mọi đảng viên được quyết định đúng mức tự xếp loại trong cả chuỗi năm, nếu tổ chức này giữ nguyên tự xếp loại với tỷ lệ như các tổ chức cùng loại hình: tích các (tỷ lệ của tổ chức cùng loại) mũ (số đảng viên)'),
        ',"thresholds":{"min_agreement":', dg_jnum(threshold.min_agreement),
        ',"min_rated":', dg_jnum(threshold.min_rated),
        ',"min_years":', dg_jnum(threshold.min_years),
        ',"max_peer_agreement":', dg_jnum(threshold.max_peer_agreement), '}',
        ',"rule":', dg_jstr(concat(
            coalesce(rule.framework, ''),
            ': cấp ủy có thẩm quyền xem xét, quyết định xếp loại đảng viên trên cơ sở tự đánh giá, xếp loại của đảng viên và ý kiến của chi bộ. ',
            'Quyết định trùng với mức tự xếp loại của gần như mọi đảng viên ', cast(flagged.count_years as string),
            ' năm liền, trong khi các tổ chức cùng loại hình thường điều chỉnh, cho thấy việc xem xét có thể chỉ là hình thức.')),
        ',"sources":[', coalesce(sources.sources_json, ''), ']}') as evidence
from flagged
cross join threshold
left join core.dim_rule_year as rule
    on rule.year = flagged.last_year
left join sources
    on sources.org_code = flagged.org_code
    and sources.last_year = flagged.last_year
