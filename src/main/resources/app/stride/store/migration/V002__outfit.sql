-- Outfit helper (issue 4): answer counts per learned band, and the outfit shown for each day's run so the answer
-- after the run is filed under what the runner dressed for.
ALTER TABLE outfit_offset ADD COLUMN too_cold INTEGER NOT NULL DEFAULT 0 CHECK (too_cold >= 0);
ALTER TABLE outfit_offset ADD COLUMN ok INTEGER NOT NULL DEFAULT 0 CHECK (ok >= 0);
ALTER TABLE outfit_offset ADD COLUMN too_warm INTEGER NOT NULL DEFAULT 0 CHECK (too_warm >= 0);

CREATE TABLE outfit_shown (
    date              TEXT PRIMARY KEY,
    base_dress_for_c  REAL NOT NULL,
    dress_for_c       REAL NOT NULL,
    shown_at          TEXT NOT NULL
);
