-- Versions of a form in the order the server ran them, so a form changed back to an earlier
-- definition is recorded again, as the newest (issue 8). `seq` counts from 1 per form.
CREATE TABLE form_versions_in_order (
    form       TEXT    NOT NULL,
    seq        INTEGER NOT NULL,
    sha256     TEXT    NOT NULL,
    day        TEXT    NOT NULL,
    definition TEXT    NOT NULL,
    PRIMARY KEY (form, seq)
) WITHOUT ROWID;
INSERT INTO form_versions_in_order (form, seq, sha256, day, definition)
    SELECT form, ROW_NUMBER() OVER (PARTITION BY form ORDER BY day, sha256), sha256, day, definition
    FROM form_versions;
DROP TABLE form_versions;
ALTER TABLE form_versions_in_order RENAME TO form_versions;
