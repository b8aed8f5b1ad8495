-- Robustness (issue 11): mark the file as Stride's, so another program's SQLite file is never taken for ours, and
-- index the columns that queries and foreign-key actions look up as the log grows (see IndexUseTest).
PRAGMA application_id = 1398035012;

CREATE INDEX IF NOT EXISTS logged_session_planned ON logged_session (planned_session_id);
CREATE INDEX IF NOT EXISTS logged_session_shoe ON logged_session (shoe_id);
CREATE INDEX IF NOT EXISTS outfit_feedback_run ON outfit_feedback (logged_session_id);
CREATE INDEX IF NOT EXISTS planned_session_week ON planned_session (week_id);
