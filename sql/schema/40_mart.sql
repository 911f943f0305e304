-- mart: results of analysis, rebuilt by `danhgia analyze` from core (sql/marts/, sql/detectors/).
-- Only the findings table is fixed here because every detector writes to it; the other marts
-- (year-over-year comparisons, distributions by unit type, dashboard tables) come with issue [4]
-- and are created by their own models.

-- mart.findings: one row per thing a detector flags (a unit rating everyone excellent, a recurring
-- shortcoming, a score-band violation, a late report ...).
--   detector     the detector's name, its file name in sql/detectors/ (e.g. 'score_band_violation')
--   year         the rating year the finding is about
--   unit_code    the unit concerned (for a person, the unit they were rated in)
--   subject_key  what is flagged: a unit_code or a person_key
--   severity     'high', 'medium', 'low'
--   score        the detector's measure (how far past its threshold), for ranking
--   evidence     a JSON object (as text) with the numbers and lineage that justify the finding
create table if not exists mart.findings (
    detector string,
    year int,
    unit_code string,
    subject_key string,
    severity string,
    score double,
    evidence string
);
