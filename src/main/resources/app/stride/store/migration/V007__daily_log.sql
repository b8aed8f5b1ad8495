-- The daily loop (issue 9): a logged run says how it went (done, partial or skipped), and remembers when it was
-- last edited. An extra run (one the plan did not ask for) is a row with planned_session_id NULL.
-- Distance and time stay NULL when the runner did not give them: unknown is never stored as 0.
ALTER TABLE logged_session ADD COLUMN status TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('done', 'partial', 'skipped'));
ALTER TABLE logged_session ADD COLUMN updated_at TEXT;
-- A 0 km or 0 s run is not a run the runner measured: older builds could store unknown numbers that way.
UPDATE logged_session SET distance_m = NULL WHERE distance_m = 0;
UPDATE logged_session SET duration_s = NULL WHERE duration_s = 0;
