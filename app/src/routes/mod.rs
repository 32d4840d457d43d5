//! Every route, in one table of contents. The public contract is in docs/api.md.

mod api;
mod assets;
mod export;
mod pages;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;

use crate::AppState;

/// Submissions are small: a whole form's answers fit easily in 64 KiB.
pub const BODY_LIMIT: usize = 64 * 1024;

pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(pages::router())
        .merge(api::router())
        .merge(export::router())
        .route("/healthz", get(|| async { "ok" }))
        .merge(assets::router(&state.public_dir))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // Pages, JSON and CSV are made per request: compress them at a middle level (the best
        // costs milliseconds of CPU per page for a few hundred bytes). Static files arrive
        // already compressed and are left alone.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(5)))
        .with_state(state)
}
