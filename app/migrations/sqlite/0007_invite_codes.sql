-- One-time invite codes for invite-only forms. Only a keyed hash of the form and the code is
-- kept (under server_secret's key, like idempotency keys), with its form and an expiry day:
-- never the code, never when it was made (finer than its expiry day), and in hash order, so the
-- rows say nothing about the order the codes were printed in. A code is deleted in the same
-- transaction that counts the answers it opened, so nothing links it to them.
CREATE TABLE invite_codes (
    hash    BLOB NOT NULL PRIMARY KEY,
    form    TEXT NOT NULL,
    expires TEXT NOT NULL
) WITHOUT ROWID;
