-- The whole schema as SQLite has it after its migrations 0001 to 0013 (see those files for why
-- each table is as it is; docs/privacy.md says what each holds). Numbered 0013 so that a later
-- change is one migration with the same number in both folders.
--
-- Text is compared and sorted byte by byte (COLLATE "C"), as SQLite does, so both databases
-- list and export in the same order. Counters and flags are BIGINT (flags 0 or 1), days are
-- 'YYYY-MM-DD' text and moments unix seconds, as in SQLite.

-- Aggregates only: nothing here is a row per respondent.
CREATE TABLE answer_counts (
    form     TEXT COLLATE "C" NOT NULL,
    question TEXT COLLATE "C" NOT NULL,
    option   TEXT COLLATE "C" NOT NULL,
    channel  TEXT COLLATE "C" NOT NULL,
    count    BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, question, option, channel)
);

CREATE TABLE diversity_counts (
    form     TEXT COLLATE "C" NOT NULL,
    question TEXT COLLATE "C" NOT NULL,
    option   TEXT COLLATE "C" NOT NULL,
    count    BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, question, option)
);

CREATE TABLE response_totals (
    form     TEXT COLLATE "C" NOT NULL,
    language TEXT COLLATE "C" NOT NULL,
    count    BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, language)
);

CREATE TABLE channel_totals (
    form    TEXT COLLATE "C" NOT NULL,
    channel TEXT COLLATE "C" NOT NULL,
    count   BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, channel)
);

CREATE TABLE weekly_totals (
    form  TEXT COLLATE "C" NOT NULL,
    week  TEXT COLLATE "C" NOT NULL,
    count BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, week)
);

-- Free text, detached: keyed by a random id; Chorus rewrites the table in key order at each
-- release step (CLUSTER), so the order of rows says nothing about the order of arrival.
CREATE TABLE quotes (
    id       TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    form     TEXT COLLATE "C" NOT NULL,
    question TEXT COLLATE "C" NOT NULL,
    bucket   TEXT COLLATE "C" NOT NULL,
    day      TEXT COLLATE "C" NOT NULL,
    text     TEXT COLLATE "C" NOT NULL,
    channel  TEXT COLLATE "C" NOT NULL DEFAULT 'direct',
    status   TEXT COLLATE "C" NOT NULL DEFAULT 'published'
        CHECK (status IN ('published', 'needs-review')),
    language TEXT COLLATE "C" NOT NULL DEFAULT 'und',
    released BIGINT NOT NULL DEFAULT 0 CHECK (released IN (0, 1)),
    hidden   BIGINT NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    insight  BIGINT NOT NULL DEFAULT 0 CHECK (insight IN (0, 1))
);

CREATE TABLE coordinator_token (
    id     BIGINT NOT NULL PRIMARY KEY CHECK (id = 1),
    sha256 TEXT COLLATE "C" NOT NULL
);

CREATE TABLE idempotency_keys (
    hash    BYTEA NOT NULL PRIMARY KEY,
    expires TEXT COLLATE "C" NOT NULL
);

CREATE TABLE server_secret (
    id     BIGINT NOT NULL PRIMARY KEY CHECK (id = 1),
    secret BYTEA  NOT NULL
);

CREATE TABLE release_steps (
    form TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    day  TEXT COLLATE "C" NOT NULL,
    data TEXT COLLATE "C" NOT NULL
);

CREATE TABLE invite_codes (
    hash    BYTEA NOT NULL PRIMARY KEY,
    form    TEXT COLLATE "C" NOT NULL,
    expires TEXT COLLATE "C" NOT NULL
);

CREATE TABLE organisations (
    id   TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL
);

CREATE TABLE coordinators (
    id           TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    organisation TEXT COLLATE "C" NOT NULL REFERENCES organisations (id),
    email        TEXT COLLATE "C" NOT NULL UNIQUE,
    name         TEXT COLLATE "C" NOT NULL,
    password     TEXT COLLATE "C" NOT NULL
);

CREATE TABLE sessions (
    hash        BYTEA NOT NULL PRIMARY KEY,
    coordinator TEXT COLLATE "C" NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
    csrf        TEXT COLLATE "C" NOT NULL,
    expires     BIGINT NOT NULL
);

CREATE TABLE organisation_tokens (
    hash         TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    organisation TEXT COLLATE "C" NOT NULL REFERENCES organisations (id)
);

CREATE TABLE themes (
    id   TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    form TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    UNIQUE (form, name)
);

CREATE TABLE quote_themes (
    quote TEXT COLLATE "C" NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    theme TEXT COLLATE "C" NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (quote, theme)
);

CREATE TABLE audit_log (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form        TEXT COLLATE "C" NOT NULL,
    coordinator TEXT COLLATE "C" NOT NULL,
    at          BIGINT NOT NULL,
    action      TEXT COLLATE "C" NOT NULL,
    quote       TEXT COLLATE "C",
    detail      TEXT COLLATE "C" NOT NULL DEFAULT ''
);

CREATE TABLE feedback (
    id          TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    form        TEXT COLLATE "C" NOT NULL,
    day         TEXT COLLATE "C" NOT NULL,
    written     BIGINT NOT NULL,
    insight     TEXT COLLATE "C",
    coordinator TEXT COLLATE "C" NOT NULL
);

CREATE TABLE feedback_texts (
    feedback TEXT COLLATE "C" NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    language TEXT COLLATE "C" NOT NULL,
    you_said TEXT COLLATE "C" NOT NULL,
    we_did   TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (feedback, language)
);

CREATE TABLE form_versions (
    form       TEXT COLLATE "C" NOT NULL,
    sha256     TEXT COLLATE "C" NOT NULL,
    day        TEXT COLLATE "C" NOT NULL,
    definition TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (form, sha256)
);
