-- Stride schema, version 1: the whole product's shape, so later features add behaviour, not upheaval.
-- Units: metres, seconds, °C; dates ISO-8601 text (yyyy-MM-dd), instants ISO-8601 UTC text.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One runner per data folder. inputs_json keeps the fitness inputs the last plan was generated from.
CREATE TABLE runner_profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT,
    why             TEXT,
    runs            TEXT NOT NULL DEFAULT 'neutral' CHECK (runs IN ('cold', 'neutral', 'warm')),
    usual_run_time  TEXT,
    inputs_json     TEXT,
    updated_at      TEXT NOT NULL
);

-- A plan and the inputs it was generated from. Exactly one plan may be current; older ones are history.
CREATE TABLE plan (
    id             INTEGER PRIMARY KEY,
    status         TEXT NOT NULL CHECK (status IN ('current', 'history')),
    goal           TEXT NOT NULL CHECK (goal IN ('time', 'finish', 'consistency')),
    race_distance_m REAL CHECK (race_distance_m IS NULL OR race_distance_m > 0),
    race_date      TEXT,
    target_time_s  INTEGER CHECK (target_time_s IS NULL OR target_time_s > 0),
    start_date     TEXT NOT NULL,
    weeks          INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),
    inputs_json    TEXT NOT NULL,
    plan_json      TEXT NOT NULL,
    warnings_json  TEXT NOT NULL DEFAULT '[]',
    created_at     TEXT NOT NULL,
    archived_at    TEXT
);
CREATE UNIQUE INDEX plan_one_current ON plan (status) WHERE status = 'current';

CREATE TABLE plan_week (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    phase       TEXT NOT NULL,
    planned_m   REAL NOT NULL CHECK (planned_m >= 0),
    UNIQUE (plan_id, number)
);

-- original_date keeps the plan as generated visible after a session is moved.
CREATE TABLE planned_session (
    id              INTEGER PRIMARY KEY,
    week_id         INTEGER NOT NULL REFERENCES plan_week (id) ON DELETE CASCADE,
    date            TEXT NOT NULL,
    original_date   TEXT NOT NULL,
    type            TEXT NOT NULL,
    distance_m      REAL CHECK (distance_m IS NULL OR distance_m >= 0),
    duration_s      INTEGER CHECK (duration_s IS NULL OR duration_s >= 0),
    pace_min_s_per_km INTEGER,
    pace_max_s_per_km INTEGER,
    effort          TEXT,
    run_s           INTEGER,
    walk_s          INTEGER,
    steps_json      TEXT NOT NULL DEFAULT '[]',
    description     TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'skipped', 'moved')),
    run_time        TEXT
);
CREATE INDEX planned_session_date ON planned_session (date);

CREATE TABLE shoe (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    brand         TEXT,
    model         TEXT,
    started_on    TEXT,
    initial_m     REAL NOT NULL DEFAULT 0 CHECK (initial_m >= 0),
    retire_at_m   REAL NOT NULL DEFAULT 700000 CHECK (retire_at_m > 0),
    retired_on    TEXT,
    notes         TEXT
);

-- What actually happened. A run may follow a planned session or be logged on its own.
CREATE TABLE logged_session (
    id                 INTEGER PRIMARY KEY,
    planned_session_id INTEGER REFERENCES planned_session (id) ON DELETE SET NULL,
    date               TEXT NOT NULL,
    started_at         TEXT,
    type               TEXT NOT NULL,
    distance_m         REAL CHECK (distance_m IS NULL OR distance_m >= 0),
    duration_s         INTEGER CHECK (duration_s IS NULL OR duration_s >= 0),
    effort_rpe         INTEGER CHECK (effort_rpe IS NULL OR effort_rpe BETWEEN 1 AND 10),
    feel               INTEGER CHECK (feel IS NULL OR feel BETWEEN 1 AND 5),
    notes              TEXT,
    shoe_id            INTEGER REFERENCES shoe (id) ON DELETE SET NULL,
    outfit_json        TEXT,
    weather_json       TEXT,
    outfit_feedback    TEXT CHECK (outfit_feedback IS NULL OR outfit_feedback IN ('too-cold', 'ok', 'too-warm')),
    created_at         TEXT NOT NULL
);
CREATE INDEX logged_session_date ON logged_session (date);

-- Each "too cold / just right / too warm" answer, with the dress-for temperature it was given at.
CREATE TABLE outfit_feedback (
    id                 INTEGER PRIMARY KEY,
    logged_session_id  INTEGER REFERENCES logged_session (id) ON DELETE SET NULL,
    date               TEXT NOT NULL,
    dress_for_c        REAL NOT NULL,
    answer             TEXT NOT NULL CHECK (answer IN ('too-cold', 'ok', 'too-warm')),
    created_at         TEXT NOT NULL
);

-- The learned personal offset per temperature band (band_c = lower edge of a 5 °C band).
CREATE TABLE outfit_offset (
    band_c      INTEGER PRIMARY KEY,
    offset_c    REAL NOT NULL,
    answers     INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);

CREATE TABLE weather_place (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    latitude   REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    country    TEXT,
    admin1     TEXT,
    timezone   TEXT
);

CREATE TABLE weather_cache (
    id             INTEGER PRIMARY KEY,
    latitude       REAL NOT NULL,
    longitude      REAL NOT NULL,
    fetched_at     TEXT NOT NULL,
    response_json  TEXT NOT NULL,
    UNIQUE (latitude, longitude)
);
