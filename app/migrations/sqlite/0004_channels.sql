-- Channels: which community group or venue a response came through (issue 6).

-- Choice counters carry the channel, so a coordinator can split any question by who asked.
-- Counts from before channels came through no channel: "direct".
CREATE TABLE answer_counts_by_channel (
    form     TEXT    NOT NULL,
    question TEXT    NOT NULL,
    option   TEXT    NOT NULL,
    channel  TEXT    NOT NULL,
    count    INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, question, option, channel)
) WITHOUT ROWID;
INSERT INTO answer_counts_by_channel (form, question, option, channel, count)
    SELECT form, question, option, 'direct', count FROM answer_counts;
DROP TABLE answer_counts;
ALTER TABLE answer_counts_by_channel RENAME TO answer_counts;

-- Diversity-monitoring answers, counted on their own: never by channel, never beside any other
-- answer, so "the one person from this group who is over 75" cannot be read off.
CREATE TABLE diversity_counts (
    form     TEXT    NOT NULL,
    question TEXT    NOT NULL,
    option   TEXT    NOT NULL,
    count    INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, question, option)
) WITHOUT ROWID;

-- How many submissions came through each channel (never crossed with language or any answer).
CREATE TABLE channel_totals (
    form    TEXT    NOT NULL,
    channel TEXT    NOT NULL,
    count   INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (form, channel)
) WITHOUT ROWID;
INSERT INTO channel_totals (form, channel, count)
    SELECT form, 'direct', SUM(count) FROM response_totals GROUP BY form;

-- A quote says which channel it came through ("someone at Riverside Mind said…").
ALTER TABLE quotes ADD COLUMN channel TEXT NOT NULL DEFAULT 'direct';
