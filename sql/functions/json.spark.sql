-- JSON pieces for the evidence of mart.findings: see json.duckdb.sql. array_join is built into Spark.
-- Spark string literals take backslash escapes: '\\' is one backslash.

-- dg_jstr(text): see json.duckdb.sql.
create or replace temporary function dg_jstr(value string) returns string return coalesce(
    concat('"', replace(replace(replace(replace(replace(value, '\\', '\\\\'), '"', '\\"'),
        char(10), '\\n'), char(13), '\\r'), char(9), '\\t'), '"'),
    'null');

-- dg_jnum(number): see json.duckdb.sql.
create or replace temporary function dg_jnum(value double) returns string return
    coalesce(cast(round(value, 4) as string), 'null');
