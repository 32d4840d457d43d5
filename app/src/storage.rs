//! Where aggregates live: SQLite through sqlx (PostgreSQL comes with larger deployments).
//!
//! Writes are only ever counter increments and detached quotes, each submission in one
//! transaction, so an acknowledged submission is counted exactly once and a failed one not at all.

use std::collections::BTreeMap;
use std::str::FromStr;
use std::time::Duration;

use chorus_core::release::{Group, RawCounts, RawTallies, Step};
use chorus_core::scrub;
use chorus_core::tally::Tally;
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

mod accounts;
mod feedback;
mod sensemaking;

pub use accounts::{Coordinator, Session};
pub use feedback::FeedbackEntry;
pub use sensemaking::{AuditEntry, FormVersion, QuoteChange, QuoteView};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    /// Keys idempotency-key hashes, so the table cannot be checked against keys seen elsewhere
    /// without the database's own secret.
    secret: std::sync::Arc<[u8; 32]>,
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
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
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
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a commit is on disk before we answer "counted", even across a power cut.
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        let secret =
            match sqlx::query_scalar::<_, Vec<u8>>("SELECT secret FROM server_secret WHERE id = 1")
                .fetch_optional(&pool)
                .await?
            {
                Some(s) if s.len() == 32 => s,
                _ => {
                    let mut s = vec![0u8; 32];
                    getrandom::fill(&mut s).expect("the operating system's random source failed");
                    sqlx::query("INSERT OR REPLACE INTO server_secret (id, secret) VALUES (1, ?)")
                        .bind(&s)
                        .execute(&pool)
                        .await?;
                    s
                }
            };
        let secret: [u8; 32] = secret.try_into().unwrap_or([0; 32]);
        let store = Store {
            pool,
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
        let mut tx = self.pool.begin().await?;
        if let Some(key) = key {
            let fresh = sqlx::query(
                "INSERT INTO idempotency_keys (hash, expires) VALUES (?, date('now', ?)) ON CONFLICT (hash) DO NOTHING",
            )
            .bind(self.key_hash(form, key).as_slice())
            .bind(format!("+{KEY_DAYS} days"))
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if fresh == 0 {
                tx.rollback().await?;
                return Ok(Recorded::Replayed);
            }
        }
        if let Some(code) = invite {
            let used = sqlx::query(
                "DELETE FROM invite_codes WHERE hash = ? AND form = ? AND expires >= date('now')",
            )
            .bind(self.invite_hash(form, code).as_slice())
            .bind(form)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if used == 0 {
                tx.rollback().await?;
                return Ok(Recorded::InviteNotValid);
            }
        }
        for key in &tally.counters {
            sqlx::query(
                "INSERT INTO answer_counts (form, question, option, channel, count) VALUES (?, ?, ?, ?, 1)
                 ON CONFLICT (form, question, option, channel) DO UPDATE SET count = count + 1",
            )
            .bind(form)
            .bind(&key.question)
            .bind(&key.option)
            .bind(counted.channel)
            .execute(&mut *tx)
            .await?;
        }
        for key in &tally.diversity {
            sqlx::query(
                "INSERT INTO diversity_counts (form, question, option, count) VALUES (?, ?, ?, 1)
                 ON CONFLICT (form, question, option) DO UPDATE SET count = count + 1",
            )
            .bind(form)
            .bind(&key.question)
            .bind(&key.option)
            .execute(&mut *tx)
            .await?;
        }
        for quote in &tally.quotes {
            // The same detector as the widget's: a quote that still looks like it identifies
            // someone (sent anyway, or without the widget) waits for a coordinator.
            let status = if scrub::find(&quote.text).is_empty() {
                PUBLISHED
            } else {
                NEEDS_REVIEW
            };
            sqlx::query(
                "INSERT INTO quotes (id, form, question, bucket, channel, language, status, day, text)
                 VALUES (?, ?, ?, ?, ?, ?, ?, date('now'), ?)",
            )
            .bind(random_id())
            .bind(form)
            .bind(&quote.question)
            .bind(&quote.bucket)
            .bind(counted.channel)
            .bind(counted.language)
            .bind(status)
            .bind(&quote.text)
            .execute(&mut *tx)
            .await?;
        }
        for (query, value) in [
            (
                "INSERT INTO response_totals (form, language, count) VALUES (?, ?, 1)
                 ON CONFLICT (form, language) DO UPDATE SET count = count + 1",
                counted.language,
            ),
            (
                "INSERT INTO channel_totals (form, channel, count) VALUES (?, ?, 1)
                 ON CONFLICT (form, channel) DO UPDATE SET count = count + 1",
                counted.channel,
            ),
        ] {
            sqlx::query(query)
                .bind(form)
                .bind(value)
                .execute(&mut *tx)
                .await?;
        }
        // The ISO week (SQLite's %G and %V) by the database's clock.
        sqlx::query(
            "INSERT INTO weekly_totals (form, week, count) VALUES (?, strftime('%G-W%V', 'now'), 1)
             ON CONFLICT (form, week) DO UPDATE SET count = count + 1",
        )
        .bind(form)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Recorded::Counted)
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
        let mut tx = self.pool.begin().await?;
        let expires: String = sqlx::query_scalar("SELECT date('now', ?)")
            .bind(format!("+{INVITE_DAYS} days"))
            .fetch_one(&mut *tx)
            .await?;
        let mut codes = Vec::with_capacity(count as usize);
        while codes.len() < count as usize {
            let mut bytes = [0u8; 32];
            getrandom::fill(&mut bytes).expect("the operating system's random source failed");
            let Some(code) = chorus_core::invite::from_random(&bytes) else {
                continue;
            };
            // A code the form already has (however unlikely) is not handed out twice.
            let fresh = sqlx::query(
                "INSERT INTO invite_codes (hash, form, expires) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING",
            )
            .bind(self.invite_hash(form, &code).as_slice())
            .bind(form)
            .bind(&expires)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if fresh == 1 {
                codes.push(code);
            }
        }
        tx.commit().await?;
        Ok((codes, expires))
    }

    /// Drops invite codes past their last day. Run at start and then daily.
    pub async fn forget_expired_invites(&self) -> Result<u64, StoreError> {
        Ok(
            sqlx::query("DELETE FROM invite_codes WHERE expires < date('now')")
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }

    /// Drops keys past their expiry day. Run at start and then daily.
    pub async fn forget_expired_keys(&self) -> Result<u64, StoreError> {
        Ok(
            sqlx::query("DELETE FROM idempotency_keys WHERE expires < date('now')")
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }

    /// Today, as the database's clock says (UTC): release steps are a day apart at most.
    pub async fn today(&self) -> Result<String, StoreError> {
        Ok(sqlx::query_scalar("SELECT date('now')")
            .fetch_one(&self.pool)
            .await?)
    }

    /// The form's last release step.
    pub async fn release_step(&self, form: &str) -> Result<Option<Step>, StoreError> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT day, data FROM release_steps WHERE form = ?")
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
        sqlx::query(
            "INSERT INTO release_steps (form, day, data) VALUES (?, ?, ?)
             ON CONFLICT (form) DO UPDATE SET day = excluded.day, data = excluded.data",
        )
        .bind(form)
        .bind(&step.day)
        .bind(data)
        .execute(&self.pool)
        .await?;
        // The quotes that came with these counts are shown from this step on.
        sqlx::query("UPDATE quotes SET released = 1 WHERE form = ? AND released = 0")
            .bind(form)
            .execute(&self.pool)
            .await?;
        self.rewrite().await;
        Ok(())
    }

    /// Rewrites the file (VACUUM) and empties the write-ahead log, so rows just deleted or
    /// changed are not left in free pages, and row order says nothing of arrival. Best effort,
    /// after a commit: a busy database is rewritten the next time.
    pub(crate) async fn rewrite(&self) {
        for pragma in ["VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"] {
            if let Err(e) = sqlx::query(pragma).execute(&self.pool).await {
                tracing::warn!(error = %e, "could not rewrite the database file");
            }
        }
    }

    /// The quotes coordinators may see: released in a step and not held for review, in id
    /// order (random, so not the order they came in).
    pub async fn shown_quotes(&self, form: &str) -> Result<Vec<ShownQuote>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT q.id, q.question, q.bucket, q.channel, q.language, q.text, q.insight,
                    COALESCE((SELECT group_concat(t.name, '; ') FROM quote_themes qt
                              JOIN themes t ON t.id = qt.theme WHERE qt.quote = q.id), '') AS themes
             FROM quotes q WHERE q.form = ? AND q.status = ? AND q.released = 1 AND q.hidden = 0
             ORDER BY q.id",
        )
        .bind(form)
        .bind(PUBLISHED)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Quotes of a form waiting for a coordinator, in id order (random: not arrival order).
    pub async fn held_quotes(&self, form: &str) -> Result<Vec<HeldQuote>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id, question, bucket, text FROM quotes WHERE form = ? AND status = ? ORDER BY id",
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
        let mut tx = self.pool.begin().await?;
        let changed = sqlx::query(
            "UPDATE quotes SET status = ?, text = COALESCE(?, text) WHERE form = ? AND id = ? AND status = ?",
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
        sensemaking::log(&mut tx, form, coordinator, at, action, Some(id), "").await?;
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
        let mut tx = self.pool.begin().await?;
        let mut moved = 0;
        for question in questions {
            let rows: Vec<(String, i64)> = sqlx::query_as(
                "SELECT option, SUM(count) FROM answer_counts WHERE form = ? AND question = ? GROUP BY option",
            )
            .bind(form)
            .bind(question)
            .fetch_all(&mut *tx)
            .await?;
            for (option, count) in rows {
                sqlx::query(
                    "INSERT INTO diversity_counts (form, question, option, count) VALUES (?, ?, ?, ?)
                     ON CONFLICT (form, question, option) DO UPDATE SET count = count + excluded.count",
                )
                .bind(form)
                .bind(question)
                .bind(&option)
                .bind(count)
                .execute(&mut *tx)
                .await?;
            }
            moved += sqlx::query("DELETE FROM answer_counts WHERE form = ? AND question = ?")
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
    pub async fn tallies(&self, form: &str) -> Result<RawTallies, StoreError> {
        let diversity: Vec<(String, String, i64)> =
            sqlx::query_as("SELECT question, option, count FROM diversity_counts WHERE form = ?")
                .bind(form)
                .fetch_all(&self.pool)
                .await?;
        Ok(RawTallies {
            by_channel: self.counts_by_channel(form).await?,
            diversity: diversity
                .into_iter()
                .map(|(q, o, c)| ((q, o), c.max(0) as u64))
                .collect(),
            channel_totals: self.totals_by_channel(form).await?,
            language_totals: self.totals_by_language(form).await?,
            week_totals: self.totals_by_week(form).await?,
        })
    }

    /// The raw choice counters of one form, by channel (diversity answers have none).
    pub async fn counts_by_channel(
        &self,
        form: &str,
    ) -> Result<BTreeMap<String, RawCounts>, StoreError> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT channel, question, option, count FROM answer_counts WHERE form = ?",
        )
        .bind(form)
        .fetch_all(&self.pool)
        .await?;
        let mut out: BTreeMap<String, RawCounts> = BTreeMap::new();
        for (channel, question, option, count) in rows {
            out.entry(channel)
                .or_default()
                .insert((question, option), count.max(0) as u64);
        }
        Ok(out)
    }

    /// How many submissions came in each language.
    pub async fn totals_by_language(
        &self,
        form: &str,
    ) -> Result<BTreeMap<String, u64>, StoreError> {
        self.totals(
            "SELECT language, count FROM response_totals WHERE form = ?",
            form,
        )
        .await
    }

    /// How many submissions came through each channel.
    /// Submissions by ISO week, oldest first.
    pub async fn totals_by_week(&self, form: &str) -> Result<BTreeMap<String, u64>, StoreError> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT week, count FROM weekly_totals WHERE form = ?")
                .bind(form)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(w, c)| (w, c.max(0) as u64))
            .collect())
    }

    pub async fn totals_by_channel(&self, form: &str) -> Result<BTreeMap<String, u64>, StoreError> {
        self.totals(
            "SELECT channel, count FROM channel_totals WHERE form = ?",
            form,
        )
        .await
    }

    async fn totals(
        &self,
        query: &'static str,
        form: &str,
    ) -> Result<BTreeMap<String, u64>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(query)
            .bind(form)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(l, c)| (l, c.max(0) as u64))
            .collect())
    }

    pub async fn token_hash(&self) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT sha256 FROM coordinator_token WHERE id = 1")
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn set_token_hash(&self, sha256: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO coordinator_token (id, sha256) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET sha256 = excluded.sha256")
            .bind(sha256)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
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
