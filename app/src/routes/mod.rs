//! Every route, in one table of contents. The public contract is in docs/api.md.

mod api;
mod assets;
mod export;
mod pages;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue};
use axum::routing::get;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::AppState;

/// Submissions are small: a whole form's answers fit easily in 64 KiB.
pub const BODY_LIMIT: usize = 64 * 1024;

fn header(name: &'static str, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::overriding(
        HeaderName::from_static(name),
        HeaderValue::from_static(value),
    )
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(pages::router())
        .merge(api::router())
        .merge(export::router())
        .route("/healthz", get(|| async { "ok" }))
        .merge(assets::router(&state.public_dir))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
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
