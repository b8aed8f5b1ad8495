-- The plan engine's second edition (issue 7): warnings are codes with arguments, rendered in the runner's unit and
-- words when shown, so a mile runner reads miles. args is the store's own encoding (PlanMessageCodec). Warnings of
-- plans converted from the export JSON keep their English text and no code.
ALTER TABLE plan_warning ADD COLUMN code TEXT;
ALTER TABLE plan_warning ADD COLUMN args TEXT;
-- The race time as a range (fastest, slowest), for effort-only runners and comfortable finishes.
ALTER TABLE plan ADD COLUMN race_time_fastest_ms INTEGER;
ALTER TABLE plan ADD COLUMN race_time_slowest_ms INTEGER;
-- A plan rebuilt from the middle of another (adapt): 1-12 weeks, warned instead of refused.
ALTER TABLE plan_request ADD COLUMN replan INTEGER NOT NULL DEFAULT 0 CHECK (replan IN (0, 1));
