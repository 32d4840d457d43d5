//! Every route, in one table of contents. The public contract is in docs/api.md.

mod api;
mod assets;
mod export;
mod pages;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;

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
        .with_state(state)
}
