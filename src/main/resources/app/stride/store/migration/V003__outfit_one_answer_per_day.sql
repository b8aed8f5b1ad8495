-- Outfit feedback: one answer per day. A new answer for a day replaces the earlier one, taking its step on the
-- learned band back first, so the bands stay consistent with the answers kept.
-- applied_c: how much the answer moved its band's offset (NULL for answers from before V003: one nominal step).
-- counted: 0 once its band was reset (the reset already forgot its step, so replacing it takes nothing back).
ALTER TABLE outfit_feedback ADD COLUMN applied_c REAL;
ALTER TABLE outfit_feedback ADD COLUMN counted INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1));
CREATE INDEX outfit_feedback_date ON outfit_feedback (date);
