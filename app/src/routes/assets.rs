//! Static files, served precompressed (`.br`, `.gz` written at build time).

use std::path::Path;

use axum::Router;
use axum::http::HeaderValue;
use axum::http::header::CACHE_CONTROL;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::AppState;

pub fn router(public: &Path) -> Router<AppState> {
    let files = |dir: &Path| ServeDir::new(dir).precompressed_br().precompressed_gzip();
    Router::new()
        // The embed loader partners paste in: one well-known name, so cached only briefly.
        .route_service(
            "/embed.js",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=3600"),
                ))
                .service(
                    ServeFile::new(public.join("embed.js"))
                        .precompressed_br()
                        .precompressed_gzip(),
                ),
        )
        // Widget builds are named by their content hash, so they never change under a name.
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=31536000, immutable"),
                ))
                .service(files(&public.join("pkg"))),
        )
        .nest_service(
            "/assets",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::if_not_present(
                    CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=3600"),
                ))
                .service(files(public)),
        )
}
