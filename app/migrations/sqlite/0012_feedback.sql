-- "You said, we did": what coordinators tell the community they did after listening, in the
-- form's languages, newest first, optionally answering a quote marked as an insight. Written
-- by coordinators, about their organisation's work: nothing about any respondent.
CREATE TABLE feedback (
    id          TEXT    NOT NULL PRIMARY KEY,
    form        TEXT    NOT NULL,
    day         TEXT    NOT NULL,
    written     INTEGER NOT NULL,
    insight     TEXT,
    coordinator TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TABLE feedback_texts (
    feedback TEXT NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    you_said TEXT NOT NULL,
    we_did   TEXT NOT NULL,
    PRIMARY KEY (feedback, language)
) WITHOUT ROWID;
