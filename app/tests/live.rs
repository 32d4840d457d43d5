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
