//! The floor for the server benchmark (scripts/bench-server): an axum server that takes a
//! submission's body and answers 201 like Chorus, doing nothing with it. Chorus's rate is
//! reported as a share of this one's, measured in the same run on the same machine.
//!
//! `cargo run --release -p chorus-app --example empty_handler -- 127.0.0.1:8090`

use axum::Router;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::routing::post;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:8090".to_string());
    let app = Router::new().route(
        "/api/forms/{form}/responses",
        post(|_body: Bytes| async {
            (
                StatusCode::CREATED,
                [("content-type", "application/json")],
                r#"{"status":"counted"}"#,
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
