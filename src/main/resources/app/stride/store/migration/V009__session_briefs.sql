-- Sessions as data (issue 7, plan engine): a session's description is a code with arguments (bundle key
-- plan.desc.<code>, arguments in PlanMessageCodec's encoding), rendered in the runner's unit and words when shown,
-- and efforts (planned_session.effort, planned_step.effort) are codes (plan.effort.<code>) instead of English.
-- SessionBriefsV009 (Java, run after these statements in this script's transaction) converts the English written
-- by earlier versions where it recognises it; a description it cannot read keeps its text (description_code NULL),
-- shown as it was.
ALTER TABLE planned_session ADD COLUMN description_code TEXT;
ALTER TABLE planned_session ADD COLUMN description_args TEXT;
