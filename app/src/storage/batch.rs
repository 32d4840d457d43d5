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

/// Rows in one multi-row statement: SQLite takes at most 32766 values a statement.
const ROWS: usize = 1000;

type AnyQuery = sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments>;

/// Writes `rows` as `head VALUES (?, …), (?, …) tail`, [`ROWS`] of them a statement, so a batch
/// costs a handful of statements however many submissions it holds.
async fn insert<T>(
    tx: &mut sqlx::AnyConnection,
    dialect: Dialect,
    (head, width, tail): (&str, usize, &str),
    rows: &[T],
    bind: impl Fn(AnyQuery, &T) -> AnyQuery,
) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(ROWS) {
        let mut query = sqlx::query(dialect.sql(values(head, width, chunk.len(), tail)));
        for row in chunk {
            query = bind(query, row);
        }
        query.execute(&mut *tx).await?;
    }
    Ok(())
}

/// `head VALUES (?, ?), (?, ?) tail` for `rows` rows of `width` values.
fn values(head: &str, width: usize, rows: usize, tail: &str) -> String {
    let row = format!("({})", vec!["?"; width].join(", "));
    format!(
        "{head} VALUES {} {tail}",
        vec![row.as_str(); rows].join(", ")
    )
}

/// Adds counts to counters that may not exist yet.
fn upsert(table: &str, key: &str) -> String {
    format!("ON CONFLICT ({key}) DO UPDATE SET count = {table}.count + excluded.count")
}

