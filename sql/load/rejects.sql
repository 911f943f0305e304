-- meta.rejects from the staging models' failed checks: each with the message of its reason in the
-- user's language (meta.reject_reason), the column named as users know it (meta.field_label).
insert into meta.rejects
select
    rejects.load_id,
    rejects.source_file,
    rejects.source_sheet,
    rejects.source_row,
    rejects.column_name,
    rejects.value,
    rejects.reason_code,
    replace(replace(reasons.message, '{column}', coalesce(labels.label, rejects.column_name)),
        '{value}', coalesce(rejects.value, '')) as message
from staging.reject as rejects
left join meta.reject_reason as reasons
    on reasons.reason_code = rejects.reason_code
left join meta.field_label as labels
    on labels.kind = rejects.kind and labels.field = rejects.column_name;
