//! Where aggregates live: SQLite through sqlx (PostgreSQL comes with larger deployments).
//!
//! Writes are only ever counter increments and detached quotes, each submission in one
//! transaction, so an acknowledged submission is counted exactly once and a failed one not at all.

use std::str::FromStr;
use std::time::Duration;

use chorus_core::release::RawCounts;
use chorus_core::tally::Tally;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
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
        Ok(Store { pool })
    }

    /// Adds one submission's increments and quotes, all or nothing.
    pub async fn record(&self, form: &str, tally: &Tally) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for key in &tally.counters {
            sqlx::query(
                "INSERT INTO answer_counts (form, question, option, count) VALUES (?, ?, ?, 1)
                 ON CONFLICT (form, question, option) DO UPDATE SET count = count + 1",
            )
            .bind(form)
            .bind(&key.question)
            .bind(&key.option)
            .execute(&mut *tx)
            .await?;
        }
        for quote in &tally.quotes {
            sqlx::query(
                "INSERT INTO quotes (id, form, question, bucket, day, text) VALUES (?, ?, ?, ?, date('now'), ?)",
            )
            .bind(random_id())
            .bind(form)
            .bind(&quote.question)
            .bind(&quote.bucket)
            .bind(&quote.text)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The raw counters of one form. Only [`chorus_core::release`] may turn these into output.
    pub async fn counts(&self, form: &str) -> Result<RawCounts, StoreError> {
        let rows = sqlx::query("SELECT question, option, count FROM answer_counts WHERE form = ?")
            .bind(form)
            .fetch_all(&self.pool)
            .await?;
        let mut counts = RawCounts::new();
        for row in rows {
            let count: i64 = row.try_get("count")?;
            counts.insert(
                (row.try_get("question")?, row.try_get("option")?),
                count.max(0) as u64,
            );
        }
        Ok(counts)
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
