-- What coordinators add to quotes while making sense of them: whether a quote is hidden (it
-- names someone, say) or marked as an insight, the themes they tag it with, and a log of who
-- changed what and when. None of it says anything about who wrote a quote: only the
-- coordinators' own work is recorded, with their email address and the time.
ALTER TABLE quotes ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
ALTER TABLE quotes ADD COLUMN insight INTEGER NOT NULL DEFAULT 0 CHECK (insight IN (0, 1));

-- Themes a form's coordinators create, by name.
CREATE TABLE themes (
    id   TEXT NOT NULL PRIMARY KEY,
    form TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (form, name)
) WITHOUT ROWID;

CREATE TABLE quote_themes (
    quote TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    theme TEXT NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (quote, theme)
) WITHOUT ROWID;

-- Every change a coordinator makes to a quote: in order, with who (their email address) and
-- when (unix seconds).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    form        TEXT    NOT NULL,
    coordinator TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    action      TEXT    NOT NULL,
    quote       TEXT,
    detail      TEXT    NOT NULL DEFAULT ''
);
