-- What coordinators see of each form: the tallies and channel groups of its last release step
-- (issue 7). Views show this, not the live counters, so two views taken either side of one
-- person's submission are the same. A new step is taken at most once a day, after at least
-- the base number of new responses.
CREATE TABLE release_steps (
    form TEXT NOT NULL PRIMARY KEY,
    day  TEXT NOT NULL,
    data TEXT NOT NULL
) WITHOUT ROWID;
