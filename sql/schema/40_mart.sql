-- mart: results of analysis, rebuilt by `danhgia analyze` from core (sql/marts/, sql/detectors/).
-- Only the findings and thresholds tables are fixed here because every detector uses them; the other marts
-- (year-over-year comparisons, distributions by unit type, dashboard tables) come with issue [4]
-- and are created by their own models.

-- mart.findings: one row per thing a detector flags (a unit rating everyone excellent, a recurring
-- shortcoming, a score-band violation, a late report ...).
--   detector     the detector's name, its file name in sql/detectors/ (e.g. 'score_band_mismatch')
--   year         the rating year the finding is about (a run over several years: its last year)
--   unit_code    the unit concerned (for a person, the unit they were rated in)
--   subject_key  the person's person_key for a finding about a person, '' for one about a unit
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

-- mart.detector_threshold: the thresholds the detectors read, loaded by `danhgia analyze` from
-- sql/detectors/thresholds.yaml (or the installation's thresholds_file) before the detectors run,
-- so the findings record nothing but the numbers in this table.
--   detector  the detector's name (a file name in sql/detectors/)
--   name      the threshold's name within the detector (e.g. 'alpha', 'min_effect')
--   value     its value
create table if not exists mart.detector_threshold (
    detector string,
    name string,
    value double
);
