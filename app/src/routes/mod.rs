//! Every route, in one table of contents. The public contract is in docs/api.md.

mod api;
mod assets;
mod dashboard;
mod data;
mod export;
mod feedback;
mod invites;
mod pages;
mod quotes;
mod sensemaking;
mod session;
mod share;
mod versions;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use std::sync::Arc;

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chorus_core::schema::Form;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::AppState;
use crate::accounts::{self, Who};
use crate::error::ApiError;

/// Submissions are small: a whole form's answers fit easily in 64 KiB.
pub const BODY_LIMIT: usize = 64 * 1024;
/// The same answers posted by a page without the wasm, URL-encoded.
pub const PAGE_BODY_LIMIT: usize = 256 * 1024;

/// The form a coordinator asks for, and who they are. Who is checked first, so without a
/// sign-in or token nothing is learnt, not even which forms exist; another organisation's form
/// is answered as if it did not exist.
async fn coordinator_form(
    state: &AppState,
    headers: &HeaderMap,
    id: String,
) -> Result<(Arc<Form>, Who), ApiError> {
    let who = accounts::who(state, headers).await?;
    match state.catalog.get(&id) {
        Some(form) if form.organisation == who.organisation => Ok((form, who)),
        _ => Err(ApiError::UnknownForm(id)),
    }
}

/// A coordinator page's error: without a sign-in, the sign-in page; otherwise as the API says it.
struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> PageError {
        PageError(e)
    }
}

impl From<crate::storage::StoreError> for PageError {
    fn from(e: crate::storage::StoreError) -> PageError {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self.0 {
            ApiError::Unauthorized => Redirect::to(session::SIGN_IN).into_response(),
            other => other.into_response(),
        }
    }
}

/// The CSRF token a script or page sent in `X-CSRF-Token`.
fn csrf_header(headers: &HeaderMap) -> Option<&str> {
    headers.get("x-csrf-token").and_then(|v| v.to_str().ok())
}

/// A field of a form-encoded body (`_csrf`, say), decoded.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
}

fn header(name: &'static str, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(
        HeaderName::from_static(name),
        HeaderValue::from_static(value),
    )
}

pub fn router(state: AppState) -> Router {
    Router::new()
        // A page post is URL-encoded: a character of free text can take 12 bytes there.
        .merge(pages::router().layer(DefaultBodyLimit::max(PAGE_BODY_LIMIT)))
        .merge(api::router().layer(DefaultBodyLimit::max(BODY_LIMIT)))
        .merge(export::router())
        .merge(share::router())
        .merge(dashboard::router())
        .merge(versions::router())
        .merge(data::router().layer(DefaultBodyLimit::max(BODY_LIMIT)))
        .merge(feedback::router().layer(DefaultBodyLimit::max(BODY_LIMIT)))
        .merge(session::router().layer(DefaultBodyLimit::max(BODY_LIMIT)))
        .merge(sensemaking::router().layer(DefaultBodyLimit::max(PAGE_BODY_LIMIT)))
        .merge(invites::router().layer(DefaultBodyLimit::max(BODY_LIMIT)))
        .merge(quotes::router().layer(DefaultBodyLimit::max(BODY_LIMIT)))
        .route("/healthz", get(|| async { "ok" }))
        .merge(assets::router(&state.public_dir))
        // Camera-off by construction, and no other site learns which form someone was on.
        .layer(header(
            "permissions-policy",
            "camera=(), microphone=(), geolocation=(), display-capture=(), payment=(), usb=()",
        ))
        .layer(header("referrer-policy", "no-referrer"))
        .layer(header("x-content-type-options", "nosniff"))
        // Pages, JSON and CSV are made per request: compress them at a middle level (the best
        // costs milliseconds of CPU per page for a few hundred bytes). Static files arrive
        // already compressed and are left alone.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(5)))
        .with_state(state)
}
