//! Every route, in one table of contents. The public contract is in docs/api.md.

mod api;
mod assets;
mod export;
mod invites;
mod pages;
mod quotes;
mod share;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use std::sync::Arc;

use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::routing::get;
use chorus_core::schema::Form;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::AppState;
use crate::error::ApiError;

/// Submissions are small: a whole form's answers fit easily in 64 KiB.
pub const BODY_LIMIT: usize = 64 * 1024;
/// The same answers posted by a page without the wasm, URL-encoded.
pub const PAGE_BODY_LIMIT: usize = 256 * 1024;

/// Coordinators only: the token (Bearer, or Basic from a browser) or nothing.
fn authorise(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let presented = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::token::presented);
    match presented {
        Some(token) if state.token.matches(&token) => Ok(()),
        _ => Err(ApiError::Unauthorized),
    }
}

/// The form a coordinator asks for. The token is checked first, so without it nothing is
/// learnt, not even which forms exist.
fn coordinator_form(
    state: &AppState,
    headers: &HeaderMap,
    id: String,
) -> Result<Arc<Form>, ApiError> {
    authorise(state, headers)?;
    state.catalog.get(&id).ok_or(ApiError::UnknownForm(id))
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
