//! Coordinators making sense of quotes on their page: moving, theming, marking insights,
//! hiding, publishing held ones; every download follows, and every change is in the audit log.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use serde_json::{Value, json};

const EMAIL: &str = "sam@riverside.example";
const PASSWORD: &str = "a long coordinator password";

fn get(uri: &str, cookie: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::COOKIE, format!("chorus_session={cookie}"))
        .body(Body::empty())
        .unwrap()
}

fn post(uri: &str, fields: &[(&str, &str)], cookie: &str) -> Request<Body> {
    let body = serde_urlencoded::to_string(fields).unwrap();
    Request::post(uri)
        .header(header::COOKIE, format!("chorus_session={cookie}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

/// The released quotes, by their words: (id, bucket, themes, insight).
async fn quotes(s: &Server) -> Vec<(String, String, String, Value, bool)> {
    let r = s.coordinator_get("/api/forms/demo/quotes").await;
    assert_eq!(r.status, StatusCode::OK);
    r.json()["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap().to_string(),
                q["id"].as_str().unwrap().to_string(),
                q["bucket"].as_str().unwrap().to_string(),
                q["themes"].clone(),
                q["insight"].as_bool().unwrap(),
            )
        })
        .collect()
}

/// The quotes CSV as rows of cells (after its byte-order mark).
async fn quotes_csv(s: &Server) -> Vec<Vec<String>> {
    let text = s.coordinator_get("/api/forms/demo/quotes.csv").await.text();
    let text = text.strip_prefix('\u{feff}').unwrap().to_string();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "form", "question", "bucket", "channel", "language", "text", "themes", "insight"
        ]
    );
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[tokio::test]
async fn quotes_are_sorted_themed_marked_and_hidden_and_every_download_follows() {
    let s = server().await;
    add_coordinator(&s, "default", EMAIL, PASSWORD).await;
    let words = [
        ("Peer support on a Tuesday night", "en-GB"),
        ("The crisis line called me back", "en-GB"),
        ("Cefnogaeth gan gymheiriaid", "cy"),
        ("Somebody called Jo at the café was rude", "en-GB"),
    ];
    for (text, lang) in words {
        let body = json!({ "answers": { "helpful": text }, "lang": lang });
        assert_eq!(
            s.submit("demo", body.to_string()).await.status,
            StatusCode::CREATED
        );
    }
    let held = json!({ "answers": { "missing": "Email me at jo@example.org please" } });
    s.submit("demo", held.to_string()).await;
    for _ in 0..5 {
        s.submit("demo", r#"{"answers":{"support":"quite-well"}}"#)
            .await;
    }
    let (cookie, csrf) = sign_in(&s, EMAIL, PASSWORD).await;
    let id_of = |all: &[(String, String, String, Value, bool)], text: &str| {
        all.iter().find(|q| q.0 == text).unwrap().1.clone()
    };
    let all = quotes(&s).await;
    assert_eq!(all.len(), 4, "the held one waits");
    let (peer, crisis, welsh, rude) = (
        id_of(&all, words[0].0),
        id_of(&all, words[1].0),
        id_of(&all, words[2].0),
        id_of(&all, words[3].0),
    );

    // The page: quotes under their bucket, the held one for review with what was found.
    let page = s.send(get("/coordinator/forms/demo/quotes", &cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("What helps (4)"), "{html}");
    assert!(html.contains("Waiting for review"));
    assert!(html.contains("email “jo@example.org”"), "{html}");
    // Filtered by language: only the Welsh one.
    let welsh_only = s
        .send(get("/coordinator/forms/demo/quotes?language=cy", &cookie))
        .await
        .text();
    assert!(welsh_only.contains(words[2].0));
    assert!(!welsh_only.contains(words[0].0));

    let change = |quote: &str, fields: &[(&str, &str)], token: &str| {
        let mut all = vec![("_csrf", token)];
        all.extend_from_slice(fields);
        post(
            &format!("/coordinator/forms/demo/quotes/{quote}"),
            &all,
            &cookie,
        )
    };
    // Without the page's token nothing changes.
    let r = s.send(change(&peer, &[("action", "hide")], "wrong")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(quotes(&s).await.len(), 4);

    for (quote, fields) in [
        (&peer, vec![("action", "move"), ("bucket", "ideas")]),
        (&peer, vec![("action", "tag"), ("theme", "Evenings")]),
        (&crisis, vec![("action", "tag"), ("theme", "Evenings")]),
        (&crisis, vec![("action", "tag"), ("theme", "Crisis care")]),
        (&crisis, vec![("action", "untag"), ("theme", "Crisis care")]),
        (&welsh, vec![("action", "insight"), ("value", "on")]),
        (&rude, vec![("action", "hide")]),
    ] {
        let r = s
            .send(change(
                quote,
                &[&fields[..], &[("back", "?language=en-GB")]].concat(),
                &csrf,
            ))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{fields:?}: {}", r.text());
        assert_eq!(
            r.headers[header::LOCATION],
            format!("/coordinator/forms/demo/quotes?language=en-GB#q-{quote}").as_str()
        );
    }
    // A bucket the form lacks, or an unknown quote: refused.
    let r = s
        .send(change(
            &peer,
            &[("action", "move"), ("bucket", "nowhere")],
            &csrf,
        ))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = s.send(change("0000", &[("action", "hide")], &csrf)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // The held quote, published edited through the page.
    let held_id: String = {
        let r = s.coordinator_get("/api/forms/demo/quotes/held").await;
        r.json()["quotes"][0]["id"].as_str().unwrap().to_string()
    };
    let r = s
        .send(change(
            &held_id,
            &[
                ("action", "publish"),
                ("text", "Email me at [removed] please"),
            ],
            &csrf,
        ))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());

    // Every download follows: the move, the themes, the insight; the hidden one is gone.
    let json = quotes(&s).await;
    let find = |text: &str| json.iter().find(|q| q.0 == text).cloned();
    assert_eq!(find(words[0].0).unwrap().2, "ideas");
    assert_eq!(find(words[0].0).unwrap().3, json!(["Evenings"]));
    assert_eq!(find(words[1].0).unwrap().3, json!(["Evenings"]));
    assert!(find(words[2].0).unwrap().4, "marked as insight");
    assert!(find(words[3].0).is_none(), "a hidden quote is listed");
    assert!(find("Email me at [removed] please").is_some());
    let csv = quotes_csv(&s).await;
    let row = |text: &str| csv.iter().find(|r| r[5] == text).cloned();
    assert_eq!(row(words[0].0).unwrap()[2], "ideas");
    assert_eq!(row(words[0].0).unwrap()[6], "Evenings");
    assert_eq!(row(words[2].0).unwrap()[7], "yes");
    assert!(row(words[3].0).is_none(), "a hidden quote is in the CSV");
    let xlsx = s.coordinator_get("/api/forms/demo/export.xlsx").await;
    {
        use calamine::{Reader, Xlsx};
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(xlsx.body.clone())).unwrap();
        for name in book.sheet_names() {
            let range = book.worksheet_range(&name).unwrap();
            for cell in range.used_cells() {
                assert!(
                    !cell.2.to_string().contains("Jo at the"),
                    "the hidden quote is in sheet {name}"
                );
            }
        }
    }
    // The page shows the hidden one apart, to show again.
    let html = s
        .send(get("/coordinator/forms/demo/quotes", &cookie))
        .await
        .text();
    assert!(html.contains("Hidden"));
    assert!(html.contains("Show again"));
    assert!(html.contains("What helps (2)"), "{html}");

    // Who did what, and when.
    let audit = s.send(get("/coordinator/forms/demo/audit", &cookie)).await;
    assert_eq!(audit.status, StatusCode::OK);
    let html = audit.text();
    for action in [
        "move",
        "tag",
        "untag",
        "mark-insight",
        "hide",
        "publish-edited",
    ] {
        assert!(
            html.contains(&format!("<td>{action}</td>")),
            "{action}: {html}"
        );
    }
    assert_eq!(html.matches(&format!("<td>{EMAIL}</td>")).count(), 8);
}
