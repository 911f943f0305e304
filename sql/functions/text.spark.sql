-- dg_fold(text): the matching key of a Vietnamese text, the same as Java's fold in core.text plus
-- punctuation folded to single spaces: lower case, no diacritics (đ -> d), only [a-z0-9] and spaces.
-- Input is NFC (the readers normalize every value). Used to match level spellings, unit names and
-- header-like values. Engine-specific only in syntax; the twin file must stay equivalent (a test
-- compares both engines on every spelling).
create or replace temporary function dg_fold(value string) returns string return
    trim(regexp_replace(
        translate(lower(value), 'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'),
        '[^a-z0-9]+', ' '));

-- dg_key(text): see dg_fold.duckdb.sql.
create or replace temporary function dg_key(value string) returns string return replace(dg_fold(value), ' ', '');

-- dg_number(text): see dg_fold.duckdb.sql.
create or replace temporary function dg_number(value string) returns double return
    try_cast(replace(trim(value), ',', '.') as double);

-- dg_date(text): see dg_fold.duckdb.sql.
create or replace temporary function dg_date(value string) returns date return coalesce(
    to_date(try_to_timestamp(trim(value), 'd/M/yyyy')),
    try_cast(trim(value) as date));

-- dg_year_of(text): see dg_fold.duckdb.sql.
create or replace temporary function dg_year_of(value string) returns int return case
    when trim(value) like '____-__-__%' then try_cast(substr(trim(value), 1, 4) as int)
    when trim(value) like '%/%/____' then try_cast(substr(trim(value), length(trim(value)) - 3, 4) as int)
    else try_cast(try_cast(replace(trim(value), ',', '.') as double) as int)
end;
