//! Chorus on its two databases: several instances sharing one database behave as one server,
//! and the same answers give the same exports on SQLite and on PostgreSQL.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chorus_app::storage::Dialect;
use chorus_core::pow::Challenge;
use common::*;
use serde_json::{Value, json};

const EMAIL: &str = "sam@riverside.example";
const PASSWORD: &str = "a long coordinator password";

fn with_cookie(
    request: axum::http::request::Builder,
    cookie: &str,
) -> axum::http::request::Builder {
    request.header(header::COOKIE, format!("chorus_session={cookie}"))
}

/// The repository's forms and a copy of the demo form that asks for proof of work.
fn forms_with_pow() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let demo = std::fs::read_to_string(root().join("forms/demo.toml")).unwrap();
    let guarded = demo.replacen("id = \"demo\"", "id = \"guarded\"\nproof_of_work = true", 1);
    std::fs::write(dir.path().join("guarded.toml"), guarded).unwrap();
    let path = dir.path().to_path_buf();
    (dir, vec![root().join("forms"), path])
}

#[tokio::test]
async fn two_instances_on_one_database_act_as_one() {
    let (_forms, forms) = forms_with_pow();
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database(dir.path()).await;
    let a = server_on(&forms, None, dir, db.clone()).await;
    let b = server_on(&forms, None, tempfile::tempdir().unwrap(), db).await;

    // A retry that reaches the other instance is still counted once.
    let body = r#"{"answers":{"support":"very-well"}}"#;
    let first = a.submit_with_key(body, "a-retried-submission-0001").await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    let again = b.submit_with_key(body, "a-retried-submission-0001").await;
    assert_eq!((again.status, again.json()), (first.status, first.json()));
    assert_eq!(a.raw_count("support", "very-well").await, 1);

    // A session made by one instance is good on the other, and ends on both.
    add_coordinator(&a, "default", EMAIL, PASSWORD).await;
    let (cookie, csrf) = sign_in(&a, EMAIL, PASSWORD).await;
    let page = b
        .send(
            with_cookie(Request::get("/coordinator"), &cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains(&csrf), "the same session on both");
    let out = b
        .send(
            with_cookie(Request::post("/coordinator/sign-out"), &cookie)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(format!("_csrf={}", encode(&csrf))))
                .unwrap(),
        )
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER, "{}", out.text());
    let after = a
        .send(
            with_cookie(Request::get("/coordinator"), &cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "signed out everywhere");

    // A proof-of-work challenge from one instance is accepted by the other (its key comes from
    // the database), and only by instances on the same database.
    let reply = a.get("/api/forms/guarded/challenge").await;
    assert_eq!(reply.status, StatusCode::OK);
    let challenge: Challenge = serde_json::from_slice(&reply.body).unwrap();
    use base64::Engine as _;
    let pow = base64::engine::general_purpose::STANDARD.encode(
        challenge
            .solution(challenge.solve().unwrap())
            .payload_json(),
    );
    let body = json!({"answers": {"support": "quite-well"}, "pow": pow}).to_string();
    let elsewhere = server_of(&forms, None).await;
    let refused = elsewhere.submit("guarded", body.clone()).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    assert_eq!(refused.json()["error"]["code"], "proof_of_work_not_valid");
    let counted = b.submit("guarded", body).await;
    assert_eq!(counted.status, StatusCode::CREATED, "{}", counted.text());
}

/// 36 people's answers to the demo form: every kind of question, three channels and none,
/// three languages (one right to left), quotes with accents and a formula-like start.
fn people() -> Vec<Value> {
    let support = [
        "very-well",
        "quite-well",
        "not-very-well",
        "not-at-all",
        "do-not-know",
    ];
    let used = [
        "gp",
        "talking-therapies",
        "cmht",
        "crisis",
        "peer-support",
        "community-group",
    ];
    let ages = ["18-24", "25-34", "35-49", "50-64", "65-plus"];
    let channels = ["", "riverside-mind", "st-marys-cafe", "eastside-food-bank"];
    let langs = ["en-GB", "cy", "ar"];
    let quotes = [
        "Peer support on a Tuesday night",
        "Y caffi cymunedol",
        "مجموعة الدعم في المسجد",
        "=A crisis line that answers",
        "Somewhere to go after 6pm",
        "Café staff who listen",
    ];
    (0..36)
        .map(|i| {
            let mut answers = json!({
                "support": support[i % 5],
                "used": [used[i % 6], used[(i * 7 + 1) % 6]],
                "age": ages[(i * 3) % 5],
            });
            // Each quote's words are its own, so both servers' coordinators change the same one.
            if i % 3 == 0 {
                let again = if i < 18 { "" } else { " again" };
                answers["helpful"] = json!(format!("{}{again}", quotes[(i / 3) % 6]));
            }
            if i % 4 == 1 {
                answers["ideas"] = json!(format!("Idea {}: {}", i / 4, quotes[(i + 2) % 6]));
            }
            let mut body = json!({ "answers": answers, "lang": langs[i % 3] });
            if !channels[i % 4].is_empty() {
                body["channel"] = json!(channels[i % 4]);
            }
            body
        })
        .collect()
}

