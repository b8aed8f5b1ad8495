-- Export helper (issue 10). Runs imported from a watch or phone: the file's fingerprint (SHA-256 of its bytes), so the
-- same file is never logged twice, and what the file said beyond the log's columns.
CREATE TABLE imported_run (
    fingerprint        TEXT PRIMARY KEY,
    logged_session_id  INTEGER REFERENCES logged_session (id) ON DELETE CASCADE,
    started_at         TEXT NOT NULL,
    source             TEXT NOT NULL,
    elevation_gain_m   REAL CHECK (elevation_gain_m IS NULL OR elevation_gain_m >= 0),
    imported_at        TEXT NOT NULL
);
CREATE INDEX imported_run_started ON imported_run (started_at);

-- Calendar export: a session's revision goes up whenever its day or status changes, so a calendar that imported it
-- before replaces the event (iCalendar SEQUENCE) instead of adding a second one.
ALTER TABLE planned_session ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE planned_session ADD COLUMN modified_at TEXT;
CREATE TRIGGER planned_session_revision AFTER UPDATE OF date, status ON planned_session WHEN OLD.date IS NOT NEW.date OR OLD.status IS NOT NEW.status BEGIN UPDATE planned_session SET revision = revision + 1, modified_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;
