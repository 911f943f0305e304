-- dg_fold(text): the matching key of a Vietnamese text, the same as Java's fold in core.text plus
-- punctuation folded to single spaces: lower case, no diacritics (đ -> d), only [a-z0-9] and spaces.
-- Input is NFC (the readers normalize every value). Used to match level spellings, unit names and
-- header-like values. Engine-specific only in syntax; the twin file must stay equivalent (a test
-- compares both engines on every spelling).
create or replace temporary function dg_fold(value string) returns string return
    trim(regexp_replace(
        translate(lower(value), 'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'),
        '[^a-z0-9]+', ' '));
