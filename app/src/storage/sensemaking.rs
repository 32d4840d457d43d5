//! What coordinators do with quotes: move them between buckets, tag them with themes, mark
//! insights, hide them; each change logged with who and when.

use super::{PUBLISHED, Store, StoreError};

/// A released quote as coordinators work on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteView {
    pub id: String,
    pub question: String,
    pub bucket: String,
    pub channel: String,
    pub language: String,
    pub text: String,
    pub hidden: bool,
    pub insight: bool,
    /// Theme names, in alphabetical order.
    pub themes: Vec<String>,
}

/// A change to one quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteChange {
    Move {
        bucket: String,
    },
    Insight(bool),
    Hidden(bool),
    /// Tags with a theme, creating it if the form has none by that name.
    Tag {
        theme: String,
    },
    Untag {
        theme: String,
    },
}

impl QuoteChange {
    /// As the audit log names it: the action and its detail.
    fn logged(&self) -> (&'static str, String) {
        match self {
            QuoteChange::Move { bucket } => ("move", bucket.clone()),
            QuoteChange::Insight(true) => ("mark-insight", String::new()),
            QuoteChange::Insight(false) => ("unmark-insight", String::new()),
            QuoteChange::Hidden(true) => ("hide", String::new()),
            QuoteChange::Hidden(false) => ("show", String::new()),
            QuoteChange::Tag { theme } => ("tag", theme.clone()),
            QuoteChange::Untag { theme } => ("untag", theme.clone()),
        }
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub coordinator: String,
    /// When, as "2026-11-23 14:05" (UTC).
    pub at: String,
    pub action: String,
    pub quote: Option<String>,
    pub detail: String,
}

impl Store {
    /// The released, published quotes of a form (hidden ones too), by random id.
    pub async fn quotes_to_sort(&self, form: &str) -> Result<Vec<QuoteView>, StoreError> {
        type Row = (
            String,
            String,
            String,
            String,
            String,
            String,
            i64,
            i64,
            String,
        );
        let rows: Vec<Row> = sqlx::query_as(self.sql(
            "SELECT q.id, q.question, q.bucket, q.channel, q.language, q.text, q.hidden, q.insight,
                    COALESCE((SELECT group_concat(t.name, ? ORDER BY t.name) FROM quote_themes qt
                              JOIN themes t ON t.id = qt.theme WHERE qt.quote = q.id), '')
             FROM quotes q WHERE q.form = ? AND q.status = ? AND q.released = 1 ORDER BY q.id",
        ))
        .bind("\u{1f}")
        .bind(form)
        .bind(PUBLISHED)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, question, bucket, channel, language, text, hidden, insight, themes)| {
                    let mut themes: Vec<String> = themes
                        .split('\u{1f}')
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                        .collect();
                    themes.sort();
                    QuoteView {
                        id,
                        question,
                        bucket,
                        channel,
                        language,
                        text,
                        hidden: hidden != 0,
                        insight: insight != 0,
                        themes,
                    }
                },
            )
            .collect())
    }

    /// The themes a form's coordinators have made, by name.
    pub async fn themes(&self, form: &str) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar(self.sql("SELECT name FROM themes WHERE form = ? ORDER BY name"))
                .bind(form)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// Changes a released, published quote and logs it, in one transaction. False if the form
    /// has no such quote (or it is not released yet, or held for review).
    pub async fn change_quote(
        &self,
        form: &str,
        quote: &str,
        change: &QuoteChange,
        coordinator: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let exists: Option<i64> =
            sqlx::query_scalar(self.sql(
                "SELECT 1 FROM quotes WHERE form = ? AND id = ? AND status = ? AND released = 1",
            ))
            .bind(form)
            .bind(quote)
            .bind(PUBLISHED)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Ok(false);
        }
        match change {
            QuoteChange::Move { bucket } => {
                sqlx::query(self.sql("UPDATE quotes SET bucket = ? WHERE id = ?"))
                    .bind(bucket)
                    .bind(quote)
                    .execute(&mut *tx)
                    .await?;
            }
            QuoteChange::Insight(on) => {
                sqlx::query(self.sql("UPDATE quotes SET insight = ? WHERE id = ?"))
                    .bind(i64::from(*on))
                    .bind(quote)
                    .execute(&mut *tx)
                    .await?;
            }
            QuoteChange::Hidden(on) => {
                sqlx::query(self.sql("UPDATE quotes SET hidden = ? WHERE id = ?"))
                    .bind(i64::from(*on))
                    .bind(quote)
                    .execute(&mut *tx)
                    .await?;
            }
            QuoteChange::Tag { theme } => {
                sqlx::query(
                    self.sql("INSERT INTO themes (id, form, name) VALUES (?, ?, ?) ON CONFLICT (form, name) DO NOTHING"),
                )
                .bind(super::random_id())
                .bind(form)
                .bind(theme)
                .execute(&mut *tx)
                .await?;
                sqlx::query(self.sql(
                    "INSERT INTO quote_themes (quote, theme)
                     SELECT ?, id FROM themes WHERE form = ? AND name = ? ON CONFLICT DO NOTHING",
                ))
                .bind(quote)
                .bind(form)
                .bind(theme)
                .execute(&mut *tx)
                .await?;
            }
            QuoteChange::Untag { theme } => {
                sqlx::query(self.sql(
                    "DELETE FROM quote_themes WHERE quote = ?
                     AND theme IN (SELECT id FROM themes WHERE form = ? AND name = ?)",
                ))
                .bind(quote)
                .bind(form)
                .bind(theme)
                .execute(&mut *tx)
                .await?;
            }
        }
        let (action, detail) = change.logged();
        self.log(&mut tx, form, coordinator, at, action, Some(quote), &detail)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// A form's audit log, newest first.
    pub async fn audit_log(&self, form: &str) -> Result<Vec<AuditEntry>, StoreError> {
        let rows: Vec<(String, i64, String, Option<String>, String)> = sqlx::query_as(self.sql(
            "SELECT coordinator, at, action, quote, detail
             FROM audit_log WHERE form = ? ORDER BY seq DESC",
        ))
        .bind(form)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(coordinator, at, action, quote, detail)| AuditEntry {
                coordinator,
                at: crate::clock::minute_of(at),
                action,
                quote,
                detail,
            })
            .collect())
    }

    /// Writes one line of the audit log in `tx`.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn log(
        &self,
        tx: &mut sqlx::AnyConnection,
        form: &str,
        coordinator: &str,
        at: i64,
        action: &str,
        quote: Option<&str>,
        detail: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(self.sql(
            "INSERT INTO audit_log (form, coordinator, at, action, quote, detail) VALUES (?, ?, ?, ?, ?, ?)",
        ))
        .bind(form)
        .bind(coordinator)
        .bind(at)
        .bind(action)
        .bind(quote)
        .bind(detail)
        .execute(tx)
        .await?;
        Ok(())
    }
}

