-- Quotes are shown in the same release steps as counts (issue 7): a quote is in no listing
-- until the first step taken after it arrived, so a new quote cannot be tied to the one new
-- submission between two views.
ALTER TABLE quotes ADD COLUMN released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1));
