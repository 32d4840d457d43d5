//! The JSON API partners build on: form definitions and submissions.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use chorus_core::answers::{self, Submission};
use chorus_core::invite;
use chorus_core::schema::{Form, Openness};
use chorus_core::tally::tally;
use serde_json::{Value, json};

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::language;
use crate::storage::{Counted, Recorded};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/forms/{form}", get(form))
        .route("/api/forms/{form}/responses", post(submit))
        .route("/api/forms/{form}/challenge", get(challenge))
}

/// A proof-of-work challenge (see [`crate::pow`]). Nothing is kept about it or whoever asked;
/// any form may be asked, but only forms with `proof_of_work = true` check solutions.
async fn challenge(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    state.catalog.get(&id).ok_or(ApiError::UnknownForm(id))?;
    Ok((
        [(CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(state.pow.issue()),
    ))
}

async fn form(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Form>, ApiError> {
    let form = state.catalog.get(&id).ok_or(ApiError::UnknownForm(id))?;
    Ok(Json((*form).clone()))
}

/// Counts one submission. The answers are checked in full before anything is written, and
/// written in one transaction before "counted" is answered.
///
/// Every submission that gets as far as its channel being known counts against the
/// connection's allowance (see [`crate::limit`]), a replay with a known `Idempotency-Key` and
/// one then refused with 422 included; over it, nothing more is looked at or written.
async fn submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let form = state.catalog.get(&id).ok_or(ApiError::UnknownForm(id))?;
    taking_answers(&form)?;
    let key = idempotency_key(&headers)?;
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge
        } else {
            ApiError::BadBody(e.body_text())
        }
    })?;
    let submission: Submission =
        serde_json::from_slice(&body).map_err(|e| ApiError::MalformedJson(e.to_string()))?;
    let channel = form.counted_channel(submission.channel.as_deref());
    let peer = peer.map(|Extension(ConnectInfo(addr))| addr);
    state.limiter.check(peer, &headers, &form, channel)?;
    let answers = answers::check_submission(&form, &submission)?;
    let invite = invite_code(&form, submission.invite.as_deref())?;
    // Last before writing: a solution is used up only by a submission that could be counted.
    if form.proof_of_work {
        state.pow.redeem(submission.pow.as_deref(), key)?;
    }
    // A replay gets the same answer as the first time: it was counted, once.
    let counted = Counted {
        language: counted_language(submission.lang.as_deref()),
        channel,
    };
    let recorded = state
        .store
        .record(
            &form.id,
            &tally(&form, &answers),
            key,
            invite.as_deref(),
            counted,
        )
        .await?;
    if recorded == Recorded::InviteNotValid {
        return Err(ApiError::InviteNotValid);
    }
    Ok((StatusCode::CREATED, Json(json!({ "status": "counted" }))))
}

/// Refuses answers on the days the form does not take them (before `opens`, after `closes`).
pub fn taking_answers(form: &Form) -> Result<(), ApiError> {
    match form.taking_answers(&crate::clock::today()) {
        Openness::Open => Ok(()),
        Openness::NotYet => Err(ApiError::FormNotOpen),
        Openness::Closed => Err(ApiError::FormClosed),
    }
}

/// The code an invite-only form needs, normalised; `None` for other forms, which ignore any.
/// A missing code is refused as needed, and text that cannot be a code as not valid, without a
/// look in the database. Whether a well-formed code is still unused is only known inside
/// [`crate::storage::Store::record`], after the idempotency key.
pub fn invite_code(form: &Form, typed: Option<&str>) -> Result<Option<String>, ApiError> {
    if !form.invite_only {
        return Ok(None);
    }
    match typed.map(str::trim).filter(|t| !t.is_empty()) {
        None => Err(ApiError::InviteNeeded),
        Some(typed) => invite::normalise(typed)
            .map(Some)
            .ok_or(ApiError::InviteNotValid),
    }
}

/// The language a submission is counted under: one of Chorus's, or "und" (undetermined), never
/// free text from the request.
fn counted_language(lang: Option<&str>) -> &'static str {
    lang.and_then(language).map_or("und", |l| l.tag)
}

/// The optional `Idempotency-Key` header: at least 128 random bits in base64url (22 characters),
/// so keys from different devices never meet.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<&str>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = value.to_str().map_err(|_| ApiError::BadIdempotencyKey)?;
    // An RFC 8941 string item may come quoted.
    let key = key
        .strip_prefix('"')
        .and_then(|k| k.strip_suffix('"'))
        .unwrap_or(key);
    let ok = (22..=128).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(Some(key))
    } else {
        Err(ApiError::BadIdempotencyKey)
    }
}
