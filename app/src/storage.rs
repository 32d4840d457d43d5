//! Where aggregates live: SQLite (the default, one file) or PostgreSQL (several instances on
//! one database), through sqlx's Any driver with one set of queries.
//!
//! Queries are written once, in the SQL both databases share, with `?` for parameters
//! ([`Dialect::sql`] numbers them for PostgreSQL). Days and weeks come from [`crate::clock`],
//! not from SQL date functions, so both keep the same text. Flags are integers 0 and 1 on both.
//!
//! Writes are only ever counter increments and detached quotes, each submission in one
//! transaction, so an acknowledged submission is counted exactly once and a failed one not at all.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::time::Duration;

use chorus_core::release::{Group, RawCounts, RawTallies, Step};
use chorus_core::scrub;
use chorus_core::tally::Tally;
use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;

use crate::clock;

mod accounts;
mod batch;
mod feedback;
mod sensemaking;

pub use accounts::{Coordinator, Session};
pub use feedback::FeedbackEntry;
pub use sensemaking::{AuditEntry, FormVersion, QuoteChange, QuoteView};

/// Which database a [`Store`] runs on, from its URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    pub fn of(url: &str) -> Option<Dialect> {
        if url.starts_with("sqlite:") {
            Some(Dialect::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Dialect::Postgres)
        } else {
            None
        }
    }

    /// A query written with `?` placeholders, as this database wants it: PostgreSQL numbers
    /// them (`$1`, `$2`, …) and calls `group_concat` `string_agg`. Queries never hold a `?`
    /// inside a quoted literal (parameters carry every value).
    pub fn sql(
        self,
        query: impl Into<Cow<'static, str>>,
    ) -> sqlx::AssertSqlSafe<Cow<'static, str>> {
        let query = query.into();
        sqlx::AssertSqlSafe(match self {
            Dialect::Sqlite => query,
            Dialect::Postgres => {
                let mut out = String::with_capacity(query.len() + 16);
                let mut n = 0;
                for c in query.replace("group_concat(", "string_agg(").chars() {
                    if c == '?' {
                        n += 1;
                        out.push('$');
                        out.push_str(&n.to_string());
                    } else {
                        out.push(c);
                    }
                }
                Cow::Owned(out)
            }
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("DATABASE_URL must start with sqlite:// or postgres:// (it was {0:?})")]
    UnknownDatabase(String),
    #[error("{0}")]
    NotOnThisDatabase(&'static str),
    /// One failure of a transaction that held several submissions, given to each of them.
    #[error("{0}")]
    Shared(std::sync::Arc<StoreError>),
}

impl StoreError {
    /// The disk (or the size the operator allowed the database) is full: nothing can be
    /// written until space is made, but what is stored is intact and reads still work.
    pub fn is_full(&self) -> bool {
        match self {
            StoreError::Sql(sqlx::Error::Database(e)) => {
                // SQLITE_FULL, and PostgreSQL's disk_full.
                matches!(e.code().as_deref(), Some("13" | "53100"))
            }
            StoreError::Sql(sqlx::Error::Io(e)) => e.kind() == std::io::ErrorKind::StorageFull,
            StoreError::Shared(e) => e.is_full(),
            _ => false,
        }
    }
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    dialect: Dialect,
    /// Keys idempotency-key hashes, so the table cannot be checked against keys seen elsewhere
    /// without the database's own secret.
    secret: std::sync::Arc<[u8; 32]>,
    /// Submissions on their way to the one task that writes them (see [`batch`]).
    submissions: batch::Queue,
}

/// How long a submission's key is remembered: a day longer than a device keeps an unsent
/// submission, so a late retry is still recognised.
pub const KEY_DAYS: u32 = 8;

/// How long a printed invite code can be used: long enough for a session to be planned and
/// held, short enough that a lost sheet stops working on its own.
pub const INVITE_DAYS: u32 = 30;

/// The most codes one request may print: a few sheets for a large session.
pub const MAX_INVITES: u32 = 500;

/// What a submission is counted under besides its answers. The language only in its own totals;
/// the channel in its own totals, on choice counters and on quotes (never on diversity answers).
#[derive(Debug, Clone, Copy)]
pub struct Counted<'a> {
    /// One of Chorus's language tags, or "und".
    pub language: &'a str,
    /// One of the form's channels, "direct" or "other" ([`chorus_core::Form::counted_channel`]).
    pub channel: &'a str,
}

