-- Keys that make a retried submission count once. Only a keyed hash and an expiry day are kept,
-- in hash order (nothing about the order of arrival), and never beside any answer.
CREATE TABLE idempotency_keys (
    hash    BLOB NOT NULL PRIMARY KEY,
    expires TEXT NOT NULL
) WITHOUT ROWID;

-- The key for those hashes, made at first start.
CREATE TABLE server_secret (
    id     INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    secret BLOB    NOT NULL
);
