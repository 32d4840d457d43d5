//! Coordinator exports. Every count goes through the release policy; none leaves raw.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chorus_core::release::{release_by_channel, release_table};

use super::coordinator_form;
use crate::AppState;
use crate::error::ApiError;
use crate::i18n::LANGUAGES;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/forms/{form}/export.csv", get(export_csv))
        .route("/api/forms/{form}/totals.csv", get(totals_csv))
}

/// `?by=channel` splits an export by channel.
#[derive(serde::Deserialize)]
struct Split {
    by: Option<String>,
}

impl Split {
    fn by_channel(&self) -> Result<bool, ApiError> {
        match self.by.as_deref() {
            None => Ok(false),
            Some("channel") => Ok(true),
            Some(other) => Err(ApiError::BadQuery(format!(
                "exports can be split by \"channel\" only, not \"{other}\": use ?by=channel or leave it out"
            ))),
        }
    }
}

async fn export_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(split): Query<Split>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let form = coordinator_form(&state, &headers, id)?;
    if split.by_channel()? {
        let by_channel = state.store.counts_by_channel(&form.id).await?;
        let rows = release_by_channel(&form, &by_channel, &state.policy)
            .into_iter()
            .map(|r| {
                [
                    form.id.clone(),
                    r.row.question,
                    r.row.option,
                    r.row.count.to_string(),
                    r.channel,
                ]
            });
        let body = csv_body(["form", "question", "option", "count", "channel"], rows)?;
        return Ok(csv_response(
            body,
            &format!("{}-counts-by-channel.csv", form.id),
        ));
    }
    let counts = state.store.counts(&form.id).await?;
    let rows = release_table(&form, &counts, &state.policy)
        .into_iter()
        .map(|row| {
            [
                form.id.clone(),
                row.question,
                row.option,
                row.count.to_string(),
            ]
        });
    let body = csv_body(["form", "question", "option", "count"], rows)?;
    Ok(csv_response(body, &format!("{}-counts.csv", form.id)))
}

/// Submissions by language, released like every count: `form,language,count`, one row per
/// language Chorus speaks (and "und" for submissions that did not say). With `?by=channel`,
/// submissions by channel instead: `form,channel,count`.
async fn totals_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(split): Query<Split>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let form = coordinator_form(&state, &headers, id)?;
    if split.by_channel()? {
        let totals = state.store.totals_by_channel(&form.id).await?;
        let rows = form.counted_channels().map(|channel| {
            let raw = totals.get(channel).copied().unwrap_or(0);
            [
                form.id.clone(),
                channel.to_string(),
                state.policy.release(raw).to_string(),
            ]
        });
        let body = csv_body(["form", "channel", "count"], rows)?;
        return Ok(csv_response(body, &format!("{}-channels.csv", form.id)));
    }
    let totals = state.store.totals_by_language(&form.id).await?;
    let rows = LANGUAGES
        .iter()
        .map(|l| l.tag)
        .chain(["und"])
        .map(|tag| (tag, totals.get(tag).copied().unwrap_or(0)))
        .filter(|(tag, raw)| *tag != "und" || *raw > 0)
        .map(|(tag, raw)| {
            [
                form.id.clone(),
                tag.to_string(),
                state.policy.release(raw).to_string(),
            ]
        });
    let body = csv_body(["form", "language", "count"], rows)?;
    Ok(csv_response(body, &format!("{}-languages.csv", form.id)))
}

/// A CSV file: the header, then the rows.
fn csv_body<const N: usize>(
    header: [&str; N],
    rows: impl Iterator<Item = [String; N]>,
) -> Result<Vec<u8>, ApiError> {
    let failed = |e: csv::Error| ApiError::Internal(e.to_string());
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(header).map_err(failed)?;
    for row in rows {
        out.write_record(&row).map_err(failed)?;
    }
    out.into_inner()
        .map_err(|e| ApiError::Internal(e.to_string()))
}

fn csv_response(body: Vec<u8>, filename: &str) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    (
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        body,
    )
        .into_response()
}
