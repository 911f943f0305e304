-- recurring_shortcoming: a shortcoming named again for the same subject (the same person, or an
-- organization of the same lineage family across mergers) after an earlier one was left partly
-- remedied, recurred or not remedied (mart.shortcoming_pair). "Again" means the same category when
-- both have one; when either has none, the same shortcoming in other words: trigram Jaccard similarity
-- of the folded descriptions (mart.shortcoming_similarity) of at least min_similarity.
-- One finding per later year, organization and subject (the organization's own findings have an
-- empty subject_key); the evidence names the closest earlier one (latest year, then most similar)
-- and counts them all. score = that pair's similarity.
delete from mart.findings where detector = 'recurring_shortcoming';

insert into mart.findings
with threshold as (
    select max(case when name = 'min_similarity' then value end) as min_similarity
    from mart.detector_threshold
    where detector = 'recurring_shortcoming'
),

matched as (
    select
        pair.*,
        similarity.similarity,
        case
            when pair.category is not null and pair.earlier_category is not null then 'category'
            else 'similarity'
        end as matched_by
    from mart.shortcoming_pair as pair
    inner join mart.shortcoming_similarity as similarity
        on similarity.earlier_description_key = pair.earlier_description_key
        and similarity.description_key = pair.description_key
    cross join threshold
    where pair.unit_code is not null
        and (
            (pair.category is not null and pair.earlier_category is not null
                and pair.category = pair.earlier_category)
            or ((pair.category is null or pair.earlier_category is null)
                and similarity.similarity >= threshold.min_similarity))
),

ranked as (
    select
        matched.*,
        coalesce(matched.person_key, '') as subject_key,
        row_number() over (
            partition by matched.year, matched.unit_code, coalesce(matched.person_key, '')
            order by matched.earlier_year desc, matched.similarity desc, matched.earlier_source_file,
                matched.earlier_source_row, matched.source_file, matched.source_row
        ) as position,
        count(*) over (
            partition by matched.year, matched.unit_code, coalesce(matched.person_key, '')
        ) as count_pairs
    from matched
),

source as (
    select distinct
        year,
        unit_code,
        subject_key,
        concat(
            '{"file":', dg_jstr(piece_file),
            ',"sheet":', dg_jstr(piece_sheet),
            ',"row":', coalesce(lpad(cast(piece_row as string), 7, ' '), 'null'), '}') as piece
    from (
        select year, unit_code, subject_key, source_file as piece_file, source_sheet as piece_sheet,
            source_row as piece_row, position
        from ranked
        union all
        select year, unit_code, subject_key, earlier_source_file, earlier_source_sheet,
            earlier_source_row, position
        from ranked
    ) as rows_behind
    where position <= 10
),

sources as (
    select
        year,
        unit_code,
        subject_key,
        array_join(array_sort(array_agg(piece)), ',') as sources_json
    from source
    group by year, unit_code, subject_key
)

select
    'recurring_shortcoming' as detector,
    ranked.year,
    ranked.unit_code,
    ranked.subject_key,
    case when ranked.earlier_status in ('recurred', 'not_remedied') then 'high' else 'medium' end as severity,
    ranked.similarity as score,
    concat(
        '{"subject":', dg_jstr(case when ranked.person_key is null then 'organization' else 'person' end),
        ',"category":', dg_jstr(ranked.category),
        ',"description":', dg_jstr(ranked.description),
        ',"earlier_year":', cast(ranked.earlier_year as string),
        ',"earlier_unit_code":', dg_jstr(ranked.earlier_unit_code),
        ',"earlier_category":', dg_jstr(ranked.earlier_category),
        ',"earlier_description":', dg_jstr(ranked.earlier_description),
        ',"earlier_status":', dg_jstr(ranked.earlier_status),
        ',"matched_by":', dg_jstr(ranked.matched_by),
        ',"similarity":', dg_jnum(ranked.similarity),
        ',"count_earlier_matches":', cast(ranked.count_pairs as string),
        ',"test":', dg_jstr('Cùng đối tượng (cùng đảng viên, hoặc cùng tổ chức kể cả qua sáp nhập), cùng nhóm hạn chế; khi thiếu nhóm: độ giống văn bản (Jaccard trên bộ ba ký tự sau khi bỏ dấu)'),
        ',"thresholds":{"min_similarity":', dg_jnum(threshold.min_similarity), '}',
        ',"rule":', dg_jstr(concat(
            coalesce(rule.framework, ''),
            ': kiểm điểm phải làm rõ kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước. ',
            'Hạn chế năm ', cast(ranked.earlier_year as string), ' (',
            case ranked.earlier_status
                when 'partly_remedied' then 'khắc phục chưa triệt để'
                when 'recurred' then 'tái diễn'
                else 'chưa khắc phục'
            end,
            ') được chỉ ra lại năm ', cast(ranked.year as string), '.')),
        ',"sources":[', coalesce(sources.sources_json, ''), ']}') as evidence
from ranked
cross join threshold
left join core.dim_rule_year as rule
    on rule.year = ranked.year
left join sources
    on sources.year = ranked.year
    and sources.unit_code = ranked.unit_code
    and sources.subject_key = ranked.subject_key
where ranked.position = 1
