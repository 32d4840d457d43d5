-- Quotes that may identify someone wait for a coordinator (issue 7).

-- "published": may be shown; "needs-review": the server found something that looks like an
-- email address, phone number, NHS or National Insurance number, postcode or street address,
-- and keeps the quote out of every listing and export until a coordinator releases or edits it.
ALTER TABLE quotes ADD COLUMN status TEXT NOT NULL DEFAULT 'published'
    CHECK (status IN ('published', 'needs-review'));
-- The language it was written in (one of Chorus's tags, or "und").
ALTER TABLE quotes ADD COLUMN language TEXT NOT NULL DEFAULT 'und';
