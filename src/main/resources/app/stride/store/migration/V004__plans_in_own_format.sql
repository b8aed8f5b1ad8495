-- Plans in the store's own format (issue 7, ADR 0008): every part of a generated plan in exact units (metres,
-- milliseconds, seconds per km) and enum codes, in columns and tables of its own, instead of the export JSON
-- (whose kilometres to one decimal turned a 1,609 m mile into 1,600 m). Times are whole milliseconds because race
-- predictions keep them. Existing plans are converted by PlanFormatV004 (Java, run in this script's transaction
-- after the statements below), which then drops the JSON columns.

-- What the runner asked for, as given.
CREATE TABLE plan_request (
    plan_id               INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    goal                  TEXT NOT NULL CHECK (goal IN ('time', 'finish', 'consistency')),
    distance              TEXT,
    target_time_ms        INTEGER CHECK (target_time_ms IS NULL OR target_time_ms > 0),
    start_date            TEXT,
    race_date             TEXT,
    weeks                 INTEGER,
    days                  TEXT NOT NULL,
    long_run_day          TEXT,
    recent_race_distance  TEXT,
    recent_race_time_ms   INTEGER,
    weekly_m              REAL,
    runs_per_week         INTEGER,
    longest_run_m         REAL,
    continuous_min        INTEGER,
    run_walk_run_s        INTEGER,
    run_walk_walk_s       INTEGER,
    days_off              INTEGER NOT NULL DEFAULT 0,
    cross_trained         INTEGER NOT NULL DEFAULT 0 CHECK (cross_trained IN (0, 1))
);

-- Where the runner was when the plan was made (Fitness).
CREATE TABLE plan_fitness (
    plan_id           INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    vdot              REAL,
    level             TEXT NOT NULL,
    current_weekly_m  REAL NOT NULL,
    current_runs      INTEGER NOT NULL,
    longest_run_m     REAL NOT NULL,
    c25k_stage        INTEGER NOT NULL,
    run_walk_run_s    INTEGER,
    run_walk_walk_s   INTEGER,
    reentry           INTEGER NOT NULL CHECK (reentry IN (0, 1)),
    assumed           INTEGER NOT NULL CHECK (assumed IN (0, 1))
);

-- Training paces (zone easy/marathon/threshold/interval/repetition) and the race pace (zone race).
CREATE TABLE plan_pace (
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    zone           TEXT NOT NULL,
    min_s_per_km   INTEGER NOT NULL,
    max_s_per_km   INTEGER NOT NULL,
    PRIMARY KEY (plan_id, zone)
);

CREATE TABLE plan_prediction (
    plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    distance  TEXT NOT NULL,
    time_ms   INTEGER NOT NULL,
    PRIMARY KEY (plan_id, distance)
);

CREATE TABLE plan_warning (
    plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- end_date: the plan's last day. previous_id: the version this one was adapted from (history keeps it).
-- adapted_from: for an adapted version, the first day it changed (what was missed before it is handled).
-- exact: 1 when written from the plan itself, 0 when converted from the export JSON (steps to 0.1 km, loads estimated).
ALTER TABLE plan ADD COLUMN end_date TEXT;
ALTER TABLE plan ADD COLUMN previous_id INTEGER REFERENCES plan (id);
ALTER TABLE plan ADD COLUMN adapted_from TEXT;
ALTER TABLE plan ADD COLUMN exact INTEGER NOT NULL DEFAULT 1 CHECK (exact IN (0, 1));

ALTER TABLE plan_week ADD COLUMN start_date TEXT;
ALTER TABLE plan_week ADD COLUMN cutback INTEGER NOT NULL DEFAULT 0 CHECK (cutback IN (0, 1));

-- duration_ms is the exact time (duration_s stays, rounded, for readers of whole seconds); load_* what the rules count.
ALTER TABLE planned_session ADD COLUMN duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0);
ALTER TABLE planned_session ADD COLUMN load_total_m REAL NOT NULL DEFAULT 0;
ALTER TABLE planned_session ADD COLUMN load_threshold_m REAL NOT NULL DEFAULT 0;
ALTER TABLE planned_session ADD COLUMN load_interval_m REAL NOT NULL DEFAULT 0;
ALTER TABLE planned_session ADD COLUMN load_repetition_m REAL NOT NULL DEFAULT 0;

-- A session's steps in order; a repeat block's steps have it as parent.
CREATE TABLE planned_step (
    id                 INTEGER PRIMARY KEY,
    session_id         INTEGER NOT NULL REFERENCES planned_session (id) ON DELETE CASCADE,
    parent_id          INTEGER REFERENCES planned_step (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    kind               TEXT NOT NULL,
    times              INTEGER NOT NULL DEFAULT 1 CHECK (times >= 1),
    distance_m         REAL,
    duration_ms        INTEGER,
    pace_min_s_per_km  INTEGER,
    pace_max_s_per_km  INTEGER,
    effort             TEXT
);
CREATE INDEX planned_step_session ON planned_step (session_id);
CREATE INDEX planned_session_week ON planned_session (week_id);
