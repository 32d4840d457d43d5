//! The HTTP contract of docs/api.md, against a real SQLite file.

mod common;

use common::*;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chorus_app::catalog::Catalog;
use chorus_app::i18n::Locales;
use chorus_app::storage::Store;
use chorus_app::token::TokenHash;
use chorus_app::{AppState, router};
use chorus_core::release::Policy;
use serde_json::json;
use tempfile::TempDir;

/// A CSV file's text after its UTF-8 byte-order mark, which every CSV export starts with.
fn after_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no byte-order mark: {text:?}"))
}

/// A CSV export as (question, option) -> count text.
fn csv_counts(text: &str) -> Vec<(String, String, String)> {
    let mut lines = after_bom(text).lines();
    assert_eq!(lines.next(), Some("form,question,option,count"));
    lines
        .map(|l| {
            let cols: Vec<&str> = l.split(',').collect();
            assert_eq!(cols.len(), 4, "{l}");
            assert_eq!(cols[0], "demo");
            (
                cols[1].to_string(),
                cols[2].to_string(),
                cols[3].to_string(),
            )
        })
        .collect()
}

fn count_of(rows: &[(String, String, String)], question: &str, option: &str) -> String {
    rows.iter()
        .find(|(q, o, _)| q == question && o == option)
        .unwrap_or_else(|| panic!("no row {question},{option}"))
        .2
        .clone()
}

#[tokio::test]
async fn form_definition_as_json() {
    let s = server().await;
    let reply = s.get("/api/forms/demo").await;
    assert_eq!(reply.status, StatusCode::OK);
    let form = reply.json();
    assert_eq!(form["id"], "demo");
    let questions = form["questions"].as_array().unwrap();
    assert!(questions.len() >= 8);
    let kinds: Vec<&str> = questions
        .iter()
        .map(|q| q["kind"].as_str().unwrap())
        .collect();
    for kind in ["single", "multiple", "text", "diversity"] {
        assert!(kinds.contains(&kind), "no {kind} question in the demo form");
    }
    assert_eq!(
        questions[0]["options"][0],
        json!({"id": "very-well", "label": "Very well"})
    );
    assert!(questions.iter().all(|q| q["bucket"].is_string()));

    let missing = s.get("/api/forms/nope").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["error"]["code"], "unknown_form");
}

