//! Coordinators' accounts: signing in and out, sessions, CSRF, limits on guessing, and each
//! organisation seeing only its own forms, on every coordinator route docs/api.md lists.

mod common;

use std::path::PathBuf;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;

const PASSWORD: &str = "alpha coordinator's long password";

fn forms() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let form = |id: &str, organisation: &str, invite: bool| {
        format!(
            r#"id = "{id}"
title = "Form {id}"
organisation = "{organisation}"
invite_only = {invite}

[[buckets]]
id = "b"
title = "B"

[[questions]]
id = "q"
kind = "single"
bucket = "b"
title = "Q"
options = [{{ id = "yes", label = "Yes" }}, {{ id = "no", label = "No" }}]

[[questions]]
id = "say"
kind = "text"
bucket = "b"
title = "Say"
"#
        )
    };
    std::fs::write(
        dir.path().join("alpha-form.toml"),
        form("alpha-form", "alpha", true),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("beta-form.toml"),
        form("beta-form", "beta", true),
    )
    .unwrap();
    let path = dir.path().to_path_buf();
    (dir, path)
}

/// A server with organisations alpha and beta, one coordinator each.
async fn two_organisations() -> (Server, tempfile::TempDir) {
    let (dir, path) = forms();
    let s = server_of(&[path], None).await;
    add_coordinator(&s, "alpha", "sam@alpha.example", PASSWORD).await;
    add_coordinator(&s, "beta", "kit@beta.example", PASSWORD).await;
    (s, dir)
}

fn form_post(uri: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r =
        Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, format!("chorus_session={c}"));
    }
    r.body(Body::from(body.to_string())).unwrap()
}

fn get_with(uri: &str, cookie: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::COOKIE, format!("chorus_session={cookie}"))
        .body(Body::empty())
        .unwrap()
}

async fn sign_in(s: &Server, email: &str) -> (String, String) {
    common::sign_in(s, email, PASSWORD).await
}

