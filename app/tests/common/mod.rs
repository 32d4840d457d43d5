//! What the HTTP tests share: a server on a real SQLite file in a temporary folder, and
//! requests to it as partner sites, respondents and coordinators send them.
#![allow(dead_code)]

use std::path::PathBuf;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chorus_app::catalog::Catalog;
use chorus_app::i18n::Locales;
use chorus_app::storage::Store;
use chorus_app::token::TokenHash;
use chorus_app::{AppState, router};
use chorus_core::release::Policy;
use http_body_util::BodyExt;
use serde_json::Value;
use tempfile::TempDir;
use tower::ServiceExt;

pub const TOKEN: &str = "test-coordinator-token";

pub struct Server {
    pub router: Router,
    pub dir: TempDir,
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub async fn server() -> Server {
    server_at(None).await
}

/// A server whose links, QR codes and posters use `public_url` (`CHORUS_PUBLIC_URL`).
pub async fn server_at(public_url: Option<&str>) -> Server {
    server_of(&[root().join("forms")], public_url).await
}

/// A server with the forms in `forms` (folders of form files).
pub async fn server_of(forms: &[PathBuf], public_url: Option<&str>) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&format!(
        "sqlite://{}",
        dir.path().join("chorus.db").display()
    ))
    .await
    .unwrap();
    let catalog = Catalog::load(forms).unwrap();
    let state = AppState::new(
        catalog,
        store,
        Locales::load().unwrap(),
        TokenHash::of(TOKEN),
        Policy::default(),
        root().join("public"),
    )
    .with_public_url(public_url.map(str::to_string))
    // These tests send many submissions, all from one unknown client (no peer address): the
    // limits have tests of their own, at the end.
    .with_limiter(chorus_app::limit::Limiter::new(
        chorus_core::schema::MAX_SUBMISSIONS_PER_HOUR,
        Vec::new(),
    ));
    Server {
        router: router(state),
        dir,
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.text()))
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Server {
    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec();
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, uri: &str) -> Reply {
        self.send(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    pub async fn submit(&self, form: &str, body: impl Into<Body>) -> Reply {
        let request = Request::post(format!("/api/forms/{form}/responses"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.into())
            .unwrap();
        self.send(request).await
    }

    pub async fn submit_with_key(&self, body: &str, key: &str) -> Reply {
        let request = Request::post("/api/forms/demo/responses")
            .header(header::CONTENT_TYPE, "application/json")
            .header("idempotency-key", key)
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(request).await
    }

    pub async fn post_page(&self, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let body: String = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let request = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// A coordinator's GET, with the token as a browser sends it after asking (Basic).
    pub async fn coordinator_get(&self, uri: &str) -> Reply {
        use base64::Engine;
        let basic =
            base64::engine::general_purpose::STANDARD.encode(format!("coordinator:{TOKEN}"));
        let request = Request::get(uri)
            .header(header::AUTHORIZATION, format!("Basic {basic}"))
            .body(Body::empty())
            .unwrap();
        self.send(request).await
    }

    pub async fn export(&self, form: &str) -> Reply {
        let request = Request::get(format!("/api/forms/{form}/export.csv"))
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
            .body(Body::empty())
            .unwrap();
        self.send(request).await
    }

    /// The database's files as bytes, to prove a request changed nothing.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        ["chorus.db", "chorus.db-wal"]
            .iter()
            .map(|name| {
                (
                    name.to_string(),
                    std::fs::read(self.dir.path().join(name)).unwrap_or_default(),
                )
            })
            .collect()
    }

    /// A counter as stored (all channels), read through a second connection: for tests about
    /// counting itself, below the numbers any export would show.
    pub async fn raw_count(&self, question: &str, option: &str) -> i64 {
        let url = format!("sqlite://{}", self.dir.path().join("chorus.db").display());
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        let n: Option<i64> = sqlx::query_scalar(
            "SELECT SUM(count) FROM answer_counts WHERE question = ? AND option = ?",
        )
        .bind(question)
        .bind(option)
        .fetch_one(&pool)
        .await
        .unwrap();
        pool.close().await;
        n.unwrap_or(0)
    }

    /// Rows in every table, read through a second connection.
    pub async fn row_counts(&self) -> Vec<(String, i64)> {
        let url = format!("sqlite://{}", self.dir.path().join("chorus.db").display());
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        let mut out = Vec::new();
        for table in [
            "answer_counts",
            "diversity_counts",
            "quotes",
            "response_totals",
            "channel_totals",
            "coordinator_token",
        ] {
            let n: i64 =
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT count(*) FROM {table}")))
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            out.push((table.to_string(), n));
        }
        out
    }
}

pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Adds a coordinator of `organisation` (made if new) straight to the server's database.
pub async fn add_coordinator(s: &Server, organisation: &str, email: &str, password: &str) {
    let store = Store::open(&format!(
        "sqlite://{}",
        s.dir.path().join("chorus.db").display()
    ))
    .await
    .unwrap();
    store
        .ensure_organisation(organisation, organisation)
        .await
        .unwrap();
    let hash = chorus_app::accounts::hash_password(password).unwrap();
    store
        .create_coordinator(organisation, email, "Coordinator", &hash)
        .await
        .unwrap()
        .unwrap();
    store.close().await;
}

/// Signs in as a person does: the session cookie's value and the session's CSRF token (read
/// from a page's form).
pub async fn sign_in(s: &Server, email: &str, password: &str) -> (String, String) {
    let body = format!("email={}&password={}", encode(email), encode(password));
    let request = Request::post("/coordinator/sign-in")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let r = s.send(request).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(r.headers[header::LOCATION], "/coordinator");
    let set = r.headers[header::SET_COOKIE].to_str().unwrap().to_string();
    for part in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(set.contains(part), "{set}");
    }
    let value = set
        .strip_prefix("chorus_session=")
        .and_then(|v| v.split(';').next())
        .unwrap()
        .to_string();
    let page = s
        .send(
            Request::get("/coordinator")
                .header(header::COOKIE, format!("chorus_session={value}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = page
        .text()
        .split(r#"name="_csrf" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a CSRF token in the page")
        .to_string();
    (value, csrf)
}
