-- leniency_outlier: an organization-year whose share of members rated excellent (HTXSNV) is
-- significantly above its peers' (the other grassroots organizations of the same unit type that year,
-- pooled): exact one-sided binomial test against the peer share, Benjamini-Hochberg q-value across all
-- organization-years tested at most max_q_value, and an effect (share minus peer share) of at least
-- min_effect. The statistics are in mart.leniency_index (java:leniency_index).
-- score = effect - min_effect (how far past the minimum effect).
delete from mart.findings where detector = 'leniency_outlier';

insert into mart.findings
with threshold as (
    select
        max(case when name = 'max_q_value' then value end) as max_q_value,
        max(case when name = 'min_effect' then value end) as min_effect,
        max(case when name = 'min_peers' then value end) as min_peers
    from mart.detector_threshold
    where detector = 'leniency_outlier'
),

flagged as (
    select leniency.*
    from mart.leniency_index as leniency
    cross join threshold
    where leniency.q_value <= threshold.max_q_value
        and leniency.effect >= threshold.min_effect
        and leniency.peer_organizations - leniency.peers_left_out >= threshold.min_peers
),

source as (
    select
        flagged.year,
        flagged.org_code,
        concat(
            '{"file":', dg_jstr(member.source_file),
            ',"sheet":', dg_jstr(member.source_sheet),
            ',"row":', coalesce(lpad(cast(member.source_row as string), 7, ' '), 'null'), '}') as piece,
        row_number() over (
            partition by flagged.year, flagged.org_code
            order by member.source_file, member.source_sheet, member.source_row
        ) as position
    from flagged
    inner join core.member_rating as member
        on member.year = flagged.year
        and member.org_code = flagged.org_code
        and member.status = 'rated'
        and member.final_level = 'HTXSNV'
),

sources as (
    select
        year,
        org_code,
        array_join(array_sort(array_agg(piece)), ',') as sources_json
    from source
    where position <= 20
    group by year, org_code
)

select
    'leniency_outlier' as detector,
    flagged.year,
    flagged.org_code as unit_code,
    '' as subject_key,
    case when flagged.effect >= 2 * threshold.min_effect then 'high' else 'medium' end as severity,
    flagged.effect - threshold.min_effect as score,
    concat(
        '{"unit_type":', dg_jstr(flagged.unit_type),
        ',"rated":', cast(flagged.count_rated as string),
        ',"excellent":', cast(flagged.count_excellent as string),
        ',"excellent_share":', dg_jnum(flagged.excellent_share),
        ',"peer_organizations":', cast(flagged.peer_organizations as string),
        ',"peers_left_out_as_outliers":', cast(flagged.peers_left_out as string),
        ',"peer_rated":', cast(flagged.peer_rated as string),
        ',"peer_excellent":', cast(flagged.peer_excellent as string),
        ',"peer_share":', dg_jnum(flagged.peer_share),
        ',"effect":', dg_jnum(flagged.effect),
        ',"p_value":', coalesce(cast(flagged.p_value as string), 'null'),
        ',"q_value":', coalesce(cast(flagged.q_value as string), 'null'),
        ',"test":', dg_jstr('Kiểm định nhị thức chính xác một phía: P(X ≥ số HTXSNV), X ~ Nhị thức(số đảng viên được xếp loại, tỷ lệ HTXSNV chung của các tổ chức cơ sở đảng cùng loại hình, cùng năm, không tính tổ chức này và các tổ chức bất thường khác); hiệu chỉnh Benjamini–Hochberg (FDR) trên mọi tổ chức được kiểm định'),
        ',"thresholds":{"max_q_value":', dg_jnum(threshold.max_q_value),
        ',"min_effect":', dg_jnum(threshold.min_effect),
        ',"min_peers":', dg_jnum(threshold.min_peers), '}',
        ',"rule":', dg_jstr(concat(
            coalesce(rule.framework, ''),
            ': số đảng viên xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá ',
            coalesce(cast(cast(round(rule.excellent_quota_ratio * 100) as int) as string), '20'),
            '% số đảng viên xếp loại "Hoàn thành tốt nhiệm vụ"; việc xếp loại phải khách quan, thực chất. ',
            'Tỷ lệ xuất sắc của tổ chức cao hơn hẳn các tổ chức cùng loại hình trong năm, vượt mức chênh lệch có thể do ngẫu nhiên.')),
        ',"sources":[', coalesce(sources.sources_json, ''), ']}') as evidence
from flagged
cross join threshold
left join core.dim_rule_year as rule
    on rule.year = flagged.year
left join sources
    on sources.year = flagged.year
    and sources.org_code = flagged.org_code
