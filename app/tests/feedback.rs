//! "You said, we did": coordinators write entries in the form's languages; the form's pages
//! show the latest two in the page's language, and a public page lists them all.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;

const EMAIL: &str = "sam@example.org";
const PASSWORD: &str = "a long coordinator password";

fn post(fields: &[(&str, &str)], cookie: &str) -> Request<Body> {
    Request::post("/coordinator/forms/demo/feedback")
        .header(header::COOKIE, format!("chorus_session={cookie}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(serde_urlencoded::to_string(fields).unwrap()))
        .unwrap()
}

#[tokio::test]
async fn entries_written_by_coordinators_reach_the_form_in_its_languages() {
    let s = server().await;
    add_coordinator(&s, "default", EMAIL, PASSWORD).await;
    let (cookie, csrf) = sign_in(&s, EMAIL, PASSWORD).await;
    // Nothing yet: the start page has no such section; the public page says so.
    assert!(
        !s.get("/f/demo")
            .await
            .text()
            .contains(r#"class="chorus-feedback""#)
    );
    let public = s.get("/f/demo/you-said-we-did").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.text().contains("Nothing here yet."));

    // Refused: no English; a translation half written; no token.
    for fields in [
        vec![("action", "add"), ("said-cy", "Mwy"), ("did-cy", "Agor")],
        vec![
            ("action", "add"),
            ("said-en-GB", "More evenings"),
            ("did-en-GB", "We open on Thursdays"),
            ("said-cy", "Mwy o nosweithiau"),
        ],
    ] {
        let mut with = vec![("_csrf", csrf.as_str())];
        with.extend(fields);
        let r = s.send(post(&with, &cookie)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text());
    }
    let r = s
        .send(post(
            &[("action", "add"), ("said-en-GB", "x"), ("did-en-GB", "y")],
            &cookie,
        ))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    for (said, did, said_cy, did_cy) in [
        (
            "It is hard to get there",
            "We run a minibus on Tuesdays",
            "",
            "",
        ),
        (
            "More in the evenings",
            "We open on Thursday evenings",
            "Mwy gyda'r nos",
            "Rydym ar agor nos Iau",
        ),
    ] {
        let r = s
            .send(post(
                &[
                    ("_csrf", csrf.as_str()),
                    ("action", "add"),
                    ("said-en-GB", said),
                    ("did-en-GB", did),
                    ("said-cy", said_cy),
                    ("did-cy", did_cy),
                ],
                &cookie,
            ))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
        // Entries are ordered by the second they were written.
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    }

    // The start page in English: both, newest first.
    let html = s.get("/f/demo").await.text();
    let newest = html.find("We open on Thursday evenings").unwrap();
    let older = html.find("We run a minibus on Tuesdays").unwrap();
    assert!(newest < older, "newest first");
    assert!(html.contains("/f/demo/you-said-we-did"));
    // In Welsh: the Welsh words where written, English (marked so) where not.
    let html = s.get("/f/demo?lang=cy").await.text();
    assert!(html.contains("Rydym ar agor nos Iau"), "{html}");
    assert!(html.contains(r#"lang="en-GB""#) && html.contains("We run a minibus on Tuesdays"));
    assert!(html.contains(r#"<h2 id="chorus-feedback-title" class="chorus-heading-m">Dywedoch chi, gwnaethom ni</h2>"#), "{html}");
    // The confirmation page without JavaScript shows them too.
    let done = s
        .post_page("/f/demo/submit", &[("support", "quite-well")])
        .await;
    let location = done.headers[header::LOCATION].to_str().unwrap().to_string();
    let done = s.get(&location).await.text();
    assert!(done.contains("We open on Thursday evenings"), "{done}");
    // The public page, all of them.
    let public = s.get("/f/demo/you-said-we-did?lang=cy").await.text();
    assert!(public.contains("Rydym ar agor nos Iau"));
    assert!(public.contains("We run a minibus on Tuesdays"));

    // The coordinator's page lists them, and one can be deleted; both logged.
    let page = s
        .send(
            Request::get("/coordinator/forms/demo/feedback")
                .header(header::COOKIE, format!("chorus_session={cookie}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .text();
    let id = page
        .split(r#"name="id" value=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let r = s
        .send(post(
            &[
                ("_csrf", csrf.as_str()),
                ("action", "delete"),
                ("id", id.as_str()),
            ],
            &cookie,
        ))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let html = s.get("/f/demo").await.text();
    assert!(
        !html.contains("We open on Thursday evenings"),
        "the newest was deleted"
    );
    assert!(html.contains("We run a minibus on Tuesdays"));
    let audit = s
        .send(
            Request::get("/coordinator/forms/demo/audit")
                .header(header::COOKIE, format!("chorus_session={cookie}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .text();
    assert_eq!(audit.matches("<td>add-feedback</td>").count(), 2);
    assert_eq!(audit.matches("<td>delete-feedback</td>").count(), 1);
}
