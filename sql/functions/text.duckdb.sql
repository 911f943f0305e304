-- dg_fold(text): the matching key of a Vietnamese text, the same as Java's fold in core.text plus
-- punctuation folded to single spaces: lower case, no diacritics (đ -> d), only [a-z0-9] and spaces.
-- Input is NFC (the readers normalize every value). Used to match level spellings, unit names and
-- header-like values. Engine-specific only in syntax; the twin file must stay equivalent (a test
-- compares both engines on every spelling).
create or replace macro dg_fold(value) as
    trim(regexp_replace(
        translate(lower(value), 'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'),
        '[^a-z0-9]+', ' ', 'g'));

-- dg_key(text): the matching key of a level or status spelling: dg_fold without any space, the same
-- as vn.danhgia.core.level.LevelSpellings.matchKey ("HT XS NV", "HT.XS.NV" and "HTXSNV" share one key).
create or replace macro dg_key(value) as replace(dg_fold(value), ' ', '');

-- dg_number(text): a decimal written with a comma or a point ("86,5", "86.5"), null when not a number.
create or replace macro dg_number(value) as try_cast(replace(trim(value), ',', '.') as double);

-- dg_date(text): a date written dd/mm/yyyy (or d/m/yyyy) or ISO yyyy-mm-dd (Excel date cells), else null.
create or replace macro dg_date(value) as coalesce(
    try_cast(try_strptime(trim(value), '%d/%m/%Y') as date),
    try_cast(trim(value) as date));

-- dg_year_of(text): the year of a birth value as read: "1958", "1958.0", "1995-08-18" or "18/08/1995".
create or replace macro dg_year_of(value) as case
    when trim(value) like '____-__-__%' then try_cast(substr(trim(value), 1, 4) as int)
    when trim(value) like '%/%/____' then try_cast(substr(trim(value), length(trim(value)) - 3, 4) as int)
    else try_cast(try_cast(replace(trim(value), ',', '.') as double) as int)
end;
