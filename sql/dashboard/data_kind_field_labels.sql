-- data_kind_field_labels: the name a user reads for each field of each kind of unit file (meta.field_label,
-- written by the load in its language), for the column mapping form's choices. Grain: one row per kind and field.
select kind, field, min(label) as label
from meta.field_label
group by kind, field
order by kind, field
