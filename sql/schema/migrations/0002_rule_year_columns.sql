-- Version 2: core.dim_rule_year gained the columns the rule detectors read (the discipline cap, the
-- conditions for an excellent organization, the text of each rule), and mart.detector_threshold came.
-- dim_rule_year holds nothing but what the rule book says, rewritten by every load and analyze, so it is
-- dropped here and created again, in its new shape, by 30_core.sql; the new mart table is created by
-- 40_mart.sql like any missing table.
drop table if exists core.dim_rule_year;
