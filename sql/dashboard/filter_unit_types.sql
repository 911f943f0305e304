-- filter_unit_types: the unit types of the grassroots organizations that have member ratings
-- (mart.level_distribution), for the unit type select box. Grain: one row per unit type.
select distinct unit_type
from mart.level_distribution
order by unit_type
