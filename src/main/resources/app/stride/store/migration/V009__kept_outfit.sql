-- Reserved number for helper "today" is V010; numbered 9 on its branch because migrations must be contiguous.
-- Today (issue 9): the outfit kept for a day ("I'm wearing this", or the forecast outfit Today showed) keeps its items,
-- as stable item ids separated by commas, so Today can show what the runner is wearing. NULL for days kept before.
ALTER TABLE outfit_shown ADD COLUMN items TEXT;
