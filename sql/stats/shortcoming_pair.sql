-- mart.shortcoming_pair: every shortcoming paired with each earlier one of the same subject that was
-- left open (assessed the next year as partly remedied, recurred or not remedied): the candidates of
-- detectors/recurring_shortcoming, whose descriptions java:shortcoming_similarity compares.
-- The same subject is the same person (person_key) for a person's shortcoming; for an organization's,
-- any unit of the same lineage family: units carried on by a common current unit (core.unit_mapping,
-- all dates), so a shortcoming of a commune before a merger meets one of the merged commune after it.
--   year, unit_code, person_key, category, description, description_key (dg_fold), status,
--   source_file, source_sheet, source_row                    the later shortcoming
--   earlier_year ... earlier_source_row                      the earlier, open one
create or replace table mart.shortcoming_pair as
with family as (
    select distinct
        unit_code,
        current_unit_code
    from core.unit_mapping
    union
    select distinct
        unit_code,
        unit_code as current_unit_code
    from core.shortcoming
    where unit_code is not null
),

organization_pairs as (
    select distinct
        later.year,
        later.unit_code,
        later.person_key,
        later.category,
        later.description,
        later.status,
        later.source_file,
        later.source_sheet,
        later.source_row,
        earlier.year as earlier_year,
        earlier.unit_code as earlier_unit_code,
        earlier.category as earlier_category,
        earlier.description as earlier_description,
        earlier.status as earlier_status,
        earlier.source_file as earlier_source_file,
        earlier.source_sheet as earlier_source_sheet,
        earlier.source_row as earlier_source_row
    from core.shortcoming as later
    inner join family as later_family
        on later_family.unit_code = later.unit_code
    inner join family as earlier_family
        on earlier_family.current_unit_code = later_family.current_unit_code
    inner join core.shortcoming as earlier
        on earlier.unit_code = earlier_family.unit_code
        and earlier.person_key is null
        and earlier.year < later.year
        and earlier.status in ('partly_remedied', 'recurred', 'not_remedied')
    where later.person_key is null
),

person_pairs as (
    select
        later.year,
        later.unit_code,
        later.person_key,
        later.category,
        later.description,
        later.status,
        later.source_file,
        later.source_sheet,
        later.source_row,
        earlier.year as earlier_year,
        earlier.unit_code as earlier_unit_code,
        earlier.category as earlier_category,
        earlier.description as earlier_description,
        earlier.status as earlier_status,
        earlier.source_file as earlier_source_file,
        earlier.source_sheet as earlier_source_sheet,
        earlier.source_row as earlier_source_row
    from core.shortcoming as later
    inner join core.shortcoming as earlier
        on earlier.person_key = later.person_key
        and earlier.year < later.year
        and earlier.status in ('partly_remedied', 'recurred', 'not_remedied')
    where later.person_key is not null
),

pairs as (
    select * from organization_pairs
    union all
    select * from person_pairs
)

select
    year,
    unit_code,
    person_key,
    category,
    description,
    dg_fold(description) as description_key,
    status,
    source_file,
    source_sheet,
    source_row,
    earlier_year,
    earlier_unit_code,
    earlier_category,
    earlier_description,
    dg_fold(earlier_description) as earlier_description_key,
    earlier_status,
    earlier_source_file,
    earlier_source_sheet,
    earlier_source_row
from pairs