/// What a coordinator downloads, by name, with quote ids (random on each server) taken out.
async fn downloads(s: &Server, cookie: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for name in EXPORTS {
        let r = s.bearer_get(&format!("/api/forms/demo/{name}")).await;
        assert_eq!(r.status, StatusCode::OK, "{name}: {}", r.text());
        let text = if name == "quotes" || name == "export.json" {
            let mut json = r.json();
            let mut quotes = json["quotes"].as_array().cloned().unwrap_or_default();
            for q in &mut quotes {
                q.as_object_mut().unwrap().remove("id");
            }
            // Listed by random id: the same quotes, in an order of their own on each server.
            quotes.sort_by_key(Value::to_string);
            if json.get("quotes").is_some() {
                json["quotes"] = Value::Array(quotes);
            }
            serde_json::to_string_pretty(&json).unwrap()
        } else if name == "quotes.csv" {
            let mut lines: Vec<&str> = r
                .body
                .split(|b| *b == b'\n')
                .map(|l| std::str::from_utf8(l).unwrap())
                .collect();
            lines[1..].sort();
            lines.join("\n")
        } else {
            r.text()
        };
        out.insert(name.to_string(), text);
    }
    // The workbook, sheet by sheet, cell by cell (quotes' rows sorted, as above).
    let xlsx = s.bearer_get("/api/forms/demo/export.xlsx").await;
    assert_eq!(xlsx.status, StatusCode::OK);
    {
        use calamine::{Reader, Xlsx};
        let mut book = Xlsx::new(std::io::Cursor::new(xlsx.body.clone())).unwrap();
        for sheet in book.sheet_names() {
            let range = book.worksheet_range(&sheet).unwrap();
            let mut rows: Vec<String> = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| c.to_string())
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect();
            rows[1..].sort();
            out.insert(format!("export.xlsx {sheet}"), rows.join("\n"));
        }
    }
    // Pages: the dashboard's numbers and the public "you said, we did".
    let dashboard = s
        .send(
            with_cookie(Request::get("/coordinator/forms/demo/dashboard"), cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(dashboard.status, StatusCode::OK);
    let html = dashboard.text();
    // The page carries the session's CSRF token; everything else must match.
    let csrf = html
        .split(r#"name="_csrf" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("")
        .to_string();
    let html = if csrf.is_empty() {
        html
    } else {
        html.replace(&csrf, "CSRF")
    };
    out.insert("dashboard".into(), html);
    out.insert(
        "you-said-we-did".into(),
        s.get("/f/demo/you-said-we-did").await.text(),
    );
    out
}

/// The check issue 8 ends with: the same run against PostgreSQL gives identical exports.
#[tokio::test]
#[ignore = "needs a PostgreSQL server: scripts/test starts one and sets CHORUS_TEST_POSTGRES"]
async fn the_same_answers_give_the_same_exports_on_sqlite_and_postgresql() {
    let admin = postgres().expect("CHORUS_TEST_POSTGRES names a PostgreSQL server");
    let forms = [root().join("forms")];
    let sqlite_dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}", sqlite_dir.path().join("chorus.db").display());
    let sqlite = server_on(&forms, None, sqlite_dir, sqlite_url).await;
    let pg_dir = tempfile::tempdir().unwrap();
    let pg_url = fresh_database(pg_dir.path()).await;
    assert!(pg_url.starts_with(admin.split('?').next().unwrap().rsplit_once('/').unwrap().0));
    let pg = server_on(&forms, None, pg_dir, pg_url).await;

    let mut sessions = Vec::new();
    for s in [&sqlite, &pg] {
        for (i, person) in people().iter().enumerate() {
            let r = s
                .submit_with_key(&person.to_string(), &format!("person-number-{i:08}"))
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
        }
        // The same sensemaking on both: a quote moved, tagged, marked and one hidden; a
        // "you said, we did" entry.
        add_coordinator(s, "default", EMAIL, PASSWORD).await;
        let (cookie, csrf) = sign_in(s, EMAIL, PASSWORD).await;
        let quotes = s.bearer_get("/api/forms/demo/quotes").await.json();
        let id_of = |text: &str| -> String {
            quotes["quotes"]
                .as_array()
                .unwrap()
                .iter()
                .find(|q| q["text"] == text)
                .unwrap_or_else(|| panic!("no quote {text:?} in {quotes}"))["id"]
                .as_str()
                .unwrap()
                .to_string()
        };
        for (text, fields) in [
            (
                "Peer support on a Tuesday night",
                vec![("action", "move"), ("bucket", "ideas")],
            ),
            (
                "Peer support on a Tuesday night",
                vec![("action", "tag"), ("theme", "Evenings")],
            ),
            (
                "Y caffi cymunedol",
                vec![("action", "tag"), ("theme", "Évènements")],
            ),
            (
                "Y caffi cymunedol",
                vec![("action", "tag"), ("theme", "Evenings")],
            ),
            (
                "مجموعة الدعم في المسجد",
                vec![("action", "insight"), ("value", "on")],
            ),
            (
                "=A crisis line that answers again",
                vec![("action", "hide")],
            ),
        ] {
            let mut all = vec![("_csrf", csrf.as_str())];
            all.extend_from_slice(&fields);
            let r = s
                .send(
                    with_cookie(
                        Request::post(format!("/coordinator/forms/demo/quotes/{}", id_of(text))),
                        &cookie,
                    )
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(serde_urlencoded::to_string(&all).unwrap()))
                    .unwrap(),
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{fields:?}: {}", r.text());
        }
        let r = s
            .send(
                with_cookie(Request::post("/coordinator/forms/demo/feedback"), &cookie)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(
                        serde_urlencoded::to_string([
                            ("_csrf", csrf.as_str()),
                            ("action", "add"),
                            ("said-en-GB", "Evenings were hard"),
                            ("did-en-GB", "The café opens until 9pm"),
                        ])
                        .unwrap(),
                    ))
                    .unwrap(),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "feedback: {}", r.text());
        sessions.push(cookie);
    }

    let on_sqlite = downloads(&sqlite, &sessions[0]).await;
    let on_pg = downloads(&pg, &sessions[1]).await;
    assert_eq!(
        on_sqlite.keys().collect::<Vec<_>>(),
        on_pg.keys().collect::<Vec<_>>()
    );
    for (name, text) in &on_sqlite {
        assert_eq!(
            text, &on_pg[name],
            "{name} differs between SQLite and PostgreSQL"
        );
    }
    // Not empty: counts were released, quotes shown, the hidden one in none of them.
    assert!(on_sqlite["export.csv"].contains("demo,support,very-well,"));
    assert!(
        on_sqlite["quotes.csv"].contains("Evenings; Évènements"),
        "{}",
        on_sqlite["quotes.csv"]
    );
    for (name, text) in &on_sqlite {
        assert!(
            !text.contains("answers again"),
            "{name} shows a hidden quote"
        );
    }
    assert!(on_sqlite["you-said-we-did"].contains("The café opens until 9pm"));
}