impl Store {
    /// Deletes everything kept of a form's answers: counts, totals, quotes and what
    /// coordinators added to them, release steps, unused invite codes and "you said, we did".
    /// The audit log keeps a line saying who did it. The file is then rewritten (VACUUM), so
    /// the deleted rows are not left in its free pages.
    pub async fn delete_form_data(
        &self,
        form: &str,
        coordinator: &str,
        at: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        sqlx::query(
            self.sql(
                "DELETE FROM quote_themes WHERE quote IN (SELECT id FROM quotes WHERE form = ?)",
            ),
        )
        .bind(form)
        .execute(&mut *tx)
        .await?;
        for table in [
            "answer_counts",
            "diversity_counts",
            "channel_totals",
            "response_totals",
            "weekly_totals",
            "quotes",
            "themes",
            "release_steps",
            "invite_codes",
            "feedback",
        ] {
            sqlx::query(self.sql(format!("DELETE FROM {table} WHERE form = ?")))
                .bind(form)
                .execute(&mut *tx)
                .await?;
        }
        self.log(&mut tx, form, coordinator, at, "delete-data", None, "")
            .await?;
        tx.commit().await?;
        self.rewrite().await;
        Ok(())
    }

    /// Deletes a form's quotes older than `days` days (by the day they came), and what
    /// coordinators added to them. Returns how many went.
    pub async fn forget_old_quotes(&self, form: &str, days: u32) -> Result<u64, StoreError> {
        let mut tx = self.begin().await?;
        let cutoff = crate::clock::day_from_today(-i64::from(days));
        sqlx::query(self.sql(
            "DELETE FROM quote_themes WHERE quote IN
             (SELECT id FROM quotes WHERE form = ? AND day < ?)",
        ))
        .bind(form)
        .bind(&cutoff)
        .execute(&mut *tx)
        .await?;
        let gone = sqlx::query(self.sql("DELETE FROM quotes WHERE form = ? AND day < ?"))
            .bind(form)
            .bind(&cutoff)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        // Gone from the file too, not left in its free pages or the write-ahead log.
        if gone > 0 {
            self.rewrite().await;
        }
        Ok(gone)
    }
}

/// One version of a form's definition, as first run.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FormVersion {
    pub sha256: String,
    /// The first day the server ran with it (UTC).
    pub day: String,
    /// The form as JSON (the server's whole definition, translations included).
    pub definition: String,
}

impl Store {
    /// Records `definition` as the newest version of `form` unless it is the newest already
    /// (a form changed back to an earlier definition is recorded again). True if recorded.
    pub async fn record_form_version(
        &self,
        form: &str,
        definition: &str,
    ) -> Result<bool, StoreError> {
        use sha2::{Digest, Sha256};
        let sha = hex::encode(Sha256::digest(definition.as_bytes()));
        let newest: Option<(i64, String)> =
            sqlx::query_as(self.sql(
                "SELECT seq, sha256 FROM form_versions WHERE form = ? ORDER BY seq DESC LIMIT 1",
            ))
            .bind(form)
            .fetch_optional(&self.pool)
            .await?;
        let seq = match newest {
            Some((_, newest)) if newest == sha => return Ok(false),
            Some((seq, _)) => seq + 1,
            None => 1,
        };
        // Two instances starting at once: the first one records it.
        Ok(sqlx::query(self.sql(
            "INSERT INTO form_versions (form, seq, sha256, day, definition) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (form, seq) DO NOTHING",
        ))
        .bind(form)
        .bind(seq)
        .bind(sha)
        .bind(crate::clock::today())
        .bind(definition)
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }

    /// A form's versions, in the order the server ran them.
    pub async fn form_versions(&self, form: &str) -> Result<Vec<FormVersion>, StoreError> {
        Ok(sqlx::query_as(
            self.sql(
                "SELECT sha256, day, definition FROM form_versions WHERE form = ? ORDER BY seq",
            ),
        )
        .bind(form)
        .fetch_all(&self.pool)
        .await?)
    }
}

impl Store {
    /// A consistent copy of the whole database in a new file (SQLite's `VACUUM INTO`), taken
    /// while the server runs: compact, with no deleted rows left in it.
    pub async fn backup_to(&self, file: &std::path::Path) -> Result<(), StoreError> {
        if self.dialect == super::Dialect::Postgres {
            return Err(StoreError::NotOnThisDatabase(
                "chorus admin backup copies SQLite databases; back up PostgreSQL with pg_dump (docs/deploy.md)",
            ));
        }
        sqlx::query(self.sql("VACUUM INTO ?"))
            .bind(file.to_string_lossy().into_owned())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
