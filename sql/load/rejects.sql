-- meta.rejects from the staging models' failed checks: each with the message of its reason in the
-- user's language (meta.reject_reason), the column named as users know it (meta.field_label). A unit
-- name that fits several registered units names them ({candidates}: the codes whose aliases share the
-- name's matching key, meta.unit_text_key), so the fix can say which one is meant.
insert into meta.rejects
select
    rejects.load_id,
    rejects.source_file,
    rejects.source_sheet,
    rejects.source_row,
    rejects.column_name,
    rejects.value,
    rejects.reason_code,
    replace(replace(replace(reasons.message, '{column}', coalesce(labels.label, rejects.column_name)),
        '{value}', coalesce(rejects.value, '')), '{candidates}', coalesce(candidates.unit_codes, '?')) as message
from staging.reject as rejects
left join meta.reject_reason as reasons
    on reasons.reason_code = rejects.reason_code
left join meta.field_label as labels
    on labels.kind = rejects.kind and labels.field = rejects.column_name
left join (
    select
        keys.unit_text,
        array_join(array_sort(array_agg(distinct aliases.unit_code)), ', ') as unit_codes
    from meta.unit_text_key as keys
    inner join core.unit_alias as aliases
        on aliases.match_key = keys.match_key
    group by keys.unit_text
) as candidates
    on rejects.reason_code = 'AMBIGUOUS_UNIT' and candidates.unit_text = rejects.value;
