//! Group commit: submissions that arrive together are written in one transaction.
//!
//! Each commit waits for the disk (SQLite's `synchronous = FULL`, PostgreSQL's WAL flush), so
//! one transaction per submission caps a server at a few thousand a second whatever its CPU.
//! Here one task writes: it takes every submission waiting, adds their increments up (32 people
//! answering in the same moment become one `+32` per counter), writes them and their quotes in
//! one transaction, and answers each only after that commit. So a success still means on disk,
//! a crash still loses only submissions that got no answer, and a lone submission waits for
//! nobody: it is a batch of one.

use std::collections::BTreeMap;
use std::sync::Arc;

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

use super::{Dialect, Recorded, StoreError, random_id};
use crate::clock;

/// The most submissions in one transaction: bounds how long the write lock is held.
const MOST: usize = 256;
/// Submissions waiting for the writer before senders wait too (back pressure).
const QUEUE: usize = 4096;

/// One submission, ready to write: hashes made and quotes screened by the caller, on its own
/// thread, so the writer only writes.
pub(super) struct Job {
    pub form: String,
    pub key_hash: Option<[u8; 32]>,
    pub invite_hash: Option<[u8; 32]>,
    pub counters: Vec<(String, String)>,
    pub diversity: Vec<(String, String)>,
    /// Question, bucket, status, text.
    pub quotes: Vec<(String, String, &'static str, String)>,
    pub language: String,
    pub channel: String,
    pub key_expires: String,
    pub reply: oneshot::Sender<Result<Recorded, StoreError>>,
}

/// The sending side, kept in every [`super::Store`] clone; the writer stops when the last goes.
pub(super) type Queue = mpsc::Sender<Job>;

pub(super) fn start(pool: AnyPool, dialect: Dialect) -> Queue {
    let (send, mut receive) = mpsc::channel::<Job>(QUEUE);
    tokio::spawn(async move {
        let mut jobs = Vec::with_capacity(MOST);
        while receive.recv_many(&mut jobs, MOST).await > 0 {
            let batch = std::mem::take(&mut jobs);
            write(&pool, dialect, batch).await;
        }
    });
    send
}

/// Writes a batch and answers each submission in it. A batch that fails for a reason other
/// than a full disk is tried again one submission at a time, so one that cannot be written
/// does not take the others with it.
async fn write(pool: &AnyPool, dialect: Dialect, jobs: Vec<Job>) {
    let (results, replies): (Vec<_>, Vec<_>) = match apply(pool, dialect, &jobs).await {
        Ok(results) => (
            results.into_iter().map(Ok).collect(),
            jobs.into_iter().map(|j| j.reply).collect(),
        ),
        Err(e) if jobs.len() > 1 && !e.is_full() => {
            tracing::warn!(error = %e, size = jobs.len(), "a batch failed: writing it one by one");
            let mut results = Vec::with_capacity(jobs.len());
            let mut replies = Vec::with_capacity(jobs.len());
            for job in jobs {
                let one = std::slice::from_ref(&job);
                results.push(apply(pool, dialect, one).await.map(|mut r| r.remove(0)));
                replies.push(job.reply);
            }
            (results, replies)
        }
        Err(e) => {
            let shared = Arc::new(e);
            (
                jobs.iter()
                    .map(|_| Err(StoreError::Shared(shared.clone())))
                    .collect(),
                jobs.into_iter().map(|j| j.reply).collect(),
            )
        }
    };
    for (reply, result) in replies.into_iter().zip(results) {
        // A caller that stopped waiting (its client went away) is no reason to stop.
        let _ = reply.send(result);
    }
}

/// Increments by key, summed over the batch.
type Sums<K> = BTreeMap<K, i64>;

async fn apply(
    pool: &AnyPool,
    dialect: Dialect,
    jobs: &[Job],
) -> Result<Vec<Recorded>, StoreError> {
    let sql = |q: &'static str| dialect.sql(q);
    let mut tx = super::begin_write(pool, dialect).await?;
    let mut results = Vec::with_capacity(jobs.len());
    let mut counters: Sums<(&str, &str, &str, &str)> = BTreeMap::new();
    let mut diversity: Sums<(&str, &str, &str)> = BTreeMap::new();
    let mut languages: Sums<(&str, &str)> = BTreeMap::new();
    let mut channels: Sums<(&str, &str)> = BTreeMap::new();
    let mut weeks: Sums<&str> = BTreeMap::new();
    let mut quotes = Vec::new();
    for job in jobs {
        // The key first: a retry of a submission whose invite code it used up is a replay.
        if let Some(hash) = &job.key_hash {
            let seen: Option<i64> = if job.invite_hash.is_some() {
                sqlx::query_scalar(sql("SELECT 1 FROM idempotency_keys WHERE hash = ?"))
                    .bind(hash.as_slice())
                    .fetch_optional(&mut *tx)
                    .await?
            } else {
                // Looked up and kept in one statement.
                let fresh = sqlx::query(sql(
                    "INSERT INTO idempotency_keys (hash, expires) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING",
                ))
                .bind(hash.as_slice())
                .bind(&job.key_expires)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                (fresh == 0).then_some(1)
            };
            if seen.is_some() {
                results.push(Recorded::Replayed);
                continue;
            }
        }
        if let Some(hash) = &job.invite_hash {
            let used = sqlx::query(sql(
                "DELETE FROM invite_codes WHERE hash = ? AND form = ? AND expires >= ?",
            ))
            .bind(hash.as_slice())
            .bind(&job.form)
            .bind(clock::today())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            // Refused before anything of it was written, its key neither: sent again with a
            // good code, it counts.
            if used == 0 {
                results.push(Recorded::InviteNotValid);
                continue;
            }
            if let Some(key) = &job.key_hash {
                sqlx::query(sql(
                    "INSERT INTO idempotency_keys (hash, expires) VALUES (?, ?)",
                ))
                .bind(key.as_slice())
                .bind(&job.key_expires)
                .execute(&mut *tx)
                .await?;
            }
        }
        let form = job.form.as_str();
        for (question, option) in &job.counters {
            *counters
                .entry((form, question, option, &job.channel))
                .or_default() += 1;
        }
        for (question, option) in &job.diversity {
            *diversity.entry((form, question, option)).or_default() += 1;
        }
        *languages.entry((form, &job.language)).or_default() += 1;
        *channels.entry((form, &job.channel)).or_default() += 1;
        *weeks.entry(form).or_default() += 1;
        quotes.extend(job.quotes.iter().map(|q| (job, q)));
        results.push(Recorded::Counted);
    }
    if !results.contains(&Recorded::Counted) {
        // Only replays and refusals: nothing to keep.
        tx.rollback().await?;
        return Ok(results);
    }
    for ((form, question, option, channel), n) in counters {
        sqlx::query(sql(
            "INSERT INTO answer_counts (form, question, option, channel, count) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (form, question, option, channel) DO UPDATE SET count = answer_counts.count + excluded.count",
        ))
        .bind(form)
        .bind(question)
        .bind(option)
        .bind(channel)
        .bind(n)
        .execute(&mut *tx)
        .await?;
    }
    for ((form, question, option), n) in diversity {
        sqlx::query(sql(
            "INSERT INTO diversity_counts (form, question, option, count) VALUES (?, ?, ?, ?)
             ON CONFLICT (form, question, option) DO UPDATE SET count = diversity_counts.count + excluded.count",
        ))
        .bind(form)
        .bind(question)
        .bind(option)
        .bind(n)
        .execute(&mut *tx)
        .await?;
    }
    for (query, sums) in [
        (
            "INSERT INTO response_totals (form, language, count) VALUES (?, ?, ?)
             ON CONFLICT (form, language) DO UPDATE SET count = response_totals.count + excluded.count",
            &languages,
        ),
        (
            "INSERT INTO channel_totals (form, channel, count) VALUES (?, ?, ?)
             ON CONFLICT (form, channel) DO UPDATE SET count = channel_totals.count + excluded.count",
            &channels,
        ),
    ] {
        for ((form, value), n) in sums {
            sqlx::query(sql(query))
                .bind(*form)
                .bind(*value)
                .bind(*n)
                .execute(&mut *tx)
                .await?;
        }
    }
    let week = clock::this_week();
    for (form, n) in weeks {
        sqlx::query(sql(
            "INSERT INTO weekly_totals (form, week, count) VALUES (?, ?, ?)
             ON CONFLICT (form, week) DO UPDATE SET count = weekly_totals.count + excluded.count",
        ))
        .bind(form)
        .bind(&week)
        .bind(n)
        .execute(&mut *tx)
        .await?;
    }
    let today = clock::today();
    for (job, (question, bucket, status, text)) in quotes {
        sqlx::query(sql(
            "INSERT INTO quotes (id, form, question, bucket, channel, language, status, day, text)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ))
        .bind(random_id())
        .bind(&job.form)
        .bind(question)
        .bind(bucket)
        .bind(&job.channel)
        .bind(&job.language)
        .bind(*status)
        .bind(&today)
        .bind(text)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(results)
}