async fn apply(
    pool: &AnyPool,
    dialect: Dialect,
    jobs: &[Job],
) -> Result<Vec<Recorded>, StoreError> {
    let mut tx = super::begin_write(pool, dialect).await?;
    let mut results: Vec<Option<Recorded>> = vec![None; jobs.len()];

    // Keys. The same key twice in one batch: the later one is a replay of the first.
    let mut in_batch = std::collections::HashSet::new();
    for (job, result) in jobs.iter().zip(&mut results) {
        if let Some(hash) = &job.key_hash
            && !in_batch.insert(hash)
        {
            *result = Some(Recorded::Replayed);
        }
    }
    // Keys without an invite code are looked up and kept in one statement: the rows it returns
    // are the keys it added, the others were seen before.
    let plain: Vec<(&[u8; 32], &str)> = jobs
        .iter()
        .zip(&results)
        .filter(|(j, r)| r.is_none() && j.invite_hash.is_none())
        .filter_map(|(j, _)| Some((j.key_hash.as_ref()?, j.key_expires.as_str())))
        .collect();
    let mut fresh = std::collections::HashSet::new();
    for chunk in plain.chunks(ROWS) {
        let sql = values(
            "INSERT INTO idempotency_keys (hash, expires)",
            2,
            chunk.len(),
            "ON CONFLICT (hash) DO NOTHING RETURNING hash",
        );
        let mut query = sqlx::query_scalar::<_, Vec<u8>>(dialect.sql(sql));
        for (hash, expires) in chunk {
            query = query.bind(hash.as_slice()).bind(*expires);
        }
        fresh.extend(query.fetch_all(&mut *tx).await?);
    }
    for (job, result) in jobs.iter().zip(&mut results) {
        if let (None, None, Some(hash)) = (&result, &job.invite_hash, &job.key_hash)
            && !fresh.contains(hash.as_slice())
        {
            *result = Some(Recorded::Replayed);
        }
    }
    // Invite codes (invite-only forms; few): one by one, the key first, so a retry of a
    // submission whose code it used up is a replay, and a refused one leaves nothing written,
    // its key neither: sent again with a good code, it counts.
    for (job, result) in jobs.iter().zip(&mut results) {
        let (None, Some(invite)) = (&result, &job.invite_hash) else {
            continue;
        };
        if let Some(key) = &job.key_hash {
            let seen: Option<i64> =
                sqlx::query_scalar(dialect.sql("SELECT 1 FROM idempotency_keys WHERE hash = ?"))
                    .bind(key.as_slice())
                    .fetch_optional(&mut *tx)
                    .await?;
            if seen.is_some() {
                *result = Some(Recorded::Replayed);
                continue;
            }
        }
        let used = sqlx::query(
            dialect.sql("DELETE FROM invite_codes WHERE hash = ? AND form = ? AND expires >= ?"),
        )
        .bind(invite.as_slice())
        .bind(&job.form)
        .bind(clock::today())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if used == 0 {
            *result = Some(Recorded::InviteNotValid);
            continue;
        }
        if let Some(key) = &job.key_hash {
            sqlx::query(dialect.sql("INSERT INTO idempotency_keys (hash, expires) VALUES (?, ?)"))
                .bind(key.as_slice())
                .bind(&job.key_expires)
                .execute(&mut *tx)
                .await?;
        }
    }
    let counted: Vec<&Job> = jobs
        .iter()
        .zip(&results)
        .filter(|(_, r)| r.is_none())
        .map(|(j, _)| j)
        .collect();
    let results: Vec<Recorded> = results
        .into_iter()
        .map(|r| r.unwrap_or(Recorded::Counted))
        .collect();
    if counted.is_empty() {
        // Only replays and refusals: nothing to keep.
        tx.rollback().await?;
        return Ok(results);
    }

    // The increments, summed: 32 people answering at once are one `+32` per counter.
    let mut counters: BTreeMap<(&str, &str, &str, &str), i64> = BTreeMap::new();
    let mut diversity: BTreeMap<(&str, &str, &str), i64> = BTreeMap::new();
    let mut languages: BTreeMap<(&str, &str), i64> = BTreeMap::new();
    let mut channels: BTreeMap<(&str, &str), i64> = BTreeMap::new();
    let mut weeks: BTreeMap<&str, i64> = BTreeMap::new();
    for job in &counted {
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
    }
    let counters: Vec<_> = counters.into_iter().collect();
    insert(
        &mut tx,
        dialect,
        (
            "INSERT INTO answer_counts (form, question, option, channel, count)",
            5,
            &upsert("answer_counts", "form, question, option, channel"),
        ),
        &counters,
        |q, ((form, question, option, channel), n)| {
            q.bind(*form)
                .bind(*question)
                .bind(*option)
                .bind(*channel)
                .bind(*n)
        },
    )
    .await?;
    let diversity: Vec<_> = diversity.into_iter().collect();
    insert(
        &mut tx,
        dialect,
        (
            "INSERT INTO diversity_counts (form, question, option, count)",
            4,
            &upsert("diversity_counts", "form, question, option"),
        ),
        &diversity,
        |q, ((form, question, option), n)| q.bind(*form).bind(*question).bind(*option).bind(*n),
    )
    .await?;
    for (table, column, sums) in [
        ("response_totals", "language", languages),
        ("channel_totals", "channel", channels),
    ] {
        let sums: Vec<_> = sums.into_iter().collect();
        insert(
            &mut tx,
            dialect,
            (
                &format!("INSERT INTO {table} (form, {column}, count)"),
                3,
                &upsert(table, &format!("form, {column}")),
            ),
            &sums,
            |q, ((form, value), n)| q.bind(*form).bind(*value).bind(*n),
        )
        .await?;
    }
    let week = clock::this_week();
    let weeks: Vec<_> = weeks.into_iter().collect();
    insert(
        &mut tx,
        dialect,
        (
            "INSERT INTO weekly_totals (form, week, count)",
            3,
            &upsert("weekly_totals", "form, week"),
        ),
        &weeks,
        |q, (form, n)| q.bind(*form).bind(&week).bind(*n),
    )
    .await?;
    let today = clock::today();
    let quotes: Vec<_> = counted
        .iter()
        .flat_map(|job| job.quotes.iter().map(move |quote| (*job, quote)))
        .collect();
    insert(
        &mut tx,
        dialect,
        (
            "INSERT INTO quotes (id, form, question, bucket, channel, language, status, day, text)",
            9,
            "",
        ),
        &quotes,
        |q, (job, (question, bucket, status, text))| {
            q.bind(random_id())
                .bind(&job.form)
                .bind(question)
                .bind(bucket)
                .bind(&job.channel)
                .bind(&job.language)
                .bind(*status)
                .bind(&today)
                .bind(text)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(results)
}
