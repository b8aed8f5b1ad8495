-- The plan's header as the preview showed it (eng6 review 2): the goal as planned (a time goal whose race is run as
-- a finish, for a returner restarting with walk breaks, is a finish) and the training paces of the race week (a
-- returner's work paces quicken week by week). Plans saved before have neither: they read as the request's goal and
-- today's paces, which is what their screen showed until now.
ALTER TABLE plan ADD COLUMN goal_as_planned TEXT
    CHECK (goal_as_planned IS NULL OR goal_as_planned IN ('time', 'finish', 'consistency'));

-- The race week's training paces, zone easy/marathon/threshold/interval/repetition as in plan_pace.
CREATE TABLE plan_race_week_pace (
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    zone           TEXT NOT NULL,
    min_s_per_km   INTEGER NOT NULL,
    max_s_per_km   INTEGER NOT NULL,
    PRIMARY KEY (plan_id, zone)
);
