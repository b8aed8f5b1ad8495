-- Today (issue 9): reserved as V010 for helper "today"; lands after V009 (session briefs).
-- Today (issue 9): the outfit kept for a day ("I'm wearing this", or the forecast outfit Today showed) keeps its items,
-- as stable item ids separated by commas, so Today can show what the runner is wearing. NULL for days kept before.
ALTER TABLE outfit_shown ADD COLUMN items TEXT;