/// What one submission wrote together stays recognisable in the database until the next
/// release step rewrites it (docs/privacy.md): SQLite's write-ahead log, PostgreSQL's row
/// versions and the transaction id (`xmin`) on every row one submission touched.
#[tokio::test]
async fn each_release_step_rewrites_what_submissions_wrote_together() {
    let s = server().await;
    for i in 0..12 {
        let support = ["very-well", "not-at-all"][i % 2];
        let helpful = format!(
            "Something that helps, number {}",
            ["one", "two", "three"][i % 3]
        );
        let body = json!({ "answers": { "support": support, "helpful": helpful } });
        let r = s
            .submit_with_key(
                &body.to_string(),
                &format!("rewrite-test-key-number-{i:04}"),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    }
    let db = s.db().await;
    let transactions = |table: &'static str| {
        let db = &db;
        async move {
            let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT count(DISTINCT CAST(xmin AS TEXT)) FROM {table}"
            )))
            .fetch_one(&db.pool)
            .await
            .unwrap();
            n
        }
    };
    let wal = || std::fs::metadata(s.dir.path().join("chorus.db-wal")).map_or(0, |m| m.len());
    match db.dialect {
        Dialect::Postgres => assert!(transactions("answer_counts").await > 1),
        Dialect::Sqlite => assert!(wal() > 0),
    }
    // The first view takes a release step.
    assert_eq!(s.export("demo").await.status, StatusCode::OK);
    match db.dialect {
        Dialect::Postgres => {
            for table in [
                "answer_counts",
                "quotes",
                "response_totals",
                "channel_totals",
                "weekly_totals",
                "idempotency_keys",
            ] {
                assert_eq!(transactions(table).await, 1, "{table}");
            }
        }
        Dialect::Sqlite => assert_eq!(wal(), 0, "the write-ahead log is emptied"),
    }
    // Rows lie in key order: random for quotes, so not the order they came in.
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM quotes")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids.len(), 12);
    assert_eq!(ids, sorted);
    db.close().await;
}

/// Across a network the connection to PostgreSQL is encrypted when the URL asks for it
/// (`sslmode`): the throwaway server of scripts/postgres has a self-signed certificate.
#[tokio::test]
#[ignore = "needs a PostgreSQL server: scripts/test starts one and sets CHORUS_TEST_POSTGRES"]
async fn the_connection_to_postgresql_can_be_encrypted() {
    postgres().expect("CHORUS_TEST_POSTGRES names a PostgreSQL server");
    let dir = tempfile::tempdir().unwrap();
    let plain = fresh_database(dir.path()).await;
    let url = format!("{}?sslmode=require", plain.split('?').next().unwrap());
    let store = chorus_app::storage::Store::open(&url).await.unwrap();
    store.ensure_organisation("tls", "Over TLS").await.unwrap();
    assert_eq!(
        store.organisation_name("tls").await.unwrap().as_deref(),
        Some("Over TLS")
    );
    store.close().await;
    let db = Db::open(&url).await;
    let encrypted: bool =
        sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert!(encrypted, "the connection is not encrypted");
    db.close().await;
}
