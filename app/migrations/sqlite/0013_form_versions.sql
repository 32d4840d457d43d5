-- Each version of each form's definition the server has run with, from the day it first did:
-- wording changed while a form was live stays on record next to the counts made under it.
-- Forms only: nothing about anyone who answered.
CREATE TABLE form_versions (
    form       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    day        TEXT NOT NULL,
    definition TEXT NOT NULL,
    PRIMARY KEY (form, sha256)
) WITHOUT ROWID;
