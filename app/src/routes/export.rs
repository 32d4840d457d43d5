//! Coordinator exports. Every count goes through the release policy; none leaves raw.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chorus_core::release::release_table;

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::LANGUAGES;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/forms/{form}/export.csv", get(export_csv))
        .route("/api/forms/{form}/totals.csv", get(totals_csv))
}

/// Checked before anything else, so without a token nothing is learnt, not even which forms exist.
fn authorise(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let presented = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim());
    match presented {
        Some(token) if state.token.matches(token) => Ok(()),
        _ => Err(ApiError::Unauthorized),
    }
}

async fn export_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorise(&state, &headers)?;
    let form = state.catalog.get(&id).ok_or(ApiError::UnknownForm(id))?;
    let counts = state.store.counts(&form.id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let csv_failed = |e: csv::Error| ApiError::Internal(e.to_string());
    out.write_record(["form", "question", "option", "count"])
        .map_err(csv_failed)?;
    for row in release_table(&form, &counts, &state.policy) {
        out.write_record([
            form.id.as_str(),
            &row.question,
            &row.option,
            &row.count.to_string(),
        ])
        .map_err(csv_failed)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let disposition = format!("attachment; filename=\"{}-counts.csv\"", form.id);
    Ok(csv_response(body, &disposition))
}

/// Submissions by language, released like every count: `form,language,count`, one row per
/// language Chorus speaks (and "und" for submissions that did not say).
async fn totals_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorise(&state, &headers)?;
    let form = state.catalog.get(&id).ok_or(ApiError::UnknownForm(id))?;
    let totals = state.store.totals_by_language(&form.id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| ApiError::Internal(e.to_string());
    out.write_record(["form", "language", "count"])
        .map_err(failed)?;
    let tags = LANGUAGES.iter().map(|l| l.tag).chain(["und"]);
    for tag in tags {
        let raw = totals.get(tag).copied().unwrap_or(0);
        if tag == "und" && raw == 0 {
            continue;
        }
        out.write_record([
            form.id.as_str(),
            tag,
            &state.policy.release(raw).to_string(),
        ])
        .map_err(failed)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let disposition = format!("attachment; filename=\"{}-languages.csv\"", form.id);
    Ok(csv_response(body, &disposition))
}

fn csv_response(body: Vec<u8>, disposition: &str) -> Response {
    (
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_str(disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        body,
    )
        .into_response()
}
