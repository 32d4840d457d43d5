-- Aggregates only: nothing here is a row per respondent.

-- One counter per (form, question, option). Later migrations may add a channel to choice
-- counters and response totals by week and language; nothing finer.
CREATE TABLE answer_counts (
    form     TEXT    NOT NULL,
    question TEXT    NOT NULL,
    option   TEXT    NOT NULL,
    count    INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, question, option)
) WITHOUT ROWID;

-- Free text, detached: no submission id, no time finer than a day. Keyed (and so stored in
-- order) by a random id, so the order of rows says nothing about the order of arrival.
CREATE TABLE quotes (
    id       TEXT NOT NULL PRIMARY KEY,
    form     TEXT NOT NULL,
    question TEXT NOT NULL,
    bucket   TEXT NOT NULL,
    day      TEXT NOT NULL,
    text     TEXT NOT NULL
) WITHOUT ROWID;

-- The generated coordinator token, as a SHA-256 hash (the token itself is shown once).
CREATE TABLE coordinator_token (
    id     INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    sha256 TEXT    NOT NULL
);
