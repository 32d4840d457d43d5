//! Quotes as JSON for scripts, and those held for review: free text in which the server found
//! something that may identify a person. Held ones are in no listing or export until a
//! coordinator publishes them, as written or edited, here or on the quotes page
//! ([`super::sensemaking`]).

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chorus_core::schema::Form;
use chorus_core::scrub;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{coordinator_form, csrf_header};
use crate::AppState;
use crate::error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/forms/{form}/quotes", get(shown))
        .route("/api/forms/{form}/quotes/held", get(held))
        .route("/api/forms/{form}/quotes/{id}/publish", post(publish))
}

/// The channels' groups of the form's release step (empty when it is not split by channel).
pub(super) async fn channel_groups(
    state: &AppState,
    form: &Form,
) -> Result<Vec<chorus_core::release::Group>, ApiError> {
    let policy = super::export::policy_for(state.policy, form);
    let step = super::export::current_step(state, form, &policy).await?;
    Ok(step.map(|s| s.groups).unwrap_or_default())
}

/// What a quote from `channel` is attributed to: its group when the form is split by channel.
pub(super) fn attribute(groups: &[chorus_core::release::Group], channel: &str) -> Option<String> {
    if groups.len() < 2 {
        return None;
    }
    groups
        .iter()
        .find(|(_, members)| members.iter().any(|m| m == channel))
        .map(|(group, _)| group.clone())
}

/// A quote as released: its channel only where that channel is shown on its own.
pub(super) struct Released {
    pub id: String,
    pub question: String,
    pub bucket: String,
    /// A channel shown on its own, "other-channels", or none when the form is not split.
    pub channel: Option<String>,
    pub language: String,
    pub text: String,
    pub insight: bool,
    /// Theme names, separated by "; ".
    pub themes: String,
}

/// The quotes coordinators may read, as of the form's release step: in random order, each
/// attributed to its channel only where that channel is shown on its own (else to
/// "other-channels", or to none when the form is not split by channel). Every listing and
/// export of quotes comes from here.
pub(super) async fn released(state: &AppState, form: &Form) -> Result<Vec<Released>, ApiError> {
    let groups = channel_groups(state, form).await?;
    let attributed = |channel: &str| attribute(&groups, channel);
    Ok(state
        .store
        .shown_quotes(&form.id)
        .await?
        .into_iter()
        .map(|q| Released {
            channel: attributed(&q.channel),
            id: q.id,
            question: q.question,
            bucket: q.bucket,
            language: q.language,
            text: q.text,
            insight: q.insight,
            themes: q.themes,
        })
        .collect())
}

async fn shown(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (form, _) = coordinator_form(&state, &headers, id).await?;
    let quotes: Vec<Value> = released(&state, &form)
        .await?
        .into_iter()
        .map(|q| {
            json!({
                "id": q.id,
                "question": q.question,
                "bucket": q.bucket,
                "channel": q.channel,
                "language": q.language,
                "text": q.text,
                "themes": q.themes.split("; ").filter(|t| !t.is_empty()).collect::<Vec<_>>(),
                "insight": q.insight,
            })
        })
        .collect();
    let mut response = Json(json!({ "form": form.id, "quotes": quotes })).into_response();
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// The held quotes, each with what the detector found in it.
async fn held(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (form, _) = coordinator_form(&state, &headers, id).await?;
    let quotes: Vec<Value> = state
        .store
        .held_quotes(&form.id)
        .await?
        .into_iter()
        .map(|q| {
            let found: Vec<Value> = scrub::find(&q.text)
                .iter()
                .map(|f| json!({ "kind": f.kind.as_str(), "text": &q.text[f.start..f.end] }))
                .collect();
            json!({
                "id": q.id,
                "question": q.question,
                "bucket": q.bucket,
                "text": q.text,
                "found": found,
            })
        })
        .collect();
    // May hold identifying details: kept in no cache.
    let mut response = Json(json!({ "quotes": quotes })).into_response();
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// `{"text": "…"}` to publish an edited quote; an empty body publishes it as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    text: Option<String>,
}

async fn publish(
    State(state): State<AppState>,
    Path((form_id, quote)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let (form, who) = coordinator_form(&state, &headers, form_id).await?;
    who.may_change(csrf_header(&headers))?;
    let edit: Edit = if body.iter().all(u8::is_ascii_whitespace) {
        Edit { text: None }
    } else {
        serde_json::from_slice(&body).map_err(|e| ApiError::MalformedJson(e.to_string()))?
    };
    let text = edit
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let by = who.actor();
    if state
        .store
        .publish_quote(&form.id, &quote, text, &by, crate::accounts::now())
        .await?
    {
        Ok(Json(json!({ "status": "published" })))
    } else {
        Err(ApiError::UnknownQuote(quote))
    }
}