#[tokio::test]
async fn a_submission_is_counted() {
    let s = server().await;
    let reply = s
        .submit("demo", r#"{"answers":{"support":"quite-well","used":["gp","crisis"],"helpful":"The peer group on Tuesdays","age":"prefer-not-to-say"}}"#)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    assert_eq!(reply.json(), json!({"status": "counted"}));
}

#[tokio::test]
async fn bad_input_is_refused_and_changes_nothing() {
    let s = server().await;
    // One good submission first, so the database has content that could change.
    assert_eq!(
        s.submit("demo", r#"{"answers":{"support":"very-well"}}"#)
            .await
            .status,
        StatusCode::CREATED
    );
    let before = s.files().await;
    assert!(!before[0].1.is_empty());

    let long_text = "é".repeat(1201);
    let huge = format!(r#"{{"answers":{{"helpful":"{}"}}}}"#, "a".repeat(70 * 1024));
    let cases: Vec<(&str, String, u16, &str, Option<&str>)> = vec![
        (
            "nope",
            r#"{"answers":{}}"#.into(),
            404,
            "unknown_form",
            None,
        ),
        (
            "demo",
            r#"{"answers":{"colour":"red"}}"#.into(),
            422,
            "unknown_question",
            Some("colour"),
        ),
        (
            "demo",
            r#"{"answers":{"support":"amazing"}}"#.into(),
            422,
            "unknown_option",
            Some("support"),
        ),
        (
            "demo",
            r#"{"answers":{"support":["very-well"]}}"#.into(),
            422,
            "wrong_kind",
            Some("support"),
        ),
        (
            "demo",
            r#"{"answers":{"used":"gp"}}"#.into(),
            422,
            "wrong_kind",
            Some("used"),
        ),
        (
            "demo",
            r#"{"answers":{"helpful":42}}"#.into(),
            422,
            "wrong_kind",
            Some("helpful"),
        ),
        (
            "demo",
            r#"{"answers":{"support":"very-well","support":"quite-well"}}"#.into(),
            422,
            "duplicate_answer",
            Some("support"),
        ),
        (
            "demo",
            r#"{"answers":{"support":null}}"#.into(),
            422,
            "null_answer",
            Some("support"),
        ),
        (
            "demo",
            r#"{"answers":{"support":"_skipped"}}"#.into(),
            422,
            "reserved_option",
            Some("support"),
        ),
        (
            "demo",
            r#"{"answers":{"used":["gp","gp"]}}"#.into(),
            422,
            "repeated_option",
            Some("used"),
        ),
        (
            "demo",
            format!(r#"{{"answers":{{"helpful":"{long_text}"}}}}"#),
            422,
            "too_long",
            Some("helpful"),
        ),
        (
            "demo",
            r#"{"answers":{"support":"very-well"}"#.into(),
            400,
            "malformed_json",
            None,
        ),
        (
            "demo",
            "not json at all".into(),
            400,
            "malformed_json",
            None,
        ),
        (
            "demo",
            r#"{"answers":{},"name":"Sam"}"#.into(),
            400,
            "malformed_json",
            None,
        ),
        (
            "demo",
            r#"["very-well"]"#.into(),
            400,
            "malformed_json",
            None,
        ),
        ("demo", huge, 413, "body_too_large", None),
    ];
    for (form, body, status, code, question) in cases {
        let reply = s.submit(form, body.clone()).await;
        let shown: String = body.chars().take(60).collect();
        assert_eq!(reply.status.as_u16(), status, "{shown}: {}", reply.text());
        let error = &reply.json()["error"];
        assert_eq!(error["code"], code, "{shown}");
        assert!(
            error["message"].as_str().is_some_and(|m| m.len() > 10),
            "{shown}"
        );
        assert_eq!(error["question"].as_str(), question, "{shown}");
        assert_eq!(s.files().await, before, "{shown} changed the database");
    }
}

#[tokio::test]
async fn the_export_needs_the_token() {
    let s = server().await;
    let bare = s.get("/api/forms/demo/export.csv").await;
    assert_eq!(bare.status, StatusCode::UNAUTHORIZED);
    assert_eq!(bare.json()["error"]["code"], "unauthorized");
    assert!(!bare.text().contains("support"));

    for auth in [
        "Bearer wrong",
        "Basic dGVzdA==",
        TOKEN,
        &format!("Bearer {TOKEN}x"),
    ] {
        let request = Request::get("/api/forms/demo/export.csv")
            .header(header::AUTHORIZATION, auth)
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            s.send(request).await.status,
            StatusCode::UNAUTHORIZED,
            "{auth}"
        );
    }
    // Without a token, not even whether a form exists is told.
    assert_eq!(
        s.get("/api/forms/nope/export.csv").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(s.export("demo").await.status, StatusCode::OK);
    // The scheme is case-insensitive (RFC 9110); the token is not.
    let request = Request::get("/api/forms/demo/export.csv")
        .header(header::AUTHORIZATION, format!("bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap();
    assert_eq!(s.send(request).await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_export_counts_and_suppresses() {
    let s = server().await;
    let first = r#"{"answers":{"support":"quite-well","used":["gp","peer-support"],"helpful":"Someone listened","age":"prefer-not-to-say"}}"#;
    for _ in 0..7 {
        assert_eq!(s.submit("demo", first).await.status, StatusCode::CREATED);
    }
    for _ in 0..2 {
        let r = s
            .submit(
                "demo",
                r#"{"answers":{"support":"not-at-all","used":[],"helpful":"  "}}"#,
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    // Nine responses: under the base of ten, nothing is shown.
    let reply = s.export("demo").await;
    assert_eq!(
        reply.headers["chorus-release"],
        "standard; threshold=5; base=10; not-enough-responses"
    );
    assert!(csv_counts(&reply.text()).iter().all(|(_, _, c)| c == "[x]"));

    s.submit(
        "demo",
        r#"{"answers":{"support":"not-at-all","used":[],"helpful":"  "}}"#,
    )
    .await;
    let reply = s.export("demo").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.headers[header::CONTENT_TYPE],
        "text/csv; charset=utf-8"
    );
    assert_eq!(
        reply.headers["chorus-release"],
        "standard; threshold=5; base=10"
    );
    let rows = csv_counts(&reply.text());
    // 10 = 7 + 3: shown, the 7 would give the 3 away, so it is hidden too.
    assert_eq!(count_of(&rows, "support", "quite-well"), "[c]");
    assert_eq!(count_of(&rows, "support", "not-at-all"), "<5");
    assert_eq!(count_of(&rows, "support", "very-well"), "0");
    assert_eq!(count_of(&rows, "support", "_skipped"), "0");
    // Several choices each: nothing adds up to the total, nothing more to hide.
    assert_eq!(count_of(&rows, "used", "gp"), "7");
    assert_eq!(count_of(&rows, "used", "_skipped"), "<5");
    assert_eq!(count_of(&rows, "helpful", "_answered"), "[c]");
    assert_eq!(count_of(&rows, "helpful", "_skipped"), "<5");
    assert_eq!(count_of(&rows, "ideas", "_skipped"), "10");
    assert_eq!(count_of(&rows, "age", "prefer-not-to-say"), "[c]");
    assert_eq!(count_of(&rows, "age", "_skipped"), "<5");
    // Every option of every question has its row, text questions have no option rows.
    let form = s.get("/api/forms/demo").await.json();
    let expected: usize = form["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            if q["kind"] == "text" {
                2
            } else {
                q["options"].as_array().unwrap().len() + 1
            }
        })
        .sum();
    assert_eq!(rows.len(), expected);
}

#[tokio::test]
async fn identical_submissions_add_no_rows() {
    let s = server().await;
    let body = r#"{"answers":{"support":"very-well","used":["gp"],"age":"18-24","ethnicity":"white","hear_back":["event"]}}"#;
    assert_eq!(s.submit("demo", body).await.status, StatusCode::CREATED);
    let after_one = s.row_counts().await;
    for _ in 0..11 {
        assert_eq!(s.submit("demo", body).await.status, StatusCode::CREATED);
    }
    assert_eq!(s.row_counts().await, after_one);
    let rows = csv_counts(&s.export("demo").await.text());
    assert_eq!(count_of(&rows, "support", "very-well"), "12");
    assert_eq!(count_of(&rows, "missing", "_skipped"), "12");
}

#[tokio::test]
async fn quotes_are_detached() {
    let s = server().await;
    let r = s
        .submit(
            "demo",
            r#"{"answers":{"support":"very-well","missing":"Evening drop-in","ideas":"A café"}}"#,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let db = s.db().await;
    let pool = &db.pool;
    let columns = db.columns("quotes").await;
    assert_eq!(
        columns,
        [
            "id", "form", "question", "bucket", "day", "text", "channel", "status", "language",
            "released", "hidden", "insight"
        ]
    );
    let rows: Vec<(String, String, String, String)> =
        sqlx::query_as(db.sql("SELECT question, bucket, day, text FROM quotes ORDER BY question"))
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0].0.as_str(), rows[0].1.as_str(), rows[0].3.as_str()),
        ("ideas", "ideas", "A café")
    );
    assert_eq!(
        (rows[1].0.as_str(), rows[1].1.as_str(), rows[1].3.as_str()),
        ("missing", "missing", "Evening drop-in")
    );
    // A day, nothing finer.
    assert_eq!(rows[0].2.len(), 10, "{}", rows[0].2);
    // Ids are random, not sequential.
    let ids: Vec<String> = sqlx::query_scalar(db.sql("SELECT id FROM quotes"))
        .fetch_all(pool)
        .await
        .unwrap();
    assert!(ids.iter().all(|id| id.len() == 32), "{ids:?}");
}

#[tokio::test]
async fn first_question_is_server_rendered_plain_html() {
    let s = server().await;
    let page = s.get("/f/demo/q/support").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    let html = page.text();
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..80]);
    assert!(html.contains(r#"<html lang="en-GB" dir="ltr">"#));
    assert!(html.contains("How well do local mental health services support you?"));
    assert_eq!(
        html.matches(r#"type="radio""#).count(),
        5,
        "the five options of the first question"
    );
    assert!(html.contains(r#"name="support""#));
    let form_tag = &html[html.find("<form").unwrap()..];
    let form_tag = &form_tag[..form_tag.find('>').unwrap()];
    assert!(
        form_tag.contains(r#"method="post""#) && form_tag.contains(r#"action="/f/demo/q/used""#),
        "{form_tag}"
    );
    // Fluent isolates placed values with bidi marks, as right-to-left languages need.
    assert!(html.contains("Question \u{2068}1\u{2069} of \u{2068}9\u{2069}"));
    assert!(html.contains("Skip this question"));
    assert!(html.contains(r#"<script type="text/plain" id="chorus-page">"#));

    let missing = s.get("/f/nope").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(
        missing
            .text()
            .contains("<h1 class=\"chorus-heading-l\">Page not found</h1>")
    );
    assert_eq!(s.get("/f/demo/q/nope").await.status, StatusCode::NOT_FOUND);
    // Answers are saved on the device only by the wasm: by link, the saved page is the start.
    let saved = s.get("/f/demo/saved").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.headers[header::LOCATION], "/f/demo");
    assert!(
        s.get("/f/demo/q/ideas")
            .await
            .text()
            .contains("What ideas do you have")
    );
}

#[tokio::test]
async fn the_start_page_says_what_happens_before_anything_is_asked() {
    let s = server().await;
    let page = s.get("/f/demo").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(
        html.contains(
            r#"-1" class="chorus-heading-l">Mental health support in our community</h1>"#
        )
    );
    assert!(html.contains("It takes about \u{2068}5\u{2069} minutes."));
    assert!(html.contains("Anonymous: what this means"));
    assert!(html.contains("Some questions ask about using mental health services."));
    // "Start now" posts to the first question (carrying answers when someone comes Back).
    assert!(html.contains(r#"action="/f/demo/q/support""#) && html.contains("Start now"));
    assert!(html.contains("If you need help now, see below."));
    assert!(html.contains(
        r#"<a href="tel:116123" rel="noreferrer">Samaritans: call 116 123 (free, 24 hours)</a>"#
    ));
    assert!(
        html.contains(r#"href="https://www.bbc.co.uk/weather" target="_top" rel="noreferrer""#),
        "quick exit"
    );
    assert!(
        !html.contains(r#"type="radio""#),
        "no question before the start"
    );
}

#[tokio::test]
async fn pages_send_strict_security_headers() {
    let s = server().await;
    for path in ["/f/demo", "/f/demo/q/used", "/f/demo/check", "/f/nope"] {
        let page = s.get(path).await;
        let h = |name: &str| {
            page.headers
                .get(name)
                .map(|v| v.to_str().unwrap().to_string())
                .unwrap_or_default()
        };
        let csp = h("content-security-policy");
        assert!(
            csp.starts_with("default-src 'none'; script-src "),
            "{path}: {csp}"
        );
        for part in [
            "style-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
        ] {
            assert!(csp.contains(part), "{path}: {csp} lacks {part}");
        }
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains('*'),
            "{path}: {csp}"
        );
        // Framed only by Chorus's own pages and the partner sites the form lists.
        if path.starts_with("/f/demo") {
            assert!(
                csp.ends_with(
                    "frame-ancestors 'self' http://localhost:8081 http://127.0.0.1:18100"
                ),
                "{path}: {csp}"
            );
        }
        assert_eq!(h("referrer-policy"), "no-referrer", "{path}");
        let permissions = h("permissions-policy");
        for feature in ["camera=()", "microphone=()", "geolocation=()"] {
            assert!(permissions.contains(feature), "{path}: {permissions}");
        }
        assert_eq!(h("x-content-type-options"), "nosniff");
        assert!(
            page.headers.get("set-cookie").is_none(),
            "{path} sets a cookie"
        );
    }
    // The one inline script runs by the page's own nonce, new on every page.
    let one = s.get("/f/demo").await;
    let two = s.get("/f/demo").await;
    let nonce = |r: &Reply| {
        let csp = r.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        csp.split("'nonce-")
            .nth(1)
            .unwrap()
            .split('\'')
            .next()
            .unwrap()
            .to_string()
    };
    assert_ne!(nonce(&one), nonce(&two));
    assert!(one.text().contains(&format!("nonce=\"{}\"", nonce(&one))));
}

#[tokio::test]
async fn change_from_check_answers_leads_back_there() {
    let s = server().await;
    let page = s.get("/f/demo/change/helpful").await;
    let html = page.text();
    let form_tag = &html[html.find("<form").unwrap()..];
    let form_tag = &form_tag[..form_tag.find('>').unwrap()];
    assert!(form_tag.contains(r#"action="/f/demo/check""#), "{form_tag}");
    assert!(
        html.contains(r#"formaction="/f/demo/check""#),
        "Back goes to the check page too"
    );
    // An error on a change page keeps it a change page.
    let long = "x".repeat(1201);
    let page = s
        .post_page("/f/demo/check", &[("_change", "1"), ("helpful", &long)])
        .await;
    let html = page.text();
    assert!(html.contains("<title>Error: What has been helpful?"));
    let form_tag = &html[html.find("<form").unwrap()..];
    assert!(form_tag[..form_tag.find('>').unwrap()].contains(r#"action="/f/demo/check""#));
}

#[tokio::test]
async fn the_journey_works_without_javascript() {
    let s = server().await;
    // Question 1 posted to question 2's URL: question 2 shows, carrying answer 1 in a hidden field.
    let page = s
        .post_page(
            "/f/demo/q/used",
            &[("_question", "support"), ("support", "quite-well")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("Which of these have you used"));
    assert!(
        html.contains(r#"<input type="hidden" name="support" value="quite-well">"#),
        "{html}"
    );

    // Back from the first question keeps its answer on the start page, and Start now carries it.
    let start = s
        .post_page("/f/demo", &[("support", "quite-well")])
        .await
        .text();
    assert!(start.contains(r#"<input type="hidden" name="support" value="quite-well">"#));

    // Skipping drops the skipped question's answer.
    let page = s
        .post_page(
            "/f/demo/q/helpful",
            &[
                ("support", "quite-well"),
                ("_question", "used"),
                ("used", "gp"),
                ("_skip", "used"),
            ],
        )
        .await;
    assert!(!page.text().contains(r#"name="used" value="gp""#));

    // Too long: the same question again with an error, the text kept.
    let long = "x".repeat(1201);
    let page = s
        .post_page(
            "/f/demo/q/not_helpful",
            &[("_question", "helpful"), ("helpful", &long)],
        )
        .await;
    let html = page.text();
    assert!(
        html.contains("<title>Error: What has been helpful?"),
        "{}",
        &html[..600]
    );
    assert!(html.contains("Your answer must be"));
    assert!(html.contains(&long));
    assert_eq!(s.row_counts().await[0].1, 0, "nothing counted yet");

    // Sending: counted, then redirected to the confirmation.
    let sent = s
        .post_page(
            "/f/demo/submit",
            &[
                ("support", "quite-well"),
                ("used", "gp"),
                ("used", "crisis"),
                ("ideas", "More evening groups"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.headers[header::LOCATION], "/f/demo/done");
    assert_eq!(s.raw_count("support", "quite-well").await, 1);
    assert_eq!(s.raw_count("support", "very-well").await, 0);
    assert_eq!(
        s.row_counts().await[2],
        ("quotes".to_string(), 1),
        "one quote"
    );
    assert!(s.get("/f/demo/done").await.text().contains("Thank you"));

    // A tampered page is refused and counts nothing.
    let before = s.files().await;
    let tampered = s
        .post_page("/f/demo/submit", &[("support", "made-up")])
        .await;
    assert_eq!(tampered.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(s.files().await, before);
}

#[tokio::test]
async fn a_retried_submission_counts_once() {
    let s = server().await;
    let body = r#"{"answers":{"support":"very-well","ideas":"A quiet room"}}"#;
    let key = "q2cS7Q0l6w8Kc5mJYx3hEw-_Zt";
    let first = s.submit_with_key(body, key).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let files = s.files().await;
    let rows = s.row_counts().await;
    for _ in 0..3 {
        let again = s.submit_with_key(body, key).await;
        assert_eq!(
            (again.status, again.json()),
            (first.status, first.json()),
            "a replay gets the same answer"
        );
    }
    assert_eq!(s.files().await, files, "a replay changes nothing");
    assert_eq!(s.row_counts().await, rows);
    // Another key is another submission.
    assert_eq!(
        s.submit_with_key(body, "A0A0A0A0A0A0A0A0A0A0A0A0")
            .await
            .status,
        StatusCode::CREATED
    );
    assert_eq!(s.raw_count("support", "very-well").await, 2);
    let db = s.db().await;
    let pool = &db.pool;
    let quotes: i64 = sqlx::query_scalar(db.sql("SELECT count(*) FROM quotes"))
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(quotes, 2, "one quote per counted submission");
    // Only keyed hashes and an expiry day are kept.
    let columns = db.columns("idempotency_keys").await;
    assert_eq!(columns, ["hash", "expires"]);
    let (hash, expires): (Vec<u8>, String) =
        sqlx::query_as(db.sql("SELECT hash, expires FROM idempotency_keys LIMIT 1"))
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(hash.len(), 32);
    let in_eight_days = chorus_app::clock::day_from_today(8);
    assert_eq!(expires, in_eight_days);
    pool.close().await;
    for file in s.files().await {
        assert!(
            !file.1.windows(key.len()).any(|w| w == key.as_bytes()),
            "{} holds the key",
            file.0
        );
    }
}

#[tokio::test]
async fn a_bad_idempotency_key_is_refused() {
    let s = server().await;
    let before = s.files().await;
    for key in [
        "\"q2cS7Q0l6w8Kc5mJYx3hEw-_Zt",
        "short",
        "has spaces in it but is long enough",
        "ñññññññññññññññññññññññññ",
        &"a".repeat(129),
    ] {
        let reply = s.submit_with_key(r#"{"answers":{}}"#, key).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{key}");
        assert_eq!(reply.json()["error"]["code"], "bad_idempotency_key");
    }
    assert_eq!(s.files().await, before);
}

#[tokio::test]
async fn other_texts_become_quotes_in_their_bucket() {
    let s = server().await;
    let ok = s
        .submit(
            "demo",
            r#"{"answers":{"used":["gp","other"]},"other":{"used":"Mosque counselling"}}"#,
        )
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.text());
    let refused = s
        .submit(
            "demo",
            r#"{"answers":{"used":["gp"]},"other":{"used":"Mosque"}}"#,
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.json()["error"]["code"], "other_not_chosen");
    let db = s.db().await;
    let pool = &db.pool;
    let quotes: Vec<(String, String, String)> =
        sqlx::query_as(db.sql("SELECT question, bucket, text FROM quotes"))
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(
        quotes,
        [(
            "used".to_string(),
            "experience".to_string(),
            "Mosque counselling".to_string()
        )]
    );
    assert_eq!(s.raw_count("used", "other").await, 1);
}

#[tokio::test]
async fn an_other_text_too_long_is_shown_again_without_javascript() {
    let s = server().await;
    let long = "ę".repeat(501);
    let page = s
        .post_page(
            "/f/demo/q/helpful",
            &[("used", "other"), ("used:other", &long)],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(
        html.contains("<title>Error: Which of these have you used"),
        "{}",
        &html[..400]
    );
    assert!(html.contains("Your answer must be \u{2068}500\u{2069} characters or fewer"));
    assert!(
        html.contains(r##"href="#used-other-text""##),
        "the summary links to the box"
    );
    assert!(html.contains(&long), "the text is kept to shorten");
    let sent = s
        .post_page(
            "/f/demo/submit",
            &[("used", "other"), ("used:other", &long)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "shown again, not counted");
    assert_eq!(s.row_counts().await[0].1, 0);
}

#[tokio::test]
async fn one_option_in_any_language_is_one_counter_and_totals_count_languages() {
    let s = server().await;
    for lang in ["cy", "cy", "cy", "cy", "cy", "ur", "ar", "en-GB", "en-GB"] {
        let body = format!(r#"{{"answers":{{"support":"quite-well"}},"lang":"{lang}"}}"#);
        assert_eq!(s.submit("demo", body).await.status, StatusCode::CREATED);
    }
    // A language Chorus does not speak is not stored as sent.
    let r = s
        .submit(
            "demo",
            r#"{"answers":{"support":"quite-well"},"lang":"<script>"}"#,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let rows = csv_counts(&s.export("demo").await.text());
    assert_eq!(count_of(&rows, "support", "quite-well"), "10");
    let request = Request::get("/api/forms/demo/totals.csv")
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap();
    let totals = s.send(request).await.text();
    let lines: Vec<&str> = after_bom(&totals).lines().collect();
    assert_eq!(lines[0], "form,language,count");
    for expected in [
        "demo,cy,5",
        "demo,ur,<5",
        "demo,ar,<5",
        "demo,en-GB,<5",
        "demo,pl,0",
        "demo,und,<5",
    ] {
        assert!(lines.contains(&expected), "{expected} in {totals}");
    }
    assert!(!totals.contains("script"));
    assert_eq!(
        s.get("/api/forms/demo/totals.csv").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn pages_speak_the_chosen_language() {
    let s = server().await;
    let welsh = s.get("/f/demo?lang=cy").await.text();
    assert!(welsh.contains(r#"<html lang="cy" dir="ltr">"#));
    assert!(welsh.contains("Dechrau nawr"), "Start now in Welsh");
    // The form's own words: translated where the form has a translation...
    assert!(
        welsh.contains(r#"class="chorus-heading-l">Cymorth iechyd meddwl yn ein cymuned</h1>"#)
    );
    // ...and English, marked as English for screen readers, where it has none.
    let welsh_q2 = s.get("/f/demo/q/used?lang=cy").await.text();
    assert!(
        welsh_q2.contains(r#"lang="en-GB" class="chorus-heading-l">Which of these have you used"#),
        "{welsh_q2}"
    );
    let welsh_q1 = s.get("/f/demo/q/support?lang=cy").await.text();
    assert!(welsh_q1.contains(">Yn eithaf da</label>"));
    assert!(!welsh_q1.contains(r#"lang="en-GB" class="chorus-heading-l">"#));
    // Links carry the language.
    assert!(welsh.contains(r#"action="/f/demo/q/support?lang=cy""#));
    // Accept-Language, when the link says nothing.
    let request = Request::get("/f/demo/q/support")
        .header(header::ACCEPT_LANGUAGE, "ar-SA,ar;q=0.9,en;q=0.5")
        .body(Body::empty())
        .unwrap();
    let arabic = s.send(request).await.text();
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(
        arabic.contains(r#"class="chorus-root" lang="ar" dir="rtl""#)
            || arabic.contains(r#"lang="ar" dir="rtl" class="chorus-root""#)
    );
    // Every language is offered, each named in itself, with lang and hreflang.
    for (tag, name) in [("cy", "Cymraeg"), ("ur", "اردو"), ("pa-Guru", "ਪੰਜਾਬੀ")] {
        assert!(
            arabic.contains(&format!(r#"hreflang="{tag}" lang="{tag}""#)),
            "{tag}"
        );
        assert!(arabic.contains(name), "{name}");
    }
    assert!(arabic.contains(r#"aria-current="true" lang="ar""#));
    // Chosen by the browser: links leave it to the browser again. The switcher's English link
    // says so explicitly, and an explicit English stays English whatever the browser prefers.
    assert!(
        arabic.contains(r#"action="/f/demo/q/used""#),
        "no ?lang= when negotiated"
    );
    assert!(arabic.contains(r#"href="/f/demo/q/support?lang=en-GB" hreflang="en-GB""#));
    let request = Request::get("/f/demo/q/support?lang=en-GB")
        .header(header::ACCEPT_LANGUAGE, "ar")
        .body(Body::empty())
        .unwrap();
    let english = s.send(request).await.text();
    assert!(english.contains(r#"<html lang="en-GB" dir="ltr">"#));
    assert!(english.contains(r#"action="/f/demo/q/used?lang=en-GB""#));
}

/// Rows of a CSV as vectors of cells, after checking the header.
fn csv_rows(text: &str, header: &str) -> Vec<Vec<String>> {
    let mut lines = after_bom(text).lines();
    assert_eq!(lines.next(), Some(header));
    lines
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

#[tokio::test]
async fn channels_are_counted_apart_and_together() {
    let s = server().await;
    let body = |support: &str, channel: &str| {
        format!(
            r#"{{"answers":{{"support":"{support}","age":"18-24","missing":"More evening sessions"}},"channel":"{channel}"}}"#
        )
    };
    // Ten or more through each, so every channel is shown on its own.
    for _ in 0..12 {
        let r = s.submit("demo", body("very-well", "riverside-mind")).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    }
    for _ in 0..10 {
        s.submit("demo", body("not-at-all", "st-marys-cafe")).await;
    }
    // No channel, and a channel the form does not list (never stored as written).
    for _ in 0..10 {
        s.submit("demo", r#"{"answers":{"support":"quite-well"}}"#)
            .await;
    }
    let unknown = "somebody-at-flat-4b";
    for _ in 0..10 {
        s.submit("demo", body("very-well", unknown)).await;
    }

    let together = csv_counts(&s.export("demo").await.text());
    assert_eq!(count_of(&together, "support", "very-well"), "22");
    assert_eq!(count_of(&together, "support", "not-at-all"), "10");
    assert_eq!(count_of(&together, "support", "quite-well"), "10");
    assert_eq!(count_of(&together, "age", "18-24"), "32");

    let split = s
        .coordinator_get("/api/forms/demo/export.csv?by=channel")
        .await;
    assert_eq!(split.status, StatusCode::OK, "{}", split.text());
    let rows = csv_rows(&split.text(), "form,question,option,count,channel");
    let cell = |question: &str, option: &str, channel: &str| {
        rows.iter()
            .find(|r| r[1] == question && r[2] == option && r[4] == channel)
            .unwrap_or_else(|| panic!("no row {question},{option},{channel}"))[3]
            .clone()
    };
    assert_eq!(cell("support", "very-well", "riverside-mind"), "12");
    assert_eq!(cell("support", "not-at-all", "riverside-mind"), "0");
    assert_eq!(cell("support", "not-at-all", "st-marys-cafe"), "10");
    assert_eq!(cell("support", "very-well", "st-marys-cafe"), "0");
    assert_eq!(cell("support", "quite-well", "direct"), "10");
    assert_eq!(cell("support", "very-well", "other"), "10");
    assert_eq!(cell("missing", "_answered", "riverside-mind"), "12");
    assert_eq!(cell("missing", "_skipped", "direct"), "10");
    // Diversity answers are never split by channel.
    assert!(rows.iter().all(|r| r[1] != "age" && r[1] != "ethnicity"));
    // A channel nobody came through has no slice.
    let channels: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    assert_eq!(
        channels.into_iter().collect::<Vec<_>>(),
        ["direct", "other", "riverside-mind", "st-marys-cafe"]
    );

    let totals = s
        .coordinator_get("/api/forms/demo/totals.csv?by=channel")
        .await;
    assert_eq!(
        csv_rows(&totals.text(), "form,channel,count"),
        [
            ["demo", "riverside-mind", "12"],
            ["demo", "st-marys-cafe", "10"],
            ["demo", "direct", "10"],
            ["demo", "other", "10"],
        ]
    );

    // What a link said is never kept: only the channels the form lists, "direct" and "other".
    let db = s.db().await;
    let pool = &db.pool;
    let stored: Vec<String> = sqlx::query_scalar(
        db.sql("SELECT channel FROM answer_counts UNION SELECT channel FROM channel_totals UNION SELECT channel FROM quotes"),
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut stored = stored;
    stored.sort();
    assert_eq!(
        stored,
        ["direct", "other", "riverside-mind", "st-marys-cafe"]
    );
    pool.close().await;
    for (name, bytes) in s.files().await {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(unknown),
            "{name} holds the unknown channel's text"
        );
    }
}

#[tokio::test]
async fn only_channel_splits_are_offered() {
    let s = server().await;
    let r = s
        .coordinator_get("/api/forms/demo/export.csv?by=language")
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json()["error"]["code"], "bad_query");
    // Without the token a split says nothing either; a browser is asked for the token.
    let r = s.get("/api/forms/demo/export.csv?by=channel").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let challenge = r.headers["www-authenticate"].to_str().unwrap();
    assert!(challenge.contains("Basic realm="), "{challenge}");
}

#[tokio::test]
async fn a_channel_link_is_carried_through_the_journey_without_javascript() {
    let s = server().await;
    let start = s.get("/f/demo?channel=riverside-mind").await.text();
    assert!(
        start.contains(r#"action="/f/demo/q/support?channel=riverside-mind""#),
        "{start}"
    );
    // Text from a link never reaches the page: an unknown channel travels as "other".
    let page = s
        .get("/f/demo/check?channel=%22%3E%3Cscript%3E")
        .await
        .text();
    assert!(page.contains(r#"action="/f/demo/submit?channel=other""#));
    assert!(!page.contains("<script>"));
    let done = s
        .post_page(
            "/f/demo/submit?lang=cy&channel=riverside-mind",
            &[("support", "quite-well")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        done.headers["location"],
        "/f/demo/done?lang=cy&channel=riverside-mind"
    );
    // Counted under the channel (one response: as stored, below what any export shows).
    let db = s.db().await;
    let pool = &db.pool;
    let counted: Vec<(String, String, String, i64)> = sqlx::query_as(db.sql(
        "SELECT question, option, channel, count FROM answer_counts WHERE question = 'support'",
    ))
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(
        counted,
        [(
            "support".to_string(),
            "quite-well".to_string(),
            "riverside-mind".to_string(),
            1
        )]
    );
    let totals: Vec<(String, i64)> =
        sqlx::query_as(db.sql("SELECT channel, count FROM channel_totals"))
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(totals, [("riverside-mind".to_string(), 1)]);
}

#[tokio::test]
async fn sharing_pages_are_for_coordinators_only() {
    let s = server().await;
    for uri in [
        "/coordinator",
        "/coordinator/forms/demo/share",
        "/coordinator/forms/demo/qr.svg",
        "/coordinator/forms/demo/poster?channel=riverside-mind",
        "/coordinator/forms/nope/share",
    ] {
        let r = s.get(uri).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{uri}");
        assert_eq!(r.headers[header::LOCATION], "/coordinator/sign-in", "{uri}");
        assert!(!r.text().contains("riverside"), "{uri}");
    }
    let index = s.coordinator_get("/coordinator").await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(
        index
            .text()
            .contains(r#"href="/coordinator/forms/demo/share""#)
    );
    assert!(
        index
            .text()
            .contains(r#"href="/coordinator/forms/riverside-drop-in/share""#)
    );
}

#[tokio::test]
async fn each_channel_gets_a_link_an_embed_snippet_a_qr_code_and_a_poster() {
    let s = server().await;
    let page = s.coordinator_get("/coordinator/forms/demo/share").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"));
    let html = page.text();
    // No CHORUS_PUBLIC_URL here: links use the request's address, and the page says so.
    assert!(html.contains("CHORUS_PUBLIC_URL"));
    for channel in ["riverside-mind", "st-marys-cafe", "eastside-food-bank"] {
        assert!(
            html.contains(&format!(
                r#"href="http://localhost/f/demo?channel={channel}""#
            )),
            "{channel}"
        );
        assert!(html.contains(&format!(
            r#"href="/coordinator/forms/demo/poster?channel={channel}""#
        )));
        assert!(html.contains(&format!(r#"data-form="demo" data-channel="{channel}"&gt;"#)));
    }
    assert!(html.contains(r#"href="http://localhost/f/demo""#));
    assert_eq!(html.matches("<svg class=\"qr\" role=\"img\"").count(), 4);

    let svg = s
        .coordinator_get("/coordinator/forms/demo/qr.svg?channel=st-marys-cafe")
        .await;
    assert_eq!(svg.status, StatusCode::OK);
    assert_eq!(svg.headers[header::CONTENT_TYPE], "image/svg+xml");
    assert!(
        svg.text()
            .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
    );
    assert!(svg.body.len() < 10_000, "{} bytes", svg.body.len());

    let unknown = s
        .coordinator_get("/coordinator/forms/demo/poster?channel=nobody")
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.text().contains("has no channel"));
}

#[tokio::test]
async fn a_poster_speaks_the_forms_languages_and_promises_anonymity() {
    let s = server_at(Some("https://listen.example.org")).await;
    let poster = s
        .coordinator_get("/coordinator/forms/demo/poster?channel=riverside-mind")
        .await
        .text();
    assert!(poster.contains("https://listen.example.org/f/demo?channel=riverside-mind"));
    // English, then the languages the form is written in, each marked for screen readers.
    for (lang, dir, title) in [
        ("en-GB", "ltr", "Mental health support in our community"),
        ("cy", "ltr", "Cymorth iechyd meddwl yn ein cymuned"),
        ("ar", "rtl", "دعم الصحة النفسية في مجتمعنا"),
    ] {
        assert!(
            poster.contains(&format!(
                r#"<div lang="{lang}" dir="{dir}" class="poster__language">"#
            )),
            "{lang}"
        );
        assert!(poster.contains(title), "{lang}");
    }
    assert!(poster.contains("It is anonymous: we do not ask your name"));
    assert!(poster.contains("Mae'n ddienw"));
    assert!(poster.contains("It takes about \u{2068}5\u{2069} minutes."));
    // The other languages it can be answered in, named in themselves.
    assert!(poster.contains(r#"<span lang="pl" class="poster__name">Polski</span>"#));
    assert!(poster.contains("Riverside Mind"));
    // The configured address: no warning on the share page.
    let share = s
        .coordinator_get("/coordinator/forms/demo/share")
        .await
        .text();
    assert!(!share.contains("CHORUS_PUBLIC_URL"));
    assert!(share.contains(r#"&lt;script async src="https://listen.example.org/embed.js""#));
}

#[tokio::test]
async fn a_partner_form_shows_its_colour_and_logo_under_the_page_policy() {
    let s = server().await;
    let page = s.get("/f/riverside-drop-in").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap();
    assert!(
        csp.contains(&format!("style-src 'self' 'nonce-{nonce}'")),
        "{csp}"
    );
    assert!(
        html.contains(&format!(
            "<style nonce=\"{nonce}\">:root{{--chorus-accent:#4c2c92;--chorus-accent-dark:#3c2374;--chorus-accent-shadow:#301c5c}}</style>"
        )),
        "{html}"
    );
    assert!(html.contains(
        r#"<img src="/assets/partners/riverside-mind.svg" alt="Riverside Mind" class="chorus-brand__logo">"#
    ));
    let logo = s.get("/assets/partners/riverside-mind.svg").await;
    assert_eq!(logo.status, StatusCode::OK);
    // A form without a look has neither.
    let plain = s.get("/f/demo").await.text();
    assert!(!plain.contains("<style") && !plain.contains("chorus-brand"));
}

#[tokio::test]
async fn diversity_counts_made_by_channel_are_moved_to_their_own_table() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::fresh_database(dir.path()).await;
    let store = Store::open(&url).await.unwrap();
    // As an earlier Chorus (or a question that became a diversity question) left them.
    let db = common::Db::open(&url).await;
    let pool = &db.pool;
    for (option, channel, count) in [("18-24", "direct", 3), ("18-24", "riverside-mind", 4)] {
        sqlx::query(db.sql("INSERT INTO answer_counts (form, question, option, channel, count) VALUES ('demo', 'age', ?, ?, ?)"))
            .bind(option)
            .bind(channel)
            .bind(count)
            .execute(pool)
            .await
            .unwrap();
    }
    assert_eq!(store.separate_diversity("demo", &["age"]).await.unwrap(), 2);
    assert_eq!(store.separate_diversity("demo", &["age"]).await.unwrap(), 0);
    let left: i64 =
        sqlx::query_scalar(db.sql("SELECT count(*) FROM answer_counts WHERE question = 'age'"))
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(left, 0);
    let raw = store.tallies("demo").await.unwrap();
    assert_eq!(raw.diversity[&("age".to_string(), "18-24".to_string())], 7);
    assert!(raw.by_channel.is_empty());
}

// Submission limits per connection (docs/api.md, "Too many submissions").

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use chorus_app::limit::Limiter;

/// A form with low limits: 3 submissions an hour from one connection (1 at once, then one every
/// 20 minutes), and 9 an hour (3 at once) for the channel "busy-venue".
const LIMITED_FORM: &str = r#"
id = "limited"
title = "A form with low limits"
channels = [
  { id = "busy-venue", name = "Busy venue", submissions_per_hour = 9 },
  { id = "quiet-group", name = "Quiet group" },
]

[limits]
submissions_per_hour = 3

[[buckets]]
id = "b"
title = "Support"

[[questions]]
id = "support"
kind = "single"
bucket = "b"
title = "How well do local services support you?"
options = [{ id = "well", label = "Well" }, { id = "not-well", label = "Not well" }]
"#;

/// A server with only [`LIMITED_FORM`], the default limit otherwise, and the limiter at hand
/// to move its clock on.
struct Limited {
    server: Server,
    limiter: Arc<Limiter>,
    _forms: TempDir,
}

async fn limited_server(trusted: &[&str]) -> Limited {
    let forms = tempfile::tempdir().unwrap();
    std::fs::write(forms.path().join("limited.toml"), LIMITED_FORM).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = common::fresh_database(dir.path()).await;
    let store = Store::open(&db).await.unwrap();
    let trusted: Vec<IpAddr> = trusted.iter().map(|t| t.parse().unwrap()).collect();
    let state = AppState::new(
        Catalog::load(&[forms.path().to_path_buf()]).unwrap(),
        store,
        Locales::load().unwrap(),
        TokenHash::of(TOKEN),
        Policy::default(),
        root().join("public"),
    )
    .with_limiter(Limiter::new(chorus_app::limit::DEFAULT_PER_HOUR, trusted));
    let limiter = state.limiter.clone();
    Limited {
        server: Server {
            router: router(state),
            dir,
            db,
        },
        limiter,
        _forms: forms,
    }
}

/// A request as it arrives from `peer` (what `into_make_service_with_connect_info` adds).
fn from_peer(peer: &str, mut request: Request<Body>) -> Request<Body> {
    let addr: SocketAddr = peer.parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(addr));
    request
}

fn limited_submission(body: &str) -> Request<Body> {
    Request::post("/api/forms/limited/responses")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

const WELL: &str = r#"{"answers":{"support":"well"}}"#;

/// The stored totals by channel of the form "limited", read through a second connection.
async fn channel_totals(s: &Server) -> Vec<(String, i64)> {
    let db = s.db().await;
    let pool = &db.pool;
    sqlx::query_as(
        db.sql("SELECT channel, count FROM channel_totals WHERE form = 'limited' ORDER BY channel"),
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

fn retry_after(reply: &Reply) -> u64 {
    reply.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn rate_limiting_returns_429_changes_nothing_and_recovers() {
    let l = limited_server(&[]).await;
    let s = &l.server;
    let send = |peer: &str, body: &str| s.send(from_peer(peer, limited_submission(body)));
    assert_eq!(
        send("203.0.113.7:50000", WELL).await.status,
        StatusCode::CREATED
    );
    let before = s.files().await;
    let rows = s.row_counts().await;
    // The same connection again (another port is the same address): over its limit.
    let reply = send("203.0.113.7:50001", WELL).await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    let wait = retry_after(&reply);
    assert!((1..=20 * 60).contains(&wait), "{wait}");
    let error = &reply.json()["error"];
    assert_eq!(error["code"], "rate_limited");
    let message = error["message"].as_str().unwrap();
    assert!(
        message.contains("too many answers have been sent from this connection")
            && message.contains("please wait 20 minutes"),
        "{message}"
    );
    assert!(error.get("question").is_none());
    // Nothing was counted, nothing written: also a broken body is not looked at.
    assert_eq!(
        s.files().await,
        before,
        "a limited request changed the database"
    );
    assert_eq!(s.row_counts().await, rows);
    let broken = send("203.0.113.7:50002", r#"{"answers":{"support":"nope"}}"#).await;
    assert_eq!(broken.status, StatusCode::TOO_MANY_REQUESTS);
    // Another connection has its own allowance, and so has another /64 of IPv6; the same /64
    // (one household) shares one.
    assert_eq!(
        send("203.0.113.8:50000", WELL).await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        send("[2001:db8:1:1::1]:443", WELL).await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        send("[2001:db8:1:1::2]:443", WELL).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        send("[2001:db8:1:2::1]:443", WELL).await.status,
        StatusCode::CREATED
    );
    // A replay with an Idempotency-Key counts as an attempt too; it gets its answer later.
    let key = "q2cS7Q0l6w8Kc5mJYx3hEw";
    let keyed = |peer: &str| {
        let mut request = limited_submission(WELL);
        request
            .headers_mut()
            .insert("idempotency-key", key.parse().unwrap());
        s.send(from_peer(peer, request))
    };
    assert_eq!(keyed("198.51.100.20:1").await.status, StatusCode::CREATED);
    assert_eq!(
        keyed("198.51.100.20:1").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Once the wait is over, the connection may send again.
    l.limiter.skip_time(Duration::from_secs(wait));
    assert_eq!(
        send("203.0.113.7:50003", WELL).await.status,
        StatusCode::CREATED
    );
    assert_eq!(keyed("198.51.100.20:1").await.status, StatusCode::CREATED);
    // Counted: 203.0.113.7 twice (before and after the wait), 203.0.113.8, two IPv6 /64s, and
    // the keyed submission once.
    assert_eq!(channel_totals(s).await, [("direct".to_string(), 6)]);
    // Without a peer address (a test calling the router directly), everyone is one client.
    assert_eq!(s.submit("limited", WELL).await.status, StatusCode::CREATED);
    assert_eq!(
        s.submit("limited", WELL).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_channel_with_a_higher_limit_allows_more() {
    let l = limited_server(&[]).await;
    let s = &l.server;
    let send = |channel: &str| {
        let body = format!(r#"{{"answers":{{"support":"well"}},"channel":"{channel}"}}"#);
        s.send(from_peer("203.0.113.7:50000", limited_submission(&body)))
    };
    // The busy venue: 3 at once.
    for n in 1..=3 {
        assert_eq!(send("busy-venue").await.status, StatusCode::CREATED, "{n}");
    }
    let reply = send("busy-venue").await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&reply) <= 400, "one every 400 seconds");
    // The form's own allowance is apart from the channel's, and shared by every channel
    // without one of its own: a direct link, the quiet group, a channel the form does not list.
    assert_eq!(send("").await.status, StatusCode::CREATED);
    for channel in ["", "quiet-group", "somewhere-else", "busy-venue"] {
        assert_eq!(
            send(channel).await.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{channel}"
        );
    }
    assert_eq!(
        channel_totals(s).await,
        [("busy-venue".to_string(), 3), ("direct".to_string(), 1)]
    );
}

#[tokio::test]
async fn a_page_posted_without_javascript_over_the_limit_gets_a_429_page() {
    let l = limited_server(&[]).await;
    let s = &l.server;
    let post = |uri: &str| {
        let request = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("support=not-well"))
            .unwrap();
        s.send(from_peer("203.0.113.7:50000", request))
    };
    let first = post("/f/limited/submit?lang=cy").await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let before = s.files().await;
    let reply = post("/f/limited/submit?lang=cy").await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!((1..=20 * 60).contains(&retry_after(&reply)));
    assert!(
        reply.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    assert!(
        reply.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("script-src 'none'")
    );
    let html = reply.text();
    // In the page's language, with the answers carried to send again after the wait.
    assert!(html.contains(r#"<html lang="cy" dir="ltr">"#), "{html}");
    assert!(
        html.contains("Nid yw eich atebion wedi cael eu cyfrif eto"),
        "{html}"
    );
    assert!(html.contains("Arhoswch") && html.contains("20"), "{html}");
    assert!(html.contains(r#"<form method="post" action="/f/limited/submit?lang=cy""#));
    assert!(html.contains(r#"<input type="hidden" name="support" value="not-well">"#));
    assert!(html.contains("Anfon eich atebion"), "{html}");
    assert!(!html.contains("<script"));
    assert_eq!(
        s.files().await,
        before,
        "a limited page post changed the database"
    );
    // English, and right to left in Urdu.
    let english = post("/f/limited/submit").await.text();
    let english = english.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        english.contains("Please wait 20 minutes, then send your answers again."),
        "{english}"
    );
    let urdu = post("/f/limited/submit?lang=ur").await.text();
    assert!(urdu.contains(r#"<html lang="ur" dir="rtl">"#));
    // Only sending is limited: the other pages still work.
    assert_eq!(post("/f/limited/check").await.status, StatusCode::OK);
    // A channel with its own allowance is not held up by the form's.
    assert_eq!(
        post("/f/limited/submit?channel=busy-venue").await.status,
        StatusCode::SEE_OTHER
    );
    l.limiter.skip_time(Duration::from_secs(20 * 60));
    assert_eq!(
        post("/f/limited/submit?lang=cy").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn forwarded_addresses_are_believed_only_from_a_trusted_proxy() {
    let l = limited_server(&["10.0.0.2"]).await;
    let s = &l.server;
    let send = |peer: &str, forwarded: &str| {
        let mut request = limited_submission(WELL);
        request
            .headers_mut()
            .insert("x-forwarded-for", forwarded.parse().unwrap());
        s.send(from_peer(peer, request))
    };
    // Through the proxy: each client by its own address, the right-most one the proxy added.
    assert_eq!(
        send("10.0.0.2:9000", "203.0.113.7").await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        send("10.0.0.2:9000", "198.51.100.99, 203.0.113.7")
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS,
        "what the client wrote itself is not believed"
    );
    assert_eq!(
        send("10.0.0.2:9000", "203.0.113.8").await.status,
        StatusCode::CREATED
    );
    // From anyone else the header could say anything, and is ignored.
    assert_eq!(
        send("198.51.100.1:1", "203.0.113.9").await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        send("198.51.100.1:1", "203.0.113.10").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_quote_that_may_identify_someone_waits_for_a_coordinator() {
    let s = server().await;
    let r = s
        .submit(
            "demo",
            r#"{"answers":{"missing":"Evening groups","ideas":"Ring me on 07700 900123, I can explain"},"lang":"cy"}"#,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let db = s.db().await;
    let pool = &db.pool;
    let stored: Vec<(String, String, String)> =
        sqlx::query_as(db.sql("SELECT question, status, language FROM quotes ORDER BY question"))
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(
        stored,
        [
            ("ideas".into(), "needs-review".into(), "cy".into()),
            ("missing".into(), "published".into(), "cy".into())
        ]
    );
    assert_eq!(
        s.get("/api/forms/demo/quotes/held").await.status,
        StatusCode::UNAUTHORIZED
    );
    let held = s
        .coordinator_get("/api/forms/demo/quotes/held")
        .await
        .json();
    let quotes = held["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0]["question"], "ideas");
    assert_eq!(quotes[0]["found"][0]["kind"], "phone");
    assert_eq!(quotes[0]["found"][0]["text"], "07700 900123");
    let id = quotes[0]["id"].as_str().unwrap().to_string();

    use base64::Engine;
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("c:{TOKEN}"));
    let publish_as = |authorization: String, body: &'static str| {
        Request::post(format!("/api/forms/demo/quotes/{id}/publish"))
            .header(header::AUTHORIZATION, authorization)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body))
            .unwrap()
    };
    // A token as a browser's Basic password reads, but changes nothing: a browser sends it by
    // itself, also when another site makes it post.
    let refused = s.send(publish_as(format!("Basic {basic}"), "")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    assert_eq!(refused.json()["error"]["code"], "read_only_credentials");
    let publish = |body: &'static str| publish_as(format!("Bearer {TOKEN}"), body);
    let r = s
        .send(publish(r#"{"text":"Ring me on [removed], I can explain"}"#))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let text: String = sqlx::query_scalar(db.sql("SELECT text FROM quotes WHERE id = ?"))
        .bind(&id)
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(text, "Ring me on [removed], I can explain");
    let again = s.send(publish("")).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(again.json()["error"]["code"], "unknown_quote");
    assert!(
        s.coordinator_get("/api/forms/demo/quotes/held")
            .await
            .json()["quotes"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn views_move_in_steps_of_ten_responses_not_one() {
    let s = server().await;
    let vote = |support: &'static str| format!(r#"{{"answers":{{"support":"{support}"}}}}"#);
    for _ in 0..12 {
        s.submit("demo", vote("quite-well")).await;
    }
    let views = || async {
        let csv = s.export("demo").await.text();
        let json = s
            .coordinator_get("/api/forms/demo/export.json")
            .await
            .text();
        let totals = s.coordinator_get("/api/forms/demo/totals.csv").await.text();
        (csv, json, totals)
    };
    let before = views().await;
    assert!(
        before.0.contains("demo,support,quite-well,12"),
        "{}",
        before.0
    );
    // One person answers: every view stays exactly as it was, so comparing them shows nothing.
    s.submit("demo", vote("not-at-all")).await;
    assert_eq!(views().await, before);
    // Nine more (ten new in all): the next step shows them, mixed with the others.
    for _ in 0..9 {
        s.submit("demo", vote("very-well")).await;
    }
    let after = views().await;
    assert_ne!(after, before);
    let rows = csv_counts(&after.0);
    // 22 = 12 + 9 + 1: the one is small, and the 9 is hidden so it cannot be worked out.
    assert_eq!(count_of(&rows, "support", "quite-well"), "12");
    assert_eq!(count_of(&rows, "support", "very-well"), "[c]");
    assert_eq!(count_of(&rows, "support", "not-at-all"), "<5");
}

#[tokio::test]
async fn a_form_can_ask_for_the_strict_policy() {
    let forms = tempfile::tempdir().unwrap();
    let careful = LIMITED_FORM
        .replace("id = \"limited\"", "id = \"careful\"")
        .replace(
            "[limits]\nsubmissions_per_hour = 3",
            "[release]\npolicy = \"strict\"",
        );
    std::fs::write(forms.path().join("careful.toml"), careful).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = common::fresh_database(dir.path()).await;
    let store = Store::open(&db).await.unwrap();
    let state = AppState::new(
        Catalog::load(&[forms.path().to_path_buf()]).unwrap(),
        store,
        Locales::load().unwrap(),
        TokenHash::of(TOKEN),
        Policy::default(),
        root().join("public"),
    )
    .with_limiter(Limiter::new(10_000, Vec::new()));
    let s = Server {
        router: router(state),
        dir,
        db,
    };
    for support in ["well"; 20].into_iter().chain(["not-well"; 3]) {
        let body = format!(r#"{{"answers":{{"support":"{support}"}}}}"#);
        assert_eq!(s.submit("careful", body).await.status, StatusCode::CREATED);
    }
    let csv = s.coordinator_get("/api/forms/careful/export.csv").await;
    assert_eq!(
        csv.headers["chorus-release"],
        "strict; small=1-7; rounding=5; base=10"
    );
    let text = csv.text();
    assert!(text.contains("careful,support,well,20"), "{text}");
    assert!(text.contains("careful,support,not-well,*"), "{text}");
    let json = s
        .coordinator_get("/api/forms/careful/export.json")
        .await
        .json();
    assert_eq!(json["release"]["policy"]["name"], "strict");
    assert_eq!(json["slices"][0]["total"], 25);
}

#[tokio::test]
async fn the_start_page_links_to_how_answers_stay_anonymous() {
    let s = server().await;
    let start = s.get("/f/demo?lang=cy&channel=riverside-mind").await.text();
    assert!(
        start.contains(r#"href="/f/demo/privacy?lang=cy&amp;channel=riverside-mind""#),
        "{start}"
    );
    let page = s
        .get("/f/demo/privacy?lang=cy&channel=riverside-mind")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(
        csp.contains("frame-ancestors 'self' http://localhost:8081"),
        "{csp}"
    );
    let html = page.text();
    assert!(html.contains(r#"<html lang="cy" dir="ltr">"#));
    assert!(html.contains("Sut mae eich atebion yn aros yn ddienw"));
    assert!(html.contains("Nid yw Chorus yn gofyn pwy ydych chi."));
    assert!(html.contains(r#"href="/f/demo?lang=cy&amp;channel=riverside-mind""#));
    assert_eq!(s.get("/f/nope/privacy").await.status, StatusCode::NOT_FOUND);
}

// Invite-only forms (forms/drop-in-session.toml): one-time codes a coordinator prints.

const SESSION: &str = "drop-in-session";

/// A coordinator's POST, with the token as a script sends it (Bearer), or none.
fn coordinator_post(uri: &str, content_type: &str, body: &str, token: bool) -> Request<Body> {
    let mut request = Request::post(uri).header(header::CONTENT_TYPE, content_type);
    if token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {TOKEN}"));
    }
    request.body(Body::from(body.to_string())).unwrap()
}

/// `n` new codes for the invite-only demo form, through the JSON API.
async fn invite_codes(s: &Server, n: u32) -> Vec<String> {
    let reply = s
        .send(coordinator_post(
            &format!("/api/forms/{SESSION}/invites"),
            "application/json",
            &format!(r#"{{"count": {n}}}"#),
            true,
        ))
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    reply.json()["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect()
}

fn with_invite(invite: Option<&str>) -> String {
    let mut body = json!({"answers": {"feel": "better", "change": "A quieter room"}});
    if let Some(code) = invite {
        body["invite"] = json!(code);
    }
    body.to_string()
}

/// Rows of invite_codes for the demo form, read through a second connection.
async fn waiting_codes(s: &Server) -> i64 {
    let db = s.db().await;
    let pool = &db.pool;
    let n = sqlx::query_scalar(db.sql("SELECT count(*) FROM invite_codes WHERE form = ?"))
        .bind(SESSION)
        .fetch_one(pool)
        .await
        .unwrap();
    pool.close().await;
    n
}

/// The last day the newest waiting code works.
async fn waiting_expiry(s: &Server) -> String {
    let db = s.db().await;
    let pool = &db.pool;
    let day = sqlx::query_scalar(db.sql("SELECT max(expires) FROM invite_codes WHERE form = ?"))
        .bind(SESSION)
        .fetch_one(pool)
        .await
        .unwrap();
    pool.close().await;
    day
}

#[tokio::test]
async fn invite_codes_are_printed_for_coordinators_only() {
    let s = server().await;
    // Without the token: nothing is made, not even which forms exist is said.
    for (uri, content_type, body) in [
        (
            format!("/api/forms/{SESSION}/invites"),
            "application/json",
            r#"{"count": 3}"#,
        ),
        (
            format!("/coordinator/forms/{SESSION}/invites"),
            "application/x-www-form-urlencoded",
            "count=3",
        ),
        (
            "/api/forms/nope/invites".to_string(),
            "application/json",
            r#"{"count": 3}"#,
        ),
    ] {
        let reply = s
            .send(coordinator_post(&uri, content_type, body, false))
            .await;
        if uri.starts_with("/coordinator/") {
            // A page: to the sign-in page.
            assert_eq!(reply.status, StatusCode::SEE_OTHER, "{uri}");
            assert_eq!(reply.headers[header::LOCATION], "/coordinator/sign-in");
        } else {
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{uri}");
            assert_eq!(reply.json()["error"]["code"], "unauthorized");
        }
    }
    assert_eq!(waiting_codes(&s).await, 0);

    // A script: codes as JSON, each once, grouped for reading aloud, with their last day.
    let reply = s
        .send(coordinator_post(
            &format!("/api/forms/{SESSION}/invites"),
            "application/json",
            r#"{"count": 5}"#,
            true,
        ))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    let json = reply.json();
    let codes: Vec<&str> = json["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 5);
    for code in &codes {
        assert_eq!(code.len(), 9, "{code}");
        assert_eq!(&code[4..5], "-");
        assert!(
            code.chars()
                .all(|c| c == '-' || "23456789ABCDEFGHJKMNPQRSTUVWXYZ".contains(c)),
            "{code}"
        );
    }
    let mut distinct = codes.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 5);
    let db = s.db().await;
    let pool = &db.pool;
    let in_thirty_days = chorus_app::clock::day_from_today(30);
    pool.close().await;
    assert_eq!(json["expires"], in_thirty_days);
    assert_eq!(waiting_codes(&s).await, 5);

    // A coordinator in a browser: a sheet of cards to print, each with a code.
    let share = s
        .coordinator_get(&format!("/coordinator/forms/{SESSION}/share"))
        .await
        .text();
    assert!(
        share.contains(&format!(r#"action="/coordinator/forms/{SESSION}/invites""#)),
        "{share}"
    );
    assert!(share.contains("Print invite codes"));
    // The cards can be printed in the form's languages (English and Polish here).
    assert!(
        share.contains(r#"<option value="pl" lang="pl">Polski</option>"#),
        "{share}"
    );
    let demo_share = s.coordinator_get("/coordinator/forms/demo/share").await;
    assert!(!demo_share.text().contains("Print invite codes"));
    let csp = demo_share.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("form-action 'self'"), "{csp}");
    let sheet = s
        .send(coordinator_post(
            &format!("/coordinator/forms/{SESSION}/invites"),
            "application/x-www-form-urlencoded",
            "count=3",
            true,
        ))
        .await;
    assert_eq!(sheet.status, StatusCode::OK, "{}", sheet.text());
    assert_eq!(sheet.headers[header::CACHE_CONTROL], "no-store");
    let html = sheet.text();
    assert_eq!(
        html.matches(r#"<li lang="en-GB" dir="ltr" class="invite">"#)
            .count(),
        3,
        "{html}"
    );
    assert_eq!(
        html.matches(r#"<p dir="ltr" class="invite__code">"#)
            .count(),
        3
    );
    assert!(html.contains("Wednesday peer support group: your views"));
    assert!(html.contains("This code lets you answer once. It is not linked to your answers."));
    assert!(html.contains(&format!("http://localhost/f/{SESSION}")));
    assert!(html.contains(r##"<use href="#form-qr""##));
    assert_eq!(
        html.matches("<symbol").count(),
        1,
        "one QR code, used on every card"
    );
    assert!(html.contains("/assets/coordinator.css"));
    assert_eq!(waiting_codes(&s).await, 8);

    // In Polish: the form's own Polish title and the card's words, the date in digits.
    let polish = s
        .send(coordinator_post(
            &format!("/coordinator/forms/{SESSION}/invites"),
            "application/x-www-form-urlencoded",
            "count=2&lang=pl",
            true,
        ))
        .await;
    assert_eq!(polish.status, StatusCode::OK, "{}", polish.text());
    let html = polish.text();
    assert_eq!(
        html.matches(r#"<li lang="pl" dir="ltr" class="invite">"#)
            .count(),
        2
    );
    assert!(html.contains("Środowa grupa wsparcia rówieśniczego: Twoje zdanie"));
    assert!(html.contains("Twój kod zaproszenia"), "{html}");
    assert!(!html.contains("This code lets you answer once"));
    let expires = waiting_expiry(&s).await;
    let (y, rest) = expires.split_once('-').unwrap();
    let (m, d) = rest.split_once('-').unwrap();
    assert!(html.contains(&format!("<bdi>{d}/{m}/{y}</bdi>")), "{html}");
    assert_eq!(waiting_codes(&s).await, 10);
    // Not a language of the form: nothing printed, nothing stored.
    let welsh = s
        .send(coordinator_post(
            &format!("/coordinator/forms/{SESSION}/invites"),
            "application/x-www-form-urlencoded",
            "count=2&lang=cy",
            true,
        ))
        .await;
    assert_eq!(welsh.status, StatusCode::BAD_REQUEST, "{}", welsh.text());
    assert_eq!(waiting_codes(&s).await, 10);

    // How many: 1 to 500, and only for invite-only forms.
    for (body, code) in [
        (r#"{"count": 0}"#, "bad_count"),
        (r#"{"count": 501}"#, "bad_count"),
        (r#"{"count": "5"}"#, "bad_count"),
        (r#"{}"#, "bad_count"),
    ] {
        let reply = s
            .send(coordinator_post(
                &format!("/api/forms/{SESSION}/invites"),
                "application/json",
                body,
                true,
            ))
            .await;
        assert_eq!(
            (reply.status, reply.json()["error"]["code"].as_str()),
            (StatusCode::BAD_REQUEST, Some(code)),
            "{body}"
        );
    }
    let plain = s
        .send(coordinator_post(
            "/api/forms/demo/invites",
            "application/json",
            r#"{"count": 5}"#,
            true,
        ))
        .await;
    assert_eq!(plain.status, StatusCode::CONFLICT);
    assert_eq!(plain.json()["error"]["code"], "not_invite_only");
    let unknown = s
        .send(coordinator_post(
            "/api/forms/nope/invites",
            "application/json",
            r#"{"count": 5}"#,
            true,
        ))
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(waiting_codes(&s).await, 10);
}

#[tokio::test]
async fn an_invite_code_opens_the_form_once() {
    let s = server().await;
    let codes = invite_codes(&s, 2).await;
    let first = s.submit(SESSION, with_invite(Some(&codes[0]))).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    assert_eq!(s.raw_count("feel", "better").await, 1);
    assert_eq!(waiting_codes(&s).await, 1, "a used code is deleted");

    // The same code again: refused, and nothing changes.
    let files = s.files().await;
    let rows = s.row_counts().await;
    let again = s.submit(SESSION, with_invite(Some(&codes[0]))).await;
    assert_eq!(again.status, StatusCode::FORBIDDEN);
    let error = again.json();
    assert_eq!(error["error"]["code"], "invite_not_valid");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already been used or is not right"),
        "{error}"
    );
    assert_eq!(s.raw_count("feel", "better").await, 1);
    assert_eq!(s.row_counts().await, rows);
    assert_eq!(
        s.files().await,
        files,
        "a refused code changes nothing on disk"
    );

    // A code is for its own form and nothing else: one made up is refused the same way.
    let made_up = s.submit(SESSION, with_invite(Some("ABCD-EFGH"))).await;
    assert_eq!(made_up.json()["error"]["code"], "invite_not_valid");
    assert_eq!(s.files().await, files);
    // The other code still works.
    assert_eq!(
        s.submit(SESSION, with_invite(Some(&codes[1]))).await.status,
        StatusCode::CREATED
    );
    assert_eq!(s.raw_count("feel", "better").await, 2);
    assert_eq!(waiting_codes(&s).await, 0);
}

#[tokio::test]
async fn a_retried_submission_after_its_code_was_used_is_still_counted_once() {
    let s = server().await;
    let code = invite_codes(&s, 1).await.remove(0);
    let body = with_invite(Some(&code));
    let key = "invite-retry-key-0123456789";
    let send = || {
        s.send(
            Request::post(format!("/api/forms/{SESSION}/responses"))
                .header(header::CONTENT_TYPE, "application/json")
                .header("idempotency-key", key)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
    };
    assert_eq!(send().await.status, StatusCode::CREATED);
    let files = s.files().await;
    // The reply was lost; the device sends it again, with the same key and the used code.
    for _ in 0..2 {
        let again = send().await;
        assert_eq!(
            (again.status, again.json()),
            (StatusCode::CREATED, json!({"status": "counted"}))
        );
    }
    assert_eq!(s.files().await, files);
    assert_eq!(s.raw_count("feel", "better").await, 1, "counted once");
    // A new key with the used code is a new submission: refused.
    let other = s
        .send(
            Request::post(format!("/api/forms/{SESSION}/responses"))
                .header(header::CONTENT_TYPE, "application/json")
                .header("idempotency-key", "another-key-0123456789abc")
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
    assert_eq!(other.json()["error"]["code"], "invite_not_valid");
    assert_eq!(s.files().await, files, "its key is rolled back with it");
}

#[tokio::test]
async fn an_invite_only_form_needs_a_code_and_others_ignore_one() {
    let s = server().await;
    invite_codes(&s, 1).await;
    let files = s.files().await;
    for body in [
        with_invite(None),
        with_invite(Some("")),
        with_invite(Some("   ")),
        r#"{"answers":{"feel":"better"},"invite":null}"#.to_string(),
    ] {
        let reply = s.submit(SESSION, body.clone()).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{body}");
        let error = reply.json();
        assert_eq!(error["error"]["code"], "invite_needed", "{body}");
        assert!(
            error["error"]["message"]
                .as_str()
                .unwrap()
                .contains("invite code"),
            "{error}"
        );
    }
    // Cannot be a code (a 0, an O, too short): refused without a look in the database.
    for code in ["ABCD-EFG0", "ABCD-EFGO", "ABC", "ABCD-EFGH-J"] {
        let reply = s.submit(SESSION, with_invite(Some(code))).await;
        assert_eq!(reply.json()["error"]["code"], "invite_not_valid", "{code}");
    }
    // Answers are still checked first.
    let wrong = s
        .submit(SESSION, r#"{"answers":{"feel":"nope"}}"#.to_string())
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(s.files().await, files);
    assert_eq!(s.raw_count("feel", "better").await, 0);
    // Forms anyone may answer take no notice of a code.
    let open = s
        .submit(
            "demo",
            r#"{"answers":{"support":"very-well"},"invite":"whatever"}"#,
        )
        .await;
    assert_eq!(open.status, StatusCode::CREATED, "{}", open.text());
    // The form's JSON says it is invite-only; the others' JSON is as before.
    assert_eq!(
        s.get(&format!("/api/forms/{SESSION}")).await.json()["invite_only"],
        true
    );
    assert!(
        s.get("/api/forms/demo")
            .await
            .json()
            .get("invite_only")
            .is_none()
    );
}

#[tokio::test]
async fn invite_codes_are_read_in_any_case_with_or_without_the_dash() {
    let s = server().await;
    let codes = invite_codes(&s, 3).await;
    let lower = codes[0].to_lowercase();
    let bare = codes[1].replace('-', "");
    let spaced = format!(" {} {} ", &codes[2][..4], codes[2][5..].to_lowercase());
    for typed in [lower, bare, spaced] {
        let reply = s.submit(SESSION, with_invite(Some(&typed))).await;
        assert_eq!(
            reply.status,
            StatusCode::CREATED,
            "{typed}: {}",
            reply.text()
        );
    }
    assert_eq!(s.raw_count("feel", "better").await, 3);
    // Each is the same code as printed: used now.
    let reply = s.submit(SESSION, with_invite(Some(&codes[0]))).await;
    assert_eq!(reply.json()["error"]["code"], "invite_not_valid");
}

#[tokio::test]
async fn only_keyed_hashes_of_invite_codes_are_stored_and_expired_ones_go() {
    let s = server().await;
    let codes = invite_codes(&s, 20).await;
    let db = s.db().await;
    let pool = &db.pool;
    let columns = db.columns("invite_codes").await;
    assert_eq!(columns, ["hash", "form", "expires"]);
    let hashes: Vec<Vec<u8>> = sqlx::query_scalar(db.sql("SELECT hash FROM invite_codes"))
        .fetch_all(pool)
        .await
        .unwrap();
    assert!(hashes.iter().all(|h| h.len() == 32));
    // Hash order: nothing about the order the codes were printed in.
    let mut sorted = hashes.clone();
    sorted.sort();
    assert_eq!(hashes, sorted);
    assert_eq!(
        s.submit(SESSION, with_invite(Some(&codes[0]))).await.status,
        StatusCode::CREATED
    );
    for (name, bytes) in s.files().await {
        for code in &codes {
            for text in [code.clone(), code.replace('-', "")] {
                assert!(
                    !bytes.windows(text.len()).any(|w| w == text.as_bytes()),
                    "{name} holds the code {text}"
                );
            }
        }
    }
    // Past their last day, codes open nothing, and go at the daily clean-up.
    sqlx::query(db.sql("UPDATE invite_codes SET expires = ?"))
        .bind(chorus_app::clock::day_from_today(-1))
        .execute(pool)
        .await
        .unwrap();
    pool.close().await;
    let late = s.submit(SESSION, with_invite(Some(&codes[1]))).await;
    assert_eq!(late.json()["error"]["code"], "invite_not_valid");
    let store = Store::open(&s.db).await.unwrap();
    assert_eq!(
        store.forget_expired_invites().await.unwrap(),
        0,
        "gone at start"
    );
    store.close().await;
    assert_eq!(waiting_codes(&s).await, 0);
}

#[tokio::test]
async fn an_invite_code_goes_through_the_journey_without_javascript() {
    let s = server().await;
    let code = invite_codes(&s, 1).await.remove(0);
    let start = s.get(&format!("/f/{SESSION}")).await.text();
    for attribute in [
        r#"name="_invite""#,
        r#"autocomplete="off""#,
        r#"autocapitalize="characters""#,
        r#"spellcheck="false""#,
        r#"aria-describedby="chorus-invite-hint""#,
        r#"name="_start""#,
    ] {
        assert!(start.contains(attribute), "{attribute}: {start}");
    }
    assert!(start.contains("Your invite code"));
    assert!(start.contains(
        "The code on the card you were given, like ABCD-EFGH. It is not linked to your answers."
    ));
    // Other forms' start pages ask for nothing.
    let demo = s.get("/f/demo").await.text();
    assert!(!demo.contains("_invite") && !demo.contains("_start"));

    // "Start now" without a code: the start page again, saying what to do.
    let first = format!("/f/{SESSION}/q/feel");
    let missing = s
        .post_page(&first, &[("_invite", " "), ("_start", "1")])
        .await;
    assert_eq!(missing.status, StatusCode::OK);
    let html = missing.text();
    assert!(html.contains("<title>Error:"), "{html}");
    assert!(html.contains("Enter the invite code from the card you were given"));
    assert!(html.contains(r##"href="#chorus-invite""##));
    let typo = s
        .post_page(&first, &[("_invite", "ABCD-EFG0"), ("_start", "1")])
        .await
        .text();
    assert!(typo.contains("already been used or is not right"), "{typo}");
    assert!(typo.contains(r#"value="ABCD-EFG0""#));

    // With it: the code travels in a hidden field, like the answers.
    let typed = code.to_lowercase();
    let q1 = s
        .post_page(&first, &[("_invite", &typed), ("_start", "1")])
        .await
        .text();
    let hidden = format!(r#"<input type="hidden" name="_invite" value="{typed}""#);
    assert!(q1.contains(&hidden), "{q1}");
    let q2 = s
        .post_page(
            &format!("/f/{SESSION}/q/helps"),
            &[("_invite", &typed), ("_q", "feel"), ("feel", "better")],
        )
        .await
        .text();
    assert!(q2.contains(&hidden), "{q2}");
    let check = s
        .post_page(
            &format!("/f/{SESSION}/check"),
            &[("_invite", &typed), ("feel", "better"), ("_skip", "helps")],
        )
        .await
        .text();
    assert!(check.contains(&hidden), "{check}");
    let fields = [("_invite", typed.as_str()), ("feel", "better")];
    let sent = s.post_page(&format!("/f/{SESSION}/submit"), &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.headers[header::LOCATION], format!("/f/{SESSION}/done"));
    assert_eq!(s.raw_count("feel", "better").await, 1);

    // The same code again: the check page, with the answers, the code to put right, and why.
    let files = s.files().await;
    let refused = s.post_page(&format!("/f/{SESSION}/submit"), &fields).await;
    assert_eq!(refused.status, StatusCode::OK);
    let html = refused.text();
    assert!(html.contains("Check your answers"), "{html}");
    assert!(html.contains(
        "This invite code has already been used or is not right. Check it, or ask the person running the session for another."
    ));
    assert!(html.contains(r#"id="chorus-invite""#));
    assert!(html.contains(&format!(r#"value="{typed}""#)));
    assert!(html.contains("Better than before"));
    assert_eq!(s.files().await, files);
    assert_eq!(s.raw_count("feel", "better").await, 1);
    // No code at all when sending: said on the check page too.
    let none = s
        .post_page(&format!("/f/{SESSION}/submit"), &[("feel", "better")])
        .await
        .text();
    assert!(none.contains("Enter the invite code from the card you were given"));
}

#[tokio::test]
async fn quotes_are_shown_in_the_same_steps_as_counts_and_attributed_with_care() {
    let s = server().await;
    let say = |channel: &str, n: usize| {
        format!(r#"{{"answers":{{"ideas":"Idea {n} via {channel}"}},"channel":"{channel}"}}"#)
    };
    for n in 0..10 {
        s.submit("demo", say("riverside-mind", n)).await;
        s.submit("demo", say("st-marys-cafe", n)).await;
    }
    let listed = || async {
        let r = s.coordinator_get("/api/forms/demo/quotes").await;
        assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
        r.json()["quotes"].as_array().unwrap().clone()
    };
    let first = listed().await;
    assert_eq!(first.len(), 20);
    let ids: Vec<&str> = first.iter().map(|q| q["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(
        ids, sorted,
        "in id order: random, not the order they came in"
    );
    assert!(first.iter().all(|q| {
        let text = q["text"].as_str().unwrap();
        q["channel"].as_str().is_some_and(|c| text.ends_with(c))
    }));
    // One more quote, through a channel few come through: not shown until the next step.
    s.submit("demo", say("eastside-food-bank", 0)).await;
    assert_eq!(listed().await, first);
    for n in 0..9 {
        s.submit(
            "demo",
            format!(r#"{{"answers":{{"ideas":"Direct idea {n}"}}}}"#),
        )
        .await;
    }
    let next = listed().await;
    assert_eq!(next.len(), 30);
    let eastside = next
        .iter()
        .find(|q| q["text"] == "Idea 0 via eastside-food-bank")
        .unwrap();
    // Its own channel has one response: attributed only to the group it is shown in.
    assert_eq!(eastside["channel"], "other-channels");
    // Counts and quotes moved together.
    let totals = s
        .coordinator_get("/api/forms/demo/totals.csv?by=channel")
        .await
        .text();
    assert!(totals.contains("demo,other-channels,10"), "{totals}");
}

// Proof of work (docs/api.md, "Proof of work").

use base64::Engine as _;
use chorus_app::pow::ProofOfWork;
use chorus_core::pow::{Challenge, Solution};

/// A form that asks for proof of work, and one that does not.
const GUARDED_FORM: &str = r#"
id = "guarded"
title = "A form with proof of work"
proof_of_work = true

[[buckets]]
id = "b"
title = "Support"

[[questions]]
id = "support"
kind = "single"
bucket = "b"
title = "How well do local services support you?"
options = [{ id = "well", label = "Well" }, { id = "not-well", label = "Not well" }]
"#;

const POW_KEY: [u8; 32] = [7; 32];

struct Guarded {
    server: Server,
    limiter: Arc<Limiter>,
    pow: Arc<ProofOfWork>,
    _forms: TempDir,
}

/// A server with "guarded" (proof of work) and "open" (the same form without), challenges
/// under [`POW_KEY`] and small (up to 1000) so debug builds solve them quickly.
async fn guarded_server() -> Guarded {
    let forms = tempfile::tempdir().unwrap();
    std::fs::write(forms.path().join("guarded.toml"), GUARDED_FORM).unwrap();
    let open = GUARDED_FORM
        .replace("id = \"guarded\"", "id = \"open\"")
        .replace("proof_of_work = true\n", "");
    std::fs::write(forms.path().join("open.toml"), open).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = common::fresh_database(dir.path()).await;
    let store = Store::open(&db).await.unwrap();
    let state = AppState::new(
        Catalog::load(&[forms.path().to_path_buf()]).unwrap(),
        store,
        Locales::load().unwrap(),
        TokenHash::of(TOKEN),
        Policy::default(),
        root().join("public"),
    )
    .with_limiter(Limiter::new(
        chorus_app::limit::DEFAULT_PER_HOUR,
        Vec::new(),
    ))
    .with_pow(ProofOfWork::new(Some(POW_KEY.to_vec()), 1000));
    let limiter = state.limiter.clone();
    let pow = state.pow.clone();
    Guarded {
        server: Server {
            router: router(state),
            dir,
            db,
        },
        limiter,
        pow,
        _forms: forms,
    }
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// `pow`: base64 of the solution's JSON, as the widget sends it.
fn pow_field(solution: &Solution) -> String {
    base64::engine::general_purpose::STANDARD.encode(solution.payload_json())
}

async fn solved(s: &Server, form: &str) -> String {
    let reply = s.get(&format!("/api/forms/{form}/challenge")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let challenge: Challenge = serde_json::from_slice(&reply.body).unwrap();
    pow_field(&challenge.solution(challenge.solve().unwrap()))
}

fn with_pow(pow: &str) -> String {
    json!({"answers": {"support": "well"}, "pow": pow}).to_string()
}

async fn totals_of(s: &Server, form: &str) -> i64 {
    let db = s.db().await;
    let pool = &db.pool;
    let (count,): (i64,) = sqlx::query_as(
        db.sql("SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM channel_totals WHERE form = ?"),
    )
    .bind(form)
    .fetch_one(pool)
    .await
    .unwrap();
    count
}

#[tokio::test]
async fn a_proof_of_work_challenge_is_signed_uncached_and_kept_nowhere() {
    let g = guarded_server().await;
    let s = &g.server;
    let before = s.files().await;
    let reply = s.get("/api/forms/guarded/challenge").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    let json = reply.json();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["algorithm", "challenge", "maxnumber", "salt", "signature"]
    );
    assert_eq!(json["algorithm"], "SHA-256");
    assert_eq!(json["maxnumber"], 1000);
    let salt = json["salt"].as_str().unwrap();
    let (random, expires) = salt.split_once('.').unwrap();
    assert!(random.len() >= 16 && random.bytes().all(|b| b.is_ascii_hexdigit()));
    let expires: u64 = expires.parse().unwrap();
    let now = unix_now();
    assert!((now + 590..=now + 610).contains(&expires), "{expires}");
    let challenge: Challenge = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(challenge.challenge.len(), 64);
    let number = challenge.solve().unwrap();
    // Signed with the server's key: HMAC-SHA256 of the challenge.
    assert_eq!(
        challenge.solution(number).verify(&POW_KEY, now),
        Ok(expires)
    );
    assert!(
        challenge
            .solution(number)
            .verify(b"another key", now)
            .is_err()
    );
    // Each is new; none is remembered, nothing is written.
    let again = s.get("/api/forms/guarded/challenge").await.json();
    assert_ne!(again["salt"], json["salt"]);
    assert_eq!(g.pow.remembered(), 0);
    assert_eq!(s.files().await, before);
    // Any form may be asked (only proof-of-work forms check); unknown forms are not found.
    assert_eq!(
        s.get("/api/forms/open/challenge").await.status,
        StatusCode::OK
    );
    let unknown = s.get("/api/forms/nope/challenge").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.json()["error"]["code"], "unknown_form");
}

#[tokio::test]
async fn a_solved_challenge_is_counted_once_and_refused_when_used_again() {
    let g = guarded_server().await;
    let s = &g.server;
    let pow = solved(s, "guarded").await;
    let reply = s.submit("guarded", with_pow(&pow)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    assert_eq!(totals_of(s, "guarded").await, 1);
    assert_eq!(g.pow.remembered(), 1);
    let before = s.files().await;
    let again = s.submit("guarded", with_pow(&pow)).await;
    assert_eq!(again.status, StatusCode::FORBIDDEN);
    assert_eq!(again.json()["error"]["code"], "proof_of_work_not_valid");
    assert_eq!(
        s.files().await,
        before,
        "a reused proof of work changed the database"
    );
    assert_eq!(totals_of(s, "guarded").await, 1);
    // The JSON itself, not base64, is accepted too.
    let reply = s.get("/api/forms/guarded/challenge").await;
    let challenge: Challenge = serde_json::from_slice(&reply.body).unwrap();
    let plain = challenge
        .solution(challenge.solve().unwrap())
        .payload_json();
    assert_eq!(
        s.submit("guarded", with_pow(&plain)).await.status,
        StatusCode::CREATED
    );
    // A submission sent again with the same Idempotency-Key and solution is a replay, counted
    // once, not refused.
    let pow = solved(s, "guarded").await;
    let keyed = |key: &'static str| {
        Request::post("/api/forms/guarded/responses")
            .header(header::CONTENT_TYPE, "application/json")
            .header("idempotency-key", key)
            .body(Body::from(with_pow(&pow)))
            .unwrap()
    };
    let key = "pow-replay-key-0123456789";
    assert_eq!(s.send(keyed(key)).await.status, StatusCode::CREATED);
    assert_eq!(s.send(keyed(key)).await.status, StatusCode::CREATED);
    assert_eq!(totals_of(s, "guarded").await, 3);
    let other = s.send(keyed("another-key-0123456789ab")).await;
    assert_eq!(other.json()["error"]["code"], "proof_of_work_not_valid");
    assert_eq!(totals_of(s, "guarded").await, 3);
}

#[tokio::test]
async fn missing_wrong_and_expired_proofs_of_work_are_refused_with_nothing_written() {
    let g = guarded_server().await;
    let s = &g.server;
    // Something written first, so the files exist to compare.
    assert_eq!(
        s.submit("guarded", with_pow(&solved(s, "guarded").await))
            .await
            .status,
        StatusCode::CREATED
    );
    let before = s.files().await;
    let missing = s
        .submit("guarded", r#"{"answers":{"support":"well"}}"#)
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    let error = &missing.json()["error"];
    assert_eq!(error["code"], "proof_of_work_needed");
    assert!(error["message"].as_str().unwrap().contains("challenge"));
    let empty = s.submit("guarded", with_pow("")).await;
    assert_eq!(empty.json()["error"]["code"], "proof_of_work_needed");
    let now = unix_now();
    let fresh =
        |key: &[u8], expires: u64| Challenge::new(key, "abcdef0123456789", expires, 12, 1000);
    let wrong_number = fresh(&POW_KEY, now + 600).solution(13);
    let expired = fresh(&POW_KEY, now - 1).solution(12);
    let not_ours = fresh(b"a key that is not the server's", now + 600).solution(12);
    for (pow, what) in [
        (pow_field(&wrong_number), "wrong number"),
        (pow_field(&expired), "expired"),
        (pow_field(&not_ours), "not ours"),
        ("bm90IGpzb24=".to_string(), "not JSON"),
        ("%%%".to_string(), "not base64"),
    ] {
        let reply = s.submit("guarded", with_pow(&pow)).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{what}");
        assert_eq!(
            reply.json()["error"]["code"],
            "proof_of_work_not_valid",
            "{what}"
        );
    }
    // Answers are still checked first.
    let bad = s
        .submit(
            "guarded",
            json!({"answers": {"support": "nope"}, "pow": "x"}).to_string(),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(s.files().await, before);
    assert_eq!(totals_of(s, "guarded").await, 1);
}

#[tokio::test]
async fn forms_without_proof_of_work_ignore_the_field() {
    let g = guarded_server().await;
    let s = &g.server;
    for body in [
        r#"{"answers":{"support":"well"}}"#.to_string(),
        with_pow("not a proof of work"),
        with_pow(&solved(s, "open").await),
    ] {
        let reply = s.submit("open", body).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    }
    assert_eq!(totals_of(s, "open").await, 3);
    assert_eq!(g.pow.remembered(), 0);
    // The public JSON says so only where it is on.
    assert_eq!(
        s.get("/api/forms/guarded").await.json()["proof_of_work"],
        true
    );
    assert!(
        s.get("/api/forms/open")
            .await
            .json()
            .get("proof_of_work")
            .is_none()
    );
}

#[tokio::test]
async fn without_javascript_a_proof_of_work_form_is_limited_much_more_strictly() {
    let g = guarded_server().await;
    let s = &g.server;
    let page = |form: &str| {
        let request = Request::post(format!("/f/{form}/submit"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("support=not-well"))
            .unwrap();
        s.send(from_peer("203.0.113.7:50000", request))
    };
    // Accepted without any proof of work...
    assert_eq!(page("guarded").await.status, StatusCode::SEE_OTHER);
    assert_eq!(totals_of(s, "guarded").await, 1);
    // ...but a tenth of the allowance: 3 an hour, 1 at once (the form's own is 30, 10 at once).
    let before = s.files().await;
    let reply = page("guarded").await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!((1..=20 * 60).contains(&retry_after(&reply)));
    assert_eq!(s.files().await, before);
    // The same form without proof of work keeps the usual allowance.
    for _ in 0..10 {
        assert_eq!(page("open").await.status, StatusCode::SEE_OTHER);
    }
    // The API's allowance is apart: the same connection, with work done, is counted.
    let api = from_peer(
        "203.0.113.7:50001",
        Request::post("/api/forms/guarded/responses")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(with_pow(&solved(s, "guarded").await)))
            .unwrap(),
    );
    assert_eq!(s.send(api).await.status, StatusCode::CREATED);
    // Another connection has its own; and time brings it back.
    let other = Request::post("/f/guarded/submit")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("support=well"))
        .unwrap();
    assert_eq!(
        s.send(from_peer("198.51.100.4:50000", other)).await.status,
        StatusCode::SEE_OTHER
    );
    g.limiter.skip_time(Duration::from_secs(20 * 60));
    assert_eq!(page("guarded").await.status, StatusCode::SEE_OTHER);
    assert_eq!(totals_of(s, "guarded").await, 4);
}

/// Eleven responses with words that a spreadsheet would run as formulas, and one held for
/// review; the demo form's buckets each get a sheet.
#[tokio::test]
async fn quotes_and_spreadsheets_hold_the_released_numbers_and_words_safely() {
    use calamine::{Data, Reader, Xlsx};
    let s = server().await;
    let risky = [
        "=HYPERLINK(\"https://evil.example\",\"click\")",
        "+ more evening sessions",
        "-- nothing helped",
        "@everyone should know the café is open late",
    ];
    for (i, text) in risky.iter().enumerate() {
        let body = json!({ "answers": { "support": "very-well", "helpful": text }, "lang": if i == 0 { "cy" } else { "en-GB" } });
        assert_eq!(
            s.submit("demo", body.to_string()).await.status,
            StatusCode::CREATED
        );
    }
    for _ in 0..6 {
        s.submit("demo", r#"{"answers":{"support":"quite-well"}}"#)
            .await;
    }
    let held = json!({ "answers": { "missing": "Call me on 07700 900123" } });
    s.submit("demo", held.to_string()).await;

    // Quotes as CSV: tidy, each risky cell made text with a leading ', the held one absent.
    let csv = s.coordinator_get("/api/forms/demo/quotes.csv").await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.text());
    assert_eq!(csv.headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    let csv_text = csv.text();
    let mut reader = csv::Reader::from_reader(after_bom(&csv_text).as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "form", "question", "bucket", "channel", "language", "text", "themes", "insight"
        ]
    );
    let mut texts: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[5].to_string())
        .collect();
    texts.sort();
    let mut expected: Vec<String> = risky.iter().map(|t| format!("'{t}")).collect();
    expected.sort();
    assert_eq!(texts, expected);
    assert!(!csv.text().contains("07700"));

    // The spreadsheet: its sheets, the same counts as the CSV, the words as text.
    let reply = s.coordinator_get("/api/forms/demo/export.xlsx").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text());
    assert_eq!(
        reply.headers[header::CONTENT_TYPE],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(reply.body.clone())).unwrap();
    let names = book.sheet_names();
    assert_eq!(
        names,
        [
            "About",
            "Counts",
            "Totals",
            "Quotes 1 Experience of services",
            "Quotes 2 What helps",
            "Quotes 3 What is not so helpful",
            "Quotes 4 What is missing",
            "Quotes 5 Ideas",
            "Quotes 6 About you (diversity m",
            "Quotes 7 Hearing back",
        ]
    );
    let text = |d: &Data| match d {
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => format!("{i}"),
        Data::String(s) => s.clone(),
        other => panic!("unexpected cell {other:?}"),
    };
    let about = book.worksheet_range("About").unwrap();
    let about: Vec<(String, String)> = about.rows().map(|r| (text(&r[0]), text(&r[1]))).collect();
    assert!(about.contains(&("Form id".into(), "demo".into())));
    assert!(
        about
            .iter()
            .any(|(k, v)| k == "How counts are released" && v.starts_with("standard"))
    );
    assert!(
        about
            .iter()
            .any(|(k, v)| k == "Exported on" && v.len() == 10)
    );
    let counts = book.worksheet_range("Counts").unwrap();
    let sheet: Vec<Vec<String>> = counts
        .rows()
        .skip(1)
        .filter(|r| text(&r[4]) == "all")
        .map(|r| r[..4].iter().map(text).collect())
        .collect();
    let from_csv: Vec<Vec<String>> = csv_counts(&s.export("demo").await.text())
        .into_iter()
        .map(|(q, o, c)| vec!["demo".to_string(), q, o, c])
        .collect();
    assert_eq!(sheet, from_csv);
    // Shown counts are numbers a spreadsheet can add up; markers are text.
    let mut numbers = 0;
    for r in counts.rows().skip(1) {
        let shown = text(&r[3]);
        if shown.parse::<u64>().is_ok() {
            assert!(matches!(r[3], Data::Float(_)), "{shown} is not a number");
            numbers += 1;
        } else {
            assert!(matches!(r[3], Data::String(_)), "{shown}");
        }
    }
    assert!(numbers > 0);
    let helps = book.worksheet_range("Quotes 2 What helps").unwrap();
    let mut words: Vec<String> = helps.rows().skip(1).map(|r| text(&r[5])).collect();
    words.sort();
    let mut written: Vec<String> = risky.iter().map(|t| t.to_string()).collect();
    written.sort();
    assert_eq!(words, written, "the words as written, stored as text");
    let missing = book.worksheet_range("Quotes 4 What is missing").unwrap();
    assert_eq!(missing.rows().count(), 1, "the held quote is in no sheet");
}