#[tokio::test]
async fn a_coordinator_signs_in_sees_their_forms_and_signs_out() {
    let (s, _forms) = two_organisations().await;
    // The page, with its two fields labelled.
    let page = s.get("/coordinator/sign-in").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains(r#"<label class="label" for="email">Email address</label>"#));
    assert!(html.contains(r#"autocomplete="current-password""#));

    // Wrong password, unknown address: the same answer, and no cookie.
    for (email, password) in [
        ("sam@alpha.example", "not the password at all"),
        ("nobody@alpha.example", PASSWORD),
    ] {
        let body = format!("email={}&password={}", encode(email), encode(password));
        let r = s.send(form_post("/coordinator/sign-in", &body, None)).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert!(
            r.text()
                .contains("Enter a correct email address and password")
        );
        assert!(r.headers.get(header::SET_COOKIE).is_none());
    }

    // Any case, spaces around: the same account.
    let (cookie, csrf) = sign_in(&s, " Sam@Alpha.example").await;
    let index = s.send(get_with("/coordinator", &cookie)).await.text();
    assert!(index.contains("Form alpha-form"), "{index}");
    assert!(
        !index.contains("beta-form"),
        "another organisation's form is listed"
    );
    assert!(index.contains("Signed in as Coordinator (sam@alpha.example)"));
    let export = s
        .send(get_with("/api/forms/alpha-form/export.csv", &cookie))
        .await;
    assert_eq!(export.status, StatusCode::OK, "{}", export.text());

    // Signing out needs the page's token; then the session is gone.
    let r = s
        .send(form_post("/coordinator/sign-out", "", Some(&cookie)))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json()["error"]["code"], "csrf");
    let r = s
        .send(form_post(
            "/coordinator/sign-out",
            &format!("_csrf={csrf}"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        r.headers[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let after = s.send(get_with("/coordinator", &cookie)).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(after.headers[header::LOCATION], "/coordinator/sign-in");

    // Only a hash of the cookie is kept, never the value or the password.
    for (name, bytes) in s.files().await {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(&cookie), "{name} holds a session cookie");
        assert!(!text.contains(PASSWORD), "{name} holds a password");
    }
}

#[tokio::test]
async fn a_change_needs_the_sessions_csrf_token() {
    let (s, _forms) = two_organisations().await;
    let (cookie, csrf) = sign_in(&s, "sam@alpha.example").await;
    let sheet = "/coordinator/forms/alpha-form/invites";
    for body in ["count=2".to_string(), "count=2&_csrf=0000".to_string()] {
        let r = s.send(form_post(sheet, &body, Some(&cookie))).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{body}");
        assert_eq!(r.json()["error"]["code"], "csrf");
    }
    let r = s
        .send(form_post(
            sheet,
            &format!("count=2&_csrf={csrf}"),
            Some(&cookie),
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    // The same for JSON, in a header.
    let json = |token: Option<&str>| {
        let mut r = Request::post("/api/forms/alpha-form/invites")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::COOKIE, format!("chorus_session={cookie}"));
        if let Some(t) = token {
            r = r.header("x-csrf-token", t);
        }
        r.body(Body::from(r#"{"count": 1}"#)).unwrap()
    };
    assert_eq!(s.send(json(None)).await.status, StatusCode::FORBIDDEN);
    assert_eq!(s.send(json(Some(&csrf))).await.status, StatusCode::OK);
    // Signing in from another site's page is refused: as new browsers say it, and as old ones.
    let from_elsewhere: [&[(&str, &str)]; 2] = [
        &[("sec-fetch-site", "cross-site"), ("origin", "null")],
        &[
            ("host", "chorus.example"),
            ("origin", "https://evil.example"),
        ],
    ];
    for headers in from_elsewhere {
        let mut request = Request::post("/coordinator/sign-in")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let body = format!("email=sam%40alpha.example&password={}", encode(PASSWORD));
        let r = s.send(request.body(Body::from(body)).unwrap()).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert!(r.headers.get(header::SET_COOKIE).is_none());
    }
}

#[tokio::test]
async fn guessing_a_password_is_slowed_down() {
    let (s, _forms) = two_organisations().await;
    let wrong = format!(
        "email=sam%40alpha.example&password={}",
        encode("guess one two three")
    );
    let statuses: Vec<StatusCode> = {
        let mut v = Vec::new();
        for _ in 0..8 {
            v.push(
                s.send(form_post("/coordinator/sign-in", &wrong, None))
                    .await
                    .status,
            );
        }
        v
    };
    assert_eq!(
        &statuses[..5],
        &[StatusCode::UNAUTHORIZED; 5],
        "{statuses:?}"
    );
    assert!(
        statuses[5..]
            .iter()
            .all(|&st| st == StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    // Now even the right password waits: guessing cannot tell it apart.
    let right = format!("email=sam%40alpha.example&password={}", encode(PASSWORD));
    let r = s
        .send(form_post("/coordinator/sign-in", &right, None))
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers.get(header::RETRY_AFTER).is_some());
    assert!(r.text().contains("Too many attempts to sign in"));
    assert!(r.headers.get(header::SET_COOKIE).is_none());
}

/// Every coordinator route of docs/api.md's table ("Auth" is "coordinator"), with its form in
/// place of `{form}`.
fn coordinator_routes(form: &str) -> Vec<(String, String)> {
    let api = std::fs::read_to_string(root().join("docs/api.md")).unwrap();
    let table = api
        .split("## Routes at a glance")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .find(|block| block.trim_start().starts_with('|'))
        .unwrap();
    let mut routes = Vec::new();
    for row in table.lines().skip(2) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        if cells.len() < 5 || cells[4] != "coordinator" {
            continue;
        }
        let path = cells[2]
            .trim_matches('`')
            .replace("{form}", form)
            .replace("{id}", "0123456789abcdef0123456789abcdef");
        for method in cells[1].split(", ") {
            routes.push((method.to_string(), path.clone()));
        }
    }
    assert!(
        routes.len() >= 12,
        "the table lists the coordinator routes: {routes:?}"
    );
    routes
}

fn request(method: &str, path: &str, cookie: Option<&str>, csrf: Option<&str>) -> Request<Body> {
    let (content_type, body) = if path.ends_with("/delete") {
        (
            "application/x-www-form-urlencoded",
            format!("confirm=alpha-form&_csrf={}", csrf.unwrap_or("")),
        )
    } else if path.ends_with("/feedback") {
        (
            "application/x-www-form-urlencoded",
            format!(
                "action=add&said-en-GB=x&did-en-GB=y&_csrf={}",
                csrf.unwrap_or("")
            ),
        )
    } else if path.ends_with("/publish") {
        ("application/json", "{}".to_string())
    } else if path.starts_with("/api/") {
        ("application/json", r#"{"count": 1}"#.to_string())
    } else {
        (
            "application/x-www-form-urlencoded",
            format!("count=1&action=hide&_csrf={}", csrf.unwrap_or("")),
        )
    };
    let mut r = Request::builder().method(method).uri(path);
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, format!("chorus_session={c}"));
    }
    if let Some(t) = csrf {
        r = r.header("x-csrf-token", t);
    }
    if method == "POST" {
        r = r.header(header::CONTENT_TYPE, content_type);
        r.body(Body::from(body)).unwrap()
    } else {
        r.body(Body::empty()).unwrap()
    }
}

#[tokio::test]
async fn every_coordinator_route_is_for_its_own_organisation_only() {
    let (s, _forms) = two_organisations().await;
    let (alpha, alpha_csrf) = sign_in(&s, "sam@alpha.example").await;
    let (beta, beta_csrf) = sign_in(&s, "kit@beta.example").await;
    for (method, path) in coordinator_routes("alpha-form") {
        let what = format!("{method} {path}");
        // Nobody: a page sends them to sign in, the API says 401; nothing else is shown.
        let r = s.send(request(&method, &path, None, None)).await;
        if path.starts_with("/coordinator") {
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{what}");
            assert_eq!(
                r.headers[header::LOCATION],
                "/coordinator/sign-in",
                "{what}"
            );
        } else {
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{what}");
        }
        assert!(!r.text().contains("alpha-form"), "{what}");
        // Another organisation's coordinator, with their own valid token: as if there were no
        // such form.
        let r = s
            .send(request(&method, &path, Some(&beta), Some(&beta_csrf)))
            .await;
        if path == "/coordinator" {
            assert_eq!(r.status, StatusCode::OK);
            assert!(!r.text().contains("alpha-form"), "{what}: {}", r.text());
        } else {
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{what}: {}", r.text());
            assert_eq!(r.json()["error"]["code"], "unknown_form", "{what}");
        }
        // The form's own organisation: served (a quote that does not exist is its own 404).
        let r = s
            .send(request(&method, &path, Some(&alpha), Some(&alpha_csrf)))
            .await;
        let unknown_quote = r.status == StatusCode::NOT_FOUND
            && serde_json::from_slice::<serde_json::Value>(&r.body)
                .is_ok_and(|j| j["error"]["code"] == "unknown_quote");
        // A change is answered by a redirect back to its page (not to the sign-in page).
        let done = r.status == StatusCode::SEE_OTHER
            && r.headers[header::LOCATION] != "/coordinator/sign-in";
        assert!(
            r.status.is_success() || done || unknown_quote,
            "{what}: {} {}",
            r.status,
            r.text()
        );
    }
}

#[tokio::test]
async fn an_organisations_token_reads_only_its_forms() {
    let (s, _forms) = two_organisations().await;
    let store = chorus_app::storage::Store::open(&s.db).await.unwrap();
    let token = chorus_app::accounts::new_secret();
    store
        .add_organisation_token("beta", &chorus_app::token::sha256_hex(&token))
        .await
        .unwrap();
    store.close().await;
    let bearer = |path: &str| {
        Request::get(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap()
    };
    assert_eq!(
        s.send(bearer("/api/forms/beta-form/export.csv"))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        s.send(bearer("/api/forms/alpha-form/export.csv"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The deployment's own token reads the "default" organisation's forms, which these are not.
    let r = s.export("alpha-form").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
