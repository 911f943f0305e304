-- data_field_labels: the name a user reads for each field of the unit files (meta.field_label, written by
-- the load in its language), to show a reject's column as the files call it. Grain: one row per field.
select field, min(label) as label
from meta.field_label
group by field
order by field
