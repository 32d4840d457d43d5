-- How many submissions came in each language (never crossed with any answer).
CREATE TABLE response_totals (
    form     TEXT    NOT NULL,
    language TEXT    NOT NULL,
    count    INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, language)
) WITHOUT ROWID;
