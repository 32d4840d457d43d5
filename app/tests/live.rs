//! Running a live form: it takes answers only between its `opens` and `closes` days.

mod common;

use axum::http::StatusCode;
use common::*;

fn form(id: &str, days: &str) -> String {
    format!(
        r#"id = "{id}"
title = "Form {id}"
{days}

[[buckets]]
id = "b"
title = "B"

[[questions]]
id = "q"
kind = "single"
bucket = "b"
title = "Q"
options = [{{ id = "yes", label = "Yes" }}, {{ id = "no", label = "No" }}]
"#
    )
}

#[tokio::test]
async fn a_form_takes_answers_only_between_its_days() {
    let dir = tempfile::tempdir().unwrap();
    for (id, days) in [
        ("closed", r#"closes = "2020-01-31""#),
        ("later", r#"opens = "2999-01-01""#),
        (
            "open",
            r#"opens = "2020-01-01"
closes = "2999-12-31""#,
        ),
    ] {
        std::fs::write(dir.path().join(format!("{id}.toml")), form(id, days)).unwrap();
    }
    let s = server_of(&[dir.path().to_path_buf()], None).await;
    for (id, title, code) in [
        ("closed", "This form is closed", "form_closed"),
        ("later", "This form is not open yet", "form_not_open"),
    ] {
        for path in [format!("/f/{id}"), format!("/f/{id}/q/q")] {
            let page = s.get(&path).await;
            assert_eq!(page.status, StatusCode::OK);
            let html = page.text();
            assert!(html.contains(title), "{path}: {html}");
            assert!(!html.contains("<form"), "{path} offers a form");
            assert!(html.contains(&format!("/f/{id}/you-said-we-did")));
        }
        let r = s.submit(id, r#"{"answers":{"q":"yes"}}"#).await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text());
        assert_eq!(r.json()["error"]["code"], code);
        let r = s
            .post_page(&format!("/f/{id}/submit"), &[("q", "yes")])
            .await;
        assert!(r.text().contains(title));
        // What the group did can still be read.
        assert_eq!(
            s.get(&format!("/f/{id}/you-said-we-did")).await.status,
            StatusCode::OK
        );
    }
    // Nothing was counted; the open form counts as ever.
    assert!(
        s.row_counts()
            .await
            .iter()
            .all(|(table, n)| *n == 0 || table == "coordinator_token"),
        "{:?}",
        s.row_counts().await
    );
    let r = s.submit("open", r#"{"answers":{"q":"yes"}}"#).await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert!(s.get("/f/open").await.text().contains("<form"));
}

#[tokio::test]
async fn a_coordinator_deletes_a_forms_answers_after_typing_its_id() {
    use axum::body::Body;
    use axum::http::{Request, header};
    let s = server().await;
    add_coordinator(
        &s,
        "default",
        "sam@example.org",
        "a long coordinator password",
    )
    .await;
    let (cookie, csrf) = sign_in(&s, "sam@example.org", "a long coordinator password").await;
    let words = "Our words that must go entirely";
    for i in 0..12 {
        let body = serde_json::json!({ "answers": { "support": "very-well", "helpful": format!("{words} {i}") } });
        s.submit("demo", body.to_string()).await;
    }
    // A release step, so quotes are released and the step is stored too.
    assert_eq!(
        s.coordinator_get("/api/forms/demo/export.csv").await.status,
        StatusCode::OK
    );
    let post = |confirm: &str| {
        Request::post("/coordinator/forms/demo/delete")
            .header(header::COOKIE, format!("chorus_session={cookie}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("_csrf={csrf}&confirm={confirm}")))
            .unwrap()
    };
    let r = s.send(post("dem")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        s.raw_count("support", "very-well").await > 0,
        "nothing deleted yet"
    );
    let r = s.send(post("demo")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    for (table, n) in s.row_counts().await {
        if table != "coordinator_token" {
            assert_eq!(n, 0, "{table} still has rows");
        }
    }
    // Gone from the file too, not just from the tables.
    for (name, bytes) in s.files().await {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(words),
            "{name} still holds the words"
        );
    }
    // The form takes answers again; the deletion is in the audit log.
    assert_eq!(
        s.submit("demo", r#"{"answers":{"support":"quite-well"}}"#)
            .await
            .status,
        StatusCode::CREATED
    );
    let audit = s
        .send(
            Request::get("/coordinator/forms/demo/audit")
                .header(header::COOKIE, format!("chorus_session={cookie}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .text();
    assert!(audit.contains("<td>delete-data</td>"));
}

#[tokio::test]
async fn quotes_older_than_a_forms_retention_are_deleted() {
    let s = server().await;
    for text in ["An old quote", "A new quote"] {
        let body = serde_json::json!({ "answers": { "helpful": text } });
        s.submit("demo", body.to_string()).await;
    }
    let db = s.db().await;
    let pool = &db.pool;
    sqlx::query(db.sql("UPDATE quotes SET day = ? WHERE text = 'An old quote'"))
        .bind(chorus_app::clock::day_from_today(-400))
        .execute(pool)
        .await
        .unwrap();
    let store = chorus_app::storage::Store::open(&s.db).await.unwrap();
    assert_eq!(store.forget_old_quotes("demo", 365).await.unwrap(), 1);
    assert_eq!(store.forget_old_quotes("demo", 365).await.unwrap(), 0);
    let left: Vec<String> = sqlx::query_scalar(db.sql("SELECT text FROM quotes"))
        .fetch_all(pool)
        .await
        .unwrap();
    assert_eq!(left, ["A new quote"]);
}

#[tokio::test]
async fn each_version_of_a_form_is_kept_with_what_changed() {
    use axum::body::Body;
    use axum::http::{Request, header};
    let s = server().await;
    add_coordinator(
        &s,
        "default",
        "sam@example.org",
        "a long coordinator password",
    )
    .await;
    let (cookie, _) = sign_in(&s, "sam@example.org", "a long coordinator password").await;
    let store = chorus_app::storage::Store::open(&s.db).await.unwrap();
    let text = std::fs::read_to_string(root().join("forms/demo.toml")).unwrap();
    let first = chorus_core::schema::parse_toml(&text).unwrap();
    let changed = chorus_core::schema::parse_toml(&text.replace(
        "Which of these have you used in the last 12 months?",
        "Which of these have you used this year?",
    ))
    .unwrap();
    let definition = chorus_app::catalog::definition;
    assert!(
        store
            .record_form_version("demo", &definition(&first))
            .await
            .unwrap()
    );
    assert!(
        !store
            .record_form_version("demo", &definition(&first))
            .await
            .unwrap(),
        "the same again"
    );
    assert!(
        store
            .record_form_version("demo", &definition(&changed))
            .await
            .unwrap()
    );
    assert_eq!(store.form_versions("demo").await.unwrap().len(), 2);
    let page = s
        .send(
            Request::get("/coordinator/forms/demo/versions")
                .header(header::COOKIE, format!("chorus_session={cookie}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(
        html.contains("Question used: “Which of these have you used in the last 12 months?” became “Which of these have you used this year?”"),
        "{html}"
    );
    assert!(html.contains("The first version the server ran with."));

    // Changed back: the earlier wording is the newest version again, and says so.
    assert!(
        store
            .record_form_version("demo", &definition(&first))
            .await
            .unwrap(),
        "a definition changed back to is recorded again"
    );
    let versions = store.form_versions("demo").await.unwrap();
    assert_eq!(versions.len(), 3);
    assert_eq!(versions[0].sha256, versions[2].sha256);
    let html = s
        .send(
            Request::get("/coordinator/forms/demo/versions")
                .header(header::COOKIE, format!("chorus_session={cookie}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .text();
    let back = html
        .find("became “Which of these have you used in the last 12 months?”")
        .expect("the change back is listed");
    let forward = html
        .find("became “Which of these have you used this year?”")
        .unwrap();
    assert!(back < forward, "the newest version comes first");
}