/// A quote's status: shown in listings and exports, or waiting for a coordinator.
pub const PUBLISHED: &str = "published";
pub const NEEDS_REVIEW: &str = "needs-review";

/// A quote waiting for a coordinator.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct HeldQuote {
    pub id: String,
    pub question: String,
    pub bucket: String,
    pub text: String,
}

/// A quote as coordinators may see it (its channel still raw: see the quotes route).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownQuote {
    pub id: String,
    pub question: String,
    pub bucket: String,
    pub channel: String,
    pub language: String,
    pub text: String,
    /// A coordinator marked it as an insight.
    pub insight: bool,
    /// The themes it is tagged with, separated by "; ".
    pub themes: String,
}

/// What happened to a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    Counted,
    /// Its idempotency key was seen before: nothing was changed.
    Replayed,
    /// The form is invite-only and the code was unknown, used already or expired: nothing was
    /// changed.
    InviteNotValid,
}

impl Store {
    /// Opens (creating if needed) the database at `url` and brings its tables up to date.
    /// `sqlite://path/to/chorus.db` or `postgres://user:password@host/database`.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let dialect = Dialect::of(url).ok_or_else(|| StoreError::UnknownDatabase(redact(url)))?;
        let pool = match dialect {
            Dialect::Sqlite => {
                let url = if url.contains("mode=") {
                    url.to_string()
                } else {
                    format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
                };
                let max_pages = sqlite_max_pages();
                AnyPoolOptions::new()
                    .max_connections(4)
                    .after_connect(move |conn, _| {
                        Box::pin(async move {
                            use sqlx::Executor;
                            // WAL: readers never wait for the writer. FULL: a commit is on disk
                            // before we answer "counted", even across a power cut.
                            for pragma in [
                                "PRAGMA journal_mode = WAL",
                                "PRAGMA synchronous = FULL",
                                "PRAGMA busy_timeout = 10000",
                                "PRAGMA foreign_keys = ON",
                            ] {
                                conn.execute(pragma).await?;
                            }
                            if let Some(pages) = max_pages {
                                conn.execute(sqlx::AssertSqlSafe(format!(
                                    "PRAGMA max_page_count = {pages}"
                                )))
                                .await?;
                            }
                            Ok(())
                        })
                    })
                    .after_release(|conn, _| Box::pin(still_usable(conn)))
                    .connect(&url)
                    .await?
            }
            Dialect::Postgres => {
                AnyPoolOptions::new()
                    .max_connections(pg_connections())
                    .acquire_timeout(Duration::from_secs(10))
                    .after_release(|conn, _| Box::pin(still_usable(conn)))
                    .connect(url)
                    .await?
            }
        };
        match dialect {
            Dialect::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&pool).await?,
            Dialect::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await?,
        }
        let secret = match sqlx::query_scalar::<_, Vec<u8>>(
            "SELECT secret FROM server_secret WHERE id = 1",
        )
        .fetch_optional(&pool)
        .await?
        {
            Some(s) if s.len() == 32 => s,
            _ => {
                let mut s = vec![0u8; 32];
                getrandom::fill(&mut s).expect("the operating system's random source failed");
                // Two instances starting at once keep the first one's.
                sqlx::query(dialect.sql(
                        "INSERT INTO server_secret (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
                    ))
                    .bind(&s)
                    .execute(&pool)
                    .await?;
                sqlx::query_scalar(dialect.sql("SELECT secret FROM server_secret WHERE id = 1"))
                    .fetch_one(&pool)
                    .await?
            }
        };
        let secret: [u8; 32] = secret.try_into().unwrap_or([0; 32]);
        let store = Store {
            submissions: batch::start(pool.clone(), dialect),
            pool,
            dialect,
            secret: std::sync::Arc::new(secret),
        };
        store.forget_expired_keys().await?;
        store.forget_expired_invites().await?;
        Ok(store)
    }

    /// Adds one submission's increments and quotes, all or nothing. With an idempotency key, a
    /// key seen before changes nothing: the key and the counts are written in one transaction,
    /// so a retry after a crash or a lost answer is counted exactly once.
    ///
    /// With `invite` (a normalised code, for an invite-only form), the code is deleted in the
    /// same transaction: an unknown, used or expired one rolls everything back. The key comes
    /// first, so a retry of a submission whose code it used up is still [`Recorded::Replayed`].
    pub async fn record(
        &self,
        form: &str,
        tally: &Tally,
        key: Option<&str>,
        invite: Option<&str>,
        counted: Counted<'_>,
    ) -> Result<Recorded, StoreError> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = batch::Job {
            form: form.to_string(),
            key_hash: key.map(|k| self.key_hash(form, k)),
            invite_hash: invite.map(|c| self.invite_hash(form, c)),
            counters: tally
                .counters
                .iter()
                .map(|k| (k.question.clone(), k.option.clone()))
                .collect(),
            diversity: tally
                .diversity
                .iter()
                .map(|k| (k.question.clone(), k.option.clone()))
                .collect(),
            quotes: tally
                .quotes
                .iter()
                .map(|q| {
                    // The same detector as the widget's: a quote that still looks like it
                    // identifies someone (sent anyway, or without the widget) waits for a
                    // coordinator.
                    let status = if scrub::find(&q.text).is_empty() {
                        PUBLISHED
                    } else {
                        NEEDS_REVIEW
                    };
                    (q.question.clone(), q.bucket.clone(), status, q.text.clone())
                })
                .collect(),
            language: counted.language.to_string(),
            channel: counted.channel.to_string(),
            key_expires: clock::day_from_today(KEY_DAYS.into()),
            reply,
        };
        self.submissions
            .send(job)
            .await
            .map_err(|_| StoreError::Sql(sqlx::Error::PoolClosed))?;
        answer
            .await
            .map_err(|_| StoreError::Sql(sqlx::Error::PoolClosed))?
    }

    /// HMAC-SHA256 of form and key under the database's secret.
    fn key_hash(&self, form: &str, key: &str) -> [u8; 32] {
        use hmac::{Hmac, Mac};
        let mut mac = Hmac::<sha2::Sha256>::new_from_slice(self.secret.as_slice())
            .expect("any key length works");
        mac.update(form.as_bytes());
        mac.update(&[0]);
        mac.update(key.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// A key for `purpose`, made from the database's secret: every instance on the same
    /// database has the same one, with nothing to configure (proof of work's signing key).
    pub fn derived_key(&self, purpose: &str) -> Vec<u8> {
        self.key_hash("derived key", purpose).to_vec()
    }

    /// HMAC-SHA256 of form and normalised invite code under the database's secret, apart from
    /// idempotency keys' hashes by a prefix.
    fn invite_hash(&self, form: &str, code: &str) -> [u8; 32] {
        self.key_hash(form, &format!("invite:{code}"))
    }

    /// Makes `count` new one-time codes for `form`, valid until the end of the day
    /// [`INVITE_DAYS`] days from today (UTC), and keeps only their hashes. Returns the codes,
    /// normalised (see [`chorus_core::invite`]), and that last day. The codes are not kept
    /// anywhere: this is the only time they can be shown.
    pub async fn new_invites(
        &self,
        form: &str,
        count: u32,
    ) -> Result<(Vec<String>, String), StoreError> {
        let mut tx = self.begin().await?;
        let expires = clock::day_from_today(INVITE_DAYS.into());
        // Written in hash order, as SQLite keeps them anyway: on PostgreSQL too the rows say
        // nothing about the order the codes were printed in.
        let mut fresh: BTreeMap<[u8; 32], String> = BTreeMap::new();
        let mut codes = Vec::with_capacity(count as usize);
        while codes.len() < count as usize {
            while codes.len() + fresh.len() < count as usize {
                let mut bytes = [0u8; 32];
                getrandom::fill(&mut bytes).expect("the operating system's random source failed");
                if let Some(code) = chorus_core::invite::from_random(&bytes) {
                    fresh.insert(self.invite_hash(form, &code), code);
                }
            }
            for (hash, code) in std::mem::take(&mut fresh) {
                // A code the form already has (however unlikely) is not handed out twice.
                let inserted = sqlx::query(self.sql(
                    "INSERT INTO invite_codes (hash, form, expires) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING",
                ))
                .bind(hash.as_slice())
                .bind(form)
                .bind(&expires)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if inserted == 1 {
                    codes.push(code);
                }
            }
        }
        tx.commit().await?;
        Ok((codes, expires))
    }

    /// Drops invite codes past their last day. Run at start and then daily.
    pub async fn forget_expired_invites(&self) -> Result<u64, StoreError> {
        Ok(
            sqlx::query(self.sql("DELETE FROM invite_codes WHERE expires < ?"))
                .bind(clock::today())
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }

    /// Drops keys past their expiry day. Run at start and then daily.
    pub async fn forget_expired_keys(&self) -> Result<u64, StoreError> {
        Ok(
            sqlx::query(self.sql("DELETE FROM idempotency_keys WHERE expires < ?"))
                .bind(clock::today())
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }

    /// The form's last release step.
    pub async fn release_step(&self, form: &str) -> Result<Option<Step>, StoreError> {
        let row: Option<(String, String)> =
            sqlx::query_as(self.sql("SELECT day, data FROM release_steps WHERE form = ?"))
                .bind(form)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(|(day, data)| {
            let data: StepData = serde_json::from_str(&data).ok()?;
            Some(data.into_step(day))
        }))
    }

    /// Keeps a new release step, then rewrites the database file: the write-ahead log and the
    /// freed pages could otherwise hold the order in which recent counters and quotes changed.
    pub async fn save_release_step(&self, form: &str, step: &Step) -> Result<(), StoreError> {
        let data = serde_json::to_string(&StepData::from_step(step))
            .map_err(|e| StoreError::Sql(sqlx::Error::Encode(Box::new(e))))?;
        // One transaction: a crash between the two must not show quotes without their step.
        let mut tx = self.begin().await?;
        sqlx::query(self.sql(
            "INSERT INTO release_steps (form, day, data) VALUES (?, ?, ?)
             ON CONFLICT (form) DO UPDATE SET day = excluded.day, data = excluded.data",
        ))
        .bind(form)
        .bind(&step.day)
        .bind(data)
        .execute(&mut *tx)
        .await?;
        // The quotes that came with these counts are shown from this step on.
        sqlx::query(self.sql("UPDATE quotes SET released = 1 WHERE form = ? AND released = 0"))
            .bind(form)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.rewrite().await;
        Ok(())
    }

    /// Rewrites what submissions wrote, so rows just deleted or changed are not left behind,
    /// and neither row order nor row versions say which answers arrived together. Best effort,
    /// after a commit: a busy database is rewritten the next time.
    ///
    /// SQLite: the file (VACUUM), and the write-ahead log emptied. PostgreSQL: every row of
    /// those tables is given the same transaction (otherwise the rows one submission touched
    /// share a transaction id, `xmin`, readable by anyone who can query the table), and each
    /// table is written afresh in key order (CLUSTER), leaving no old row versions.
    pub(crate) async fn rewrite(&self) {
        let done = match self.dialect {
            Dialect::Sqlite => self.rewrite_sqlite().await,
            Dialect::Postgres => self.rewrite_postgres().await,
        };
        if let Err(e) = done {
            tracing::warn!(error = %e, "could not rewrite the database");
        }
    }

    async fn rewrite_sqlite(&self) -> Result<(), sqlx::Error> {
        for pragma in ["VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"] {
            sqlx::query(pragma).execute(&self.pool).await?;
        }
        Ok(())
    }

    async fn rewrite_postgres(&self) -> Result<(), sqlx::Error> {
        /// The tables a submission writes to, each with a column to rewrite in place.
        const WRITTEN: [(&str, &str); 8] = [
            ("answer_counts", "count"),
            ("diversity_counts", "count"),
            ("response_totals", "count"),
            ("channel_totals", "count"),
            ("weekly_totals", "count"),
            ("quotes", "text"),
            ("idempotency_keys", "expires"),
            ("invite_codes", "expires"),
        ];
        let mut tx = self.begin().await?;
        for (table, column) in WRITTEN {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE {table} SET {column} = {column}"
            )))
            .execute(&mut *tx)
            .await?;
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "CLUSTER {table} USING {table}_pkey"
            )))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }

    /// The quotes coordinators may see: released in a step and not held for review, in id
    /// order (random, so not the order they came in).
    pub async fn shown_quotes(&self, form: &str) -> Result<Vec<ShownQuote>, StoreError> {
        Ok(self
            .quotes_to_sort(form)
            .await?
            .into_iter()
            .filter(|q| !q.hidden)
            .map(|q| ShownQuote {
                id: q.id,
                question: q.question,
                bucket: q.bucket,
                channel: q.channel,
                language: q.language,
                text: q.text,
                insight: q.insight,
                themes: q.themes.join("; "),
            })
            .collect())
    }

    /// Quotes of a form waiting for a coordinator, in id order (random: not arrival order).
    pub async fn held_quotes(&self, form: &str) -> Result<Vec<HeldQuote>, StoreError> {
        Ok(sqlx::query_as(
            self.sql("SELECT id, question, bucket, text FROM quotes WHERE form = ? AND status = ? ORDER BY id"),
        )
        .bind(form)
        .bind(NEEDS_REVIEW)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Publishes a held quote, with the coordinator's edited text if given. False if there is
    /// no such held quote.
    /// Publishes a held quote, as written or edited, logged as `coordinator`'s doing at `at`.
    pub async fn publish_quote(
        &self,
        form: &str,
        id: &str,
        text: Option<&str>,
        coordinator: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let changed = sqlx::query(
            self.sql("UPDATE quotes SET status = ?, text = COALESCE(?, text) WHERE form = ? AND id = ? AND status = ?"),
        )
        .bind(PUBLISHED)
        .bind(text)
        .bind(form)
        .bind(id)
        .bind(NEEDS_REVIEW)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed != 1 {
            return Ok(false);
        }
        let action = if text.is_some() {
            "publish-edited"
        } else {
            "publish"
        };
        self.log(&mut tx, form, coordinator, at, action, Some(id), "")
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Moves counters of `questions` (a form's diversity questions) out of the channel-split
    /// counters into their own: counts made before diversity answers had their own table, or
    /// before a question became a diversity question. Run at start; changes nothing the next time.
    pub async fn separate_diversity(
        &self,
        form: &str,
        questions: &[&str],
    ) -> Result<u64, StoreError> {
        let mut tx = self.begin().await?;
        let mut moved = 0;
        for question in questions {
            let rows: Vec<(String, i64)> = sqlx::query_as(
                self.sql("SELECT option, CAST(SUM(count) AS BIGINT) FROM answer_counts WHERE form = ? AND question = ? GROUP BY option"),
            )
            .bind(form)
            .bind(question)
            .fetch_all(&mut *tx)
            .await?;
            for (option, count) in rows {
                sqlx::query(
                    self.sql("INSERT INTO diversity_counts (form, question, option, count) VALUES (?, ?, ?, ?)
                     ON CONFLICT (form, question, option) DO UPDATE SET count = diversity_counts.count + excluded.count"),
                )
                .bind(form)
                .bind(question)
                .bind(&option)
                .bind(count)
                .execute(&mut *tx)
                .await?;
            }
            moved +=
                sqlx::query(self.sql("DELETE FROM answer_counts WHERE form = ? AND question = ?"))
                    .bind(form)
                    .bind(question)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
        }
        tx.commit().await?;
        Ok(moved)
    }

    /// Everything counted for one form. Only [`chorus_core::release::release`] may turn it
    /// into output.
    ///
    /// Read in one snapshot: a submission arriving between two of these reads would otherwise be
    /// half in them (its answers counted, its response total not), and a release step taken
    /// from that would keep the difference.
    pub async fn tallies(&self, form: &str) -> Result<RawTallies, StoreError> {
        let mut tx = self.begin_read().await?;
        let diversity: Vec<(String, String, i64)> = sqlx::query_as(
            self.sql("SELECT question, option, count FROM diversity_counts WHERE form = ?"),
        )
        .bind(form)
        .fetch_all(&mut *tx)
        .await?;
        let choices: Vec<(String, String, String, i64)> = sqlx::query_as(
            self.sql("SELECT channel, question, option, count FROM answer_counts WHERE form = ?"),
        )
        .bind(form)
        .fetch_all(&mut *tx)
        .await?;
        let mut by_channel: BTreeMap<String, RawCounts> = BTreeMap::new();
        for (channel, question, option, count) in choices {
            by_channel
                .entry(channel)
                .or_default()
                .insert((question, option), count.max(0) as u64);
        }
        let mut totals = Vec::with_capacity(3);
        for query in [
            "SELECT channel, count FROM channel_totals WHERE form = ?",
            "SELECT language, count FROM response_totals WHERE form = ?",
            "SELECT week, count FROM weekly_totals WHERE form = ?",
        ] {
            let rows: Vec<(String, i64)> = sqlx::query_as(self.sql(query))
                .bind(form)
                .fetch_all(&mut *tx)
                .await?;
            totals.push(
                rows.into_iter()
                    .map(|(k, c)| (k, c.max(0) as u64))
                    .collect::<BTreeMap<_, _>>(),
            );
        }
        tx.commit().await?;
        let [channel_totals, language_totals, week_totals] =
            <[_; 3]>::try_from(totals).expect("three totals");
        Ok(RawTallies {
            by_channel,
            diversity: diversity
                .into_iter()
                .map(|(q, o, c)| ((q, o), c.max(0) as u64))
                .collect(),
            channel_totals,
            language_totals,
            week_totals,
        })
    }

    pub async fn token_hash(&self) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar(self.sql("SELECT sha256 FROM coordinator_token WHERE id = 1"))
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn set_token_hash(&self, sha256: &str) -> Result<(), StoreError> {
        sqlx::query(self.sql("INSERT INTO coordinator_token (id, sha256) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET sha256 = excluded.sha256"))
            .bind(sha256)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// A transaction that will write. On SQLite it takes the write lock at once (BEGIN
    /// IMMEDIATE): one that read first and wrote later could fail with "busy" whenever another
    /// write came in between, whatever the busy timeout.
    async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        begin_write(&self.pool, self.dialect).await
    }

    /// A transaction that only reads, all of it from one moment. SQLite in WAL mode keeps the
    /// snapshot of a transaction's first read until it ends; PostgreSQL's default isolation
    /// takes a new snapshot for every statement, so it is asked for REPEATABLE READ.
    async fn begin_read(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.dialect {
            Dialect::Sqlite => self.pool.begin().await,
            Dialect::Postgres => {
                self.pool
                    .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .await
            }
        }
    }

    /// See [`Dialect::sql`].
    fn sql(&self, query: impl Into<Cow<'static, str>>) -> sqlx::AssertSqlSafe<Cow<'static, str>> {
        self.dialect.sql(query)
    }
}

/// How many connections each instance keeps to PostgreSQL (`CHORUS_DB_CONNECTIONS`, default
/// 10): several instances share the server's `max_connections` (100 by default).
fn pg_connections() -> u32 {
    std::env::var("CHORUS_DB_CONNECTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(10)
}

/// See [`Store::begin`].
async fn begin_write(
    pool: &AnyPool,
    dialect: Dialect,
) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match dialect {
        Dialect::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        Dialect::Postgres => pool.begin().await,
    }
}

/// Whether a connection going back to the pool can be used again. A transaction whose COMMIT
/// failed (a full disk) is rolled back as it is dropped, but when SQLite had already rolled it
/// back itself, that ROLLBACK fails and sqlx still counts the connection as inside a
/// transaction: every later BEGIN on it would fail, long after space came back. Such a
/// connection is closed instead, and the pool opens a fresh one.
async fn still_usable(conn: &mut sqlx::AnyConnection) -> Result<bool, sqlx::Error> {
    use sqlx::Connection;
    // Runs what the dropped transaction left queued (its ROLLBACK).
    conn.ping().await?;
    Ok(!conn.is_in_transaction())
}

/// `CHORUS_SQLITE_MAX_MB`: the size the SQLite database may grow to, in MiB (unset: as large as
/// the disk allows). Past it, submissions are refused as on a full disk, for a server whose disk
/// holds other things that must not run out of space.
fn sqlite_max_pages() -> Option<u64> {
    let mb: u64 = std::env::var("CHORUS_SQLITE_MAX_MB").ok()?.parse().ok()?;
    // SQLite's default page size, 4 KiB: 256 pages a MiB.
    (mb > 0).then_some(mb * 256)
}

/// A database URL without its password, for error messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

/// 128 random bits as hex: a quote's id, which orders quotes at random.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    hex::encode(bytes)
}

/// A release step as stored: plain lists, since JSON has no tuple keys.
#[derive(serde::Serialize, serde::Deserialize)]
struct StepData {
    counts: Vec<(String, String, String, u64)>,
    diversity: Vec<(String, String, u64)>,
    channels: Vec<(String, u64)>,
    languages: Vec<(String, u64)>,
    /// Steps taken before weeks were kept have none.
    #[serde(default)]
    weeks: Vec<(String, u64)>,
    groups: Vec<Group>,
}

impl StepData {
    fn from_step(step: &Step) -> StepData {
        let raw = &step.raw;
        StepData {
            counts: raw
                .by_channel
                .iter()
                .flat_map(|(c, counts)| {
                    counts
                        .iter()
                        .map(move |((q, o), n)| (c.clone(), q.clone(), o.clone(), *n))
                })
                .collect(),
            diversity: raw
                .diversity
                .iter()
                .map(|((q, o), n)| (q.clone(), o.clone(), *n))
                .collect(),
            channels: raw.channel_totals.clone().into_iter().collect(),
            languages: raw.language_totals.clone().into_iter().collect(),
            weeks: raw.week_totals.clone().into_iter().collect(),
            groups: step.groups.clone(),
        }
    }

    fn into_step(self, day: String) -> Step {
        let mut raw = RawTallies::default();
        for (c, q, o, n) in self.counts {
            raw.by_channel.entry(c).or_default().insert((q, o), n);
        }
        raw.diversity = self
            .diversity
            .into_iter()
            .map(|(q, o, n)| ((q, o), n))
            .collect::<RawCounts>();
        raw.channel_totals = self.channels.into_iter().collect();
        raw.language_totals = self.languages.into_iter().collect();
        raw.week_totals = self.weeks.into_iter().collect();
        Step {
            day,
            raw,
            groups: self.groups,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_query_suits_both_databases() {
        let query = "SELECT group_concat(name, ? ORDER BY name) FROM t WHERE a = ? AND b = ?";
        assert_eq!(Dialect::Sqlite.sql(query).0, query);
        assert_eq!(
            Dialect::Postgres.sql(query).0,
            "SELECT string_agg(name, $1 ORDER BY name) FROM t WHERE a = $2 AND b = $3"
        );
        assert_eq!(
            Dialect::of("sqlite://data/chorus.db"),
            Some(Dialect::Sqlite)
        );
        assert_eq!(
            Dialect::of("postgresql://db/chorus"),
            Some(Dialect::Postgres)
        );
        assert_eq!(Dialect::of("mysql://db/chorus"), None);
    }

    #[test]
    fn database_urls_lose_their_password_in_messages() {
        assert_eq!(
            redact("postgres://chorus:s3cret@db.internal:5432/chorus?sslmode=verify-full"),
            "postgres://chorus:***@db.internal:5432/chorus?sslmode=verify-full"
        );
        assert_eq!(redact("sqlite://data/chorus.db"), "sqlite://data/chorus.db");
    }
}
