-- meta.read_issue as the analysts' snapshot holds it (vn.danhgia.core.warehouse.AnalystSnapshot): the same rows,
-- but a value of a personal field (a name, a birth date or year, a card number, an official's code, a note)
-- is blanked, in the value column and in the message that quotes it. The serving warehouse keeps it.
-- Grain: one row per row of meta.read_issue.
with personal as (
    select
        *,
        column_name in ('full_name', 'birth', 'birth_date', 'card_number', 'official_code', 'note')
            and value is not null as is_personal
    from meta.read_issue
)
select
    load_id,
    file,
    sheet,
    row,
    column_name,
    case when is_personal then null else value end as value,
    reason_code,
    case when is_personal then replace(message, value, '…') else message end as message
from personal
