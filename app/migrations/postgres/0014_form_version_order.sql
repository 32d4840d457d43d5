-- Versions of a form in the order the server ran them, so a form changed back to an earlier
-- definition is recorded again, as the newest (issue 8). `seq` counts from 1 per form.
ALTER TABLE form_versions ADD COLUMN seq BIGINT;
UPDATE form_versions SET seq = ordered.seq
    FROM (SELECT form, sha256, ROW_NUMBER() OVER (PARTITION BY form ORDER BY day, sha256) AS seq
          FROM form_versions) AS ordered
    WHERE form_versions.form = ordered.form AND form_versions.sha256 = ordered.sha256;
ALTER TABLE form_versions ALTER COLUMN seq SET NOT NULL;
ALTER TABLE form_versions DROP CONSTRAINT form_versions_pkey;
ALTER TABLE form_versions ADD PRIMARY KEY (form, seq);
