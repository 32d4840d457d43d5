-- Organisations and their coordinators (docs/privacy.md: "Coordinators' accounts"). Nothing
-- here is about the people who answer forms: these are the staff and volunteers who read the
-- results. A form names its organisation in its file; forms that name none belong to
-- "default", which the deployment's own coordinator token reads.
CREATE TABLE organisations (
    id   TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;

-- One row per coordinator account. The password is kept only as an argon2id hash (a PHC
-- string with its own salt and parameters).
CREATE TABLE coordinators (
    id           TEXT NOT NULL PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id),
    email        TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    password     TEXT NOT NULL
) WITHOUT ROWID;

-- Signed-in sessions: the SHA-256 of the cookie's random value (never the value), the token
-- every change must carry (CSRF), and when the session ends (unix seconds).
CREATE TABLE sessions (
    hash        BLOB    NOT NULL PRIMARY KEY,
    coordinator TEXT    NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
    csrf        TEXT    NOT NULL,
    expires     INTEGER NOT NULL
) WITHOUT ROWID;

-- Bearer tokens for scripts, each reading one organisation's forms: the SHA-256 of the token.
CREATE TABLE organisation_tokens (
    hash         TEXT NOT NULL PRIMARY KEY,
    organisation TEXT NOT NULL REFERENCES organisations (id)
) WITHOUT ROWID;
