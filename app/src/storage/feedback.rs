//! "You said, we did" entries: coordinators' words to the community, in the form's languages.

use std::collections::BTreeMap;

use chorus_core::schema::ENGLISH;

use super::{Store, StoreError, random_id};

/// One entry, every language it was written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackEntry {
    pub id: String,
    /// The day it was written (UTC), as `2026-11-23`.
    pub day: String,
    /// The insight (a quote's id) it answers, if any.
    pub insight: Option<String>,
    /// Language tag -> (you said, we did). English is always there.
    pub texts: BTreeMap<String, (String, String)>,
}

impl FeedbackEntry {
    /// Its words in `lang`, else in English, and the language they are in.
    pub fn in_lang(&self, lang: &str) -> (&str, &str, &str) {
        self.texts
            .get_key_value(lang)
            .or_else(|| self.texts.get_key_value(ENGLISH))
            .or_else(|| self.texts.iter().next())
            .map_or((ENGLISH, "", ""), |(tag, (said, did))| {
                (tag.as_str(), said.as_str(), did.as_str())
            })
    }
}

impl Store {
    /// A new entry, `texts` as (language, you said, we did) with English first; logged.
    pub async fn add_feedback(
        &self,
        form: &str,
        texts: &[(String, String, String)],
        insight: Option<&str>,
        coordinator: &str,
        at: i64,
    ) -> Result<String, StoreError> {
        let id = random_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            self.sql("INSERT INTO feedback (id, form, day, written, insight, coordinator) VALUES (?, ?, ?, ?, ?, ?)"),
        )
        .bind(&id)
        .bind(form)
        .bind(crate::clock::day_of(at))
        .bind(at)
        .bind(insight)
        .bind(coordinator)
        .execute(&mut *tx)
        .await?;
        for (lang, said, did) in texts {
            sqlx::query(
                self.sql("INSERT INTO feedback_texts (feedback, language, you_said, we_did) VALUES (?, ?, ?, ?)"),
            )
            .bind(&id)
            .bind(lang)
            .bind(said)
            .bind(did)
            .execute(&mut *tx)
            .await?;
        }
        self.log(&mut tx, form, coordinator, at, "add-feedback", insight, &id)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Deletes an entry of the form; false if there is none. Logged.
    pub async fn delete_feedback(
        &self,
        form: &str,
        id: &str,
        coordinator: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let gone = sqlx::query(self.sql("DELETE FROM feedback WHERE form = ? AND id = ?"))
            .bind(form)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if gone == 0 {
            return Ok(false);
        }
        self.log(&mut tx, form, coordinator, at, "delete-feedback", None, id)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// A form's entries, newest first; at most `limit` of them. One query: the form's pages
    /// ask for the latest two each time they are drawn.
    pub async fn feedback(&self, form: &str, limit: u32) -> Result<Vec<FeedbackEntry>, StoreError> {
        type Row = (String, String, Option<String>, String, String, String);
        let rows: Vec<Row> = sqlx::query_as(self.sql(
            "SELECT f.id, f.day, f.insight, t.language, t.you_said, t.we_did
             FROM (SELECT id, day, insight, written FROM feedback WHERE form = ?
                   ORDER BY written DESC, id LIMIT ?) f
             JOIN feedback_texts t ON t.feedback = f.id
             ORDER BY f.written DESC, f.id",
        ))
        .bind(form)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        let mut out: Vec<FeedbackEntry> = Vec::new();
        for (id, day, insight, language, said, did) in rows {
            if out.last().is_none_or(|e| e.id != id) {
                out.push(FeedbackEntry {
                    id,
                    day,
                    insight,
                    texts: BTreeMap::new(),
                });
            }
            if let Some(entry) = out.last_mut() {
                entry.texts.insert(language, (said, did));
            }
        }
        Ok(out)
    }
}
