//! The JSON API partners build on: form definitions and submissions.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use chorus_core::answers::{self, Submission};
use chorus_core::schema::Form;
use chorus_core::tally::tally;
use serde_json::{Value, json};

use crate::AppState;
use crate::error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/forms/{form}", get(form))
        .route("/api/forms/{form}/responses", post(submit))
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
async fn submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let form = state.catalog.get(&id).ok_or(ApiError::UnknownForm(id))?;
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge
        } else {
            ApiError::BadBody(e.body_text())
        }
    })?;
    let submission: Submission =
        serde_json::from_slice(&body).map_err(|e| ApiError::MalformedJson(e.to_string()))?;
    let answers = answers::check(&form, &submission.answers)?;
    state
        .store
        .record(&form.id, &tally(&form, &answers))
        .await?;
    Ok((StatusCode::CREATED, Json(json!({ "status": "counted" }))))
}
