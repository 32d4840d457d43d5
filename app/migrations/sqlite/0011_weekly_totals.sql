-- How many submissions came in each ISO week (2026-W47), for the coordinators' dashboard.
-- Only the week, never a day or a time, and never crossed with a channel, a language or any
-- answer. Submissions from before this table have no week.
CREATE TABLE weekly_totals (
    form  TEXT    NOT NULL,
    week  TEXT    NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, week)
) WITHOUT ROWID;
