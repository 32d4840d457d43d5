//! What the HTTP tests share: a server on a real database, and requests to it as partner
//! sites, respondents and coordinators send them.
//!
//! The database is a SQLite file in a temporary folder, or, when `CHORUS_TEST_POSTGRES` names
//! a PostgreSQL server (`postgres://user@host:port/postgres`; scripts/test starts one), a new
//! database on that server for each test. scripts/test runs these tests once each way.
#![allow(dead_code)]

pub mod live;

use std::path::PathBuf;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chorus_app::catalog::Catalog;
use chorus_app::i18n::Locales;
use chorus_app::storage::{Dialect, Store};
use chorus_app::token::TokenHash;
use chorus_app::{AppState, router};
use chorus_core::release::Policy;
use http_body_util::BodyExt;
use serde_json::Value;
use tempfile::TempDir;
use tower::ServiceExt;

pub const TOKEN: &str = "test-coordinator-token";

/// Every download a coordinator can take of a form's numbers and quotes, after
/// `/api/forms/{form}/`.
pub const EXPORTS: [&str; 8] = [
    "export.csv",
    "export.csv?by=channel",
    "totals.csv",
    "totals.csv?by=channel",
    "totals.csv?by=week",
    "quotes.csv",
    "export.json",
    "quotes",
];

pub struct Server {
    pub router: Router,
    pub dir: TempDir,
    /// The database's URL.
    pub db: String,
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
    let db = fresh_database(dir.path()).await;
    server_on(forms, public_url, dir, db).await
}

/// A server on the database at `db` (another server may share it, as instances behind a load
/// balancer do).
pub async fn server_on(
    forms: &[PathBuf],
    public_url: Option<&str>,
    dir: TempDir,
    db: String,
) -> Server {
    let store = Store::open(&db).await.unwrap();
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
        db,
    }
}

/// The PostgreSQL server the tests run on, if any (see the top of this file).
pub fn postgres() -> Option<String> {
    std::env::var("CHORUS_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A new, empty database for one test: `chorus.db` in `dir`, or a new database on the
/// PostgreSQL server of `CHORUS_TEST_POSTGRES`.
pub async fn fresh_database(dir: &std::path::Path) -> String {
    let Some(admin) = postgres() else {
        return format!("sqlite://{}", dir.join("chorus.db").display());
    };
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let name = format!("t_{}", chorus_app::storage::random_id());
    let mut conn = sqlx::AnyConnection::connect(&admin).await.unwrap();
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .unwrap();
    conn.close().await.unwrap();
    let (address, options) = admin.split_once('?').unwrap_or((&admin, ""));
    let (base, _) = address.rsplit_once('/').expect("a URL ending in /database");
    if options.is_empty() {
        format!("{base}/{name}")
    } else {
        format!("{base}/{name}?{options}")
    }
}

/// A second connection to a test's database, for tests that look below what any page shows.
pub struct Db {
    pub pool: sqlx::AnyPool,
    pub dialect: Dialect,
}

impl Db {
    pub async fn open(url: &str) -> Db {
        sqlx::any::install_default_drivers();
        Db {
            pool: sqlx::AnyPool::connect(url).await.unwrap(),
            dialect: Dialect::of(url).unwrap(),
        }
    }

    /// A query with `?` placeholders, for this database.
    pub fn sql(
        &self,
        query: impl Into<std::borrow::Cow<'static, str>>,
    ) -> sqlx::AssertSqlSafe<std::borrow::Cow<'static, str>> {
        self.dialect.sql(query)
    }

    /// The tables Chorus made, by name.
    pub async fn tables(&self) -> Vec<String> {
        let query = match self.dialect {
            Dialect::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            Dialect::Postgres => {
                "SELECT CAST(table_name AS TEXT) FROM information_schema.tables
                 WHERE table_schema = current_schema() ORDER BY table_name"
            }
        };
        sqlx::query_scalar(query)
            .fetch_all(&self.pool)
            .await
            .unwrap()
    }

    /// A table's columns, in order.
    pub async fn columns(&self, table: &str) -> Vec<String> {
        let query = match self.dialect {
            Dialect::Sqlite => "SELECT name FROM pragma_table_info(?) ORDER BY cid",
            Dialect::Postgres => {
                "SELECT CAST(column_name AS TEXT) FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"
            }
        };
        sqlx::query_scalar(self.sql(query))
            .bind(table)
            .fetch_all(&self.pool)
            .await
            .unwrap()
    }

    /// Every row of every table as text (bytes in hex), in the order the database keeps them.
    pub async fn dump(&self) -> String {
        let mut out = String::new();
        for table in self.tables().await {
            out.push_str(&format!("== {table}\n"));
            // The migrations' bookkeeping has times of its own (and types Any cannot read).
            let query = if table == "_sqlx_migrations" {
                "SELECT version FROM _sqlx_migrations ORDER BY version".to_string()
            } else {
                format!("SELECT * FROM {table}")
            };
            let rows: Vec<sqlx::any::AnyRow> = sqlx::query(sqlx::AssertSqlSafe(query))
                .fetch_all(&self.pool)
                .await
                .unwrap();
            for row in &rows {
                out.push_str(&row_text(row));
                out.push('\n');
            }
        }
        out
    }

    pub async fn close(self) {
        self.pool.close().await;
    }
}

/// A row's values as text, `|` between them; bytes in hex.
pub fn row_text(row: &sqlx::any::AnyRow) -> String {
    use sqlx::{Column, Row, ValueRef};
    row.columns()
        .iter()
        .map(|c| {
            let raw = row.try_get_raw(c.ordinal()).unwrap();
            if raw.is_null() {
                return "NULL".to_string();
            }
            row.try_get::<String, _>(c.ordinal())
                .or_else(|_| row.try_get::<i64, _>(c.ordinal()).map(|n| n.to_string()))
                .or_else(|_| row.try_get::<Vec<u8>, _>(c.ordinal()).map(hex::encode))
                .unwrap_or_else(|_| "<?>".to_string())
        })
        .collect::<Vec<_>>()
        .join("|")
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

    /// A script's GET with the deployment's token (Bearer).
    pub async fn bearer_get(&self, uri: &str) -> Reply {
        let request = Request::get(uri)
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
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

    /// The database as bytes, to prove a request changed nothing and to look for what must
    /// never be kept: SQLite's files, or every row of every table on PostgreSQL.
    pub async fn files(&self) -> Vec<(String, Vec<u8>)> {
        if postgres().is_some() {
            let db = self.db().await;
            let dump = db.dump().await;
            db.close().await;
            return vec![("tables".to_string(), dump.into_bytes())];
        }
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

    /// A second connection to the server's database.
    pub async fn db(&self) -> Db {
        Db::open(&self.db).await
    }

    /// A counter as stored (all channels), read through a second connection: for tests about
    /// counting itself, below the numbers any export would show.
    pub async fn raw_count(&self, question: &str, option: &str) -> i64 {
        let db = self.db().await;
        let n: Option<i64> = sqlx::query_scalar(db.sql(
            "SELECT CAST(SUM(count) AS BIGINT) FROM answer_counts WHERE question = ? AND option = ?",
        ))
        .bind(question)
        .bind(option)
        .fetch_one(&db.pool)
        .await
        .unwrap();
        db.close().await;
        n.unwrap_or(0)
    }

    /// Rows in every table, read through a second connection.
    pub async fn row_counts(&self) -> Vec<(String, i64)> {
        let db = self.db().await;
        let pool = &db.pool;
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
                    .fetch_one(pool)
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
    let store = Store::open(&s.db).await.unwrap();
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
