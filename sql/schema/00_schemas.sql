-- The warehouse layers. Every table lives in one of these schemas; data flows one way,
-- raw -> staging -> core -> mart, with meta recording what happened and restricted holding the
-- only personal data. Applied first; every file after this one may assume the schemas exist.

-- raw: rows exactly as the loader read them from units' files (all text), one table per input kind.
create schema if not exists raw;

-- staging: raw rows typed and normalized by the SQL staging models; rows that fail go to meta.rejects.
create schema if not exists staging;

-- core: conformed dimensions and facts, the public contract analysts and later models rely on.
create schema if not exists core;

-- mart: analysis results built from core (findings, comparisons, dashboards' tables).
create schema if not exists mart;

-- meta: the warehouse's own bookkeeping (loads, rejects, audit, level spellings, schema version).
create schema if not exists meta;

-- restricted: personal data (names, card numbers), readable by the admin role only.
create schema if not exists restricted;
