-- JSON pieces for the evidence of mart.findings, written by concatenation so that the same detector
-- text runs on DuckDB and Spark (DuckDB has no named_struct, Spark no json_object). The twin file
-- json.spark.sql must stay equivalent.

-- dg_jstr(text): a JSON string literal with ", \ and line breaks escaped, or null (the JSON literal)
-- when the value is null.
create or replace macro dg_jstr(value) as coalesce(
    '"' || replace(replace(replace(replace(replace(cast(value as varchar), '\', '\\'), '"', '\"'),
        chr(10), '\n'), chr(13), '\r'), chr(9), '\t') || '"',
    'null');

-- dg_jnum(number): a JSON number rounded to 4 decimal places, or null (the JSON literal).
create or replace macro dg_jnum(value) as coalesce(cast(round(cast(value as double), 4) as varchar), 'null');

-- array_join(array, separator): Spark's built-in, for ordered lists of evidence
-- (array_join(array_sort(array_agg(...)), ',')).
create or replace macro array_join(items, separator) as array_to_string(items, separator);
