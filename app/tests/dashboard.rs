//! The dashboard shows exactly the released numbers the downloads have: for the whole form,
//! for a channel, and diversity answers on their own page.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use serde_json::{Value, json};

const EMAIL: &str = "sam@example.org";
const PASSWORD: &str = "a long coordinator password";

/// The rows of the table captioned `caption`: (label, count as shown).
fn table(html: &str, caption: &str) -> Vec<(String, String)> {
    let start = html
        .find(&format!(
            r#"<caption class="figure__caption">{caption}</caption>"#
        ))
        .unwrap_or_else(|| panic!("no table {caption:?}"));
    let body = &html[start..];
    let body = &body[..body.find("</table>").unwrap()];
    body.split(r#"<th scope="row">"#)
        .skip(1)
        .map(|row| {
            let label = row.split("</th>").next().unwrap().to_string();
            let count = row
                .split(r#"<td class="table__number">"#)
                .nth(1)
                .unwrap()
                .split("</td>")
                .next()
                .unwrap()
                .replace("&lt;", "<");
            (label, count)
        })
        .collect()
}

/// The export's count of `question`/`option` in slice `slice`.
fn count_in(json: &Value, slice: &str, question: &str, option: &str) -> String {
    let s = json["slices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == slice)
        .unwrap();
    let c = &s["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["question"] == question && r["option"] == option)
        .unwrap()["count"];
    c.as_str().map_or_else(|| c.to_string(), str::to_string)
}

#[tokio::test]
async fn the_dashboard_shows_the_downloads_numbers() {
    let s = server().await;
    add_coordinator(&s, "default", EMAIL, PASSWORD).await;
    let send = |support: &str, channel: &str, age: &str| {
        json!({ "answers": { "support": support, "age": age }, "channel": channel }).to_string()
    };
    for _ in 0..12 {
        let r = s
            .submit("demo", send("very-well", "riverside-mind", "25-34"))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    }
    for _ in 0..3 {
        s.submit("demo", send("not-at-all", "riverside-mind", "65-plus"))
            .await;
    }
    for _ in 0..10 {
        s.submit("demo", send("quite-well", "st-marys-cafe", "25-34"))
            .await;
    }
    let (cookie, _) = sign_in(&s, EMAIL, PASSWORD).await;
    let get = |uri: &str| {
        Request::get(uri)
            .header(header::COOKIE, format!("chorus_session={cookie}"))
            .body(Body::empty())
            .unwrap()
    };
    let json = s
        .coordinator_get("/api/forms/demo/export.json")
        .await
        .json();
    let question = "How well do local mental health services support you?";
    let options = [
        ("Very well", "very-well"),
        ("Quite well", "quite-well"),
        ("Not very well", "not-very-well"),
        ("Not at all", "not-at-all"),
        ("I do not know", "do-not-know"),
        ("Skipped the question", "_skipped"),
    ];
    for slice in ["all", "riverside-mind", "st-marys-cafe"] {
        let uri = if slice == "all" {
            "/coordinator/forms/demo/dashboard".to_string()
        } else {
            format!("/coordinator/forms/demo/dashboard?channel={slice}")
        };
        let page = s.send(get(&uri)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text());
        let html = page.text();
        let expected: Vec<(String, String)> = options
            .iter()
            .map(|(label, id)| (label.to_string(), count_in(&json, slice, "support", id)))
            .collect();
        assert_eq!(table(&html, question), expected, "{slice}");
        // A chart beside it, hidden from screen readers.
        assert!(html.contains(r#"<svg class="chart" aria-hidden="true" focusable="false""#));
        // Diversity answers are never on this page.
        assert!(!html.contains("How old are you?"), "{slice}");
    }
    let all = s
        .send(get("/coordinator/forms/demo/dashboard"))
        .await
        .text();
    let channels = table(&all, "Responses by channel");
    assert_eq!(
        channels,
        [
            ("Riverside Mind".to_string(), "15".to_string()),
            ("St Mary's community café".to_string(), "10".to_string())
        ]
    );
    let weeks = table(&all, "Responses by week (Monday to Sunday)");
    assert_eq!(weeks.len(), 1);
    assert_eq!(weeks[0].1, json["weeks"][0]["count"].to_string());
    // A slice that is not shown: refused.
    let r = s
        .send(get(
            "/coordinator/forms/demo/dashboard?channel=eastside-food-bank",
        ))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    // Diversity: the whole form only, the same numbers.
    let page = s.send(get("/coordinator/forms/demo/diversity")).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    let age = table(&html, "How old are you?");
    let shown = |label: &str| age.iter().find(|(l, _)| l == label).unwrap().1.clone();
    assert_eq!(shown("25 to 34"), count_in(&json, "all", "age", "25-34"));
    assert_eq!(
        shown("65 or over"),
        count_in(&json, "all", "age", "65-plus")
    );
    assert_eq!(shown("65 or over"), "<5");
    assert!(!html.contains(r#"name="channel""#), "no channel filter");
}
