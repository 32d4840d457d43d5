//! The check issue 7 ends with: someone given the database file and every export of a form
//! with 40 responses over 6 channels tries to recover one person's answers, or any count under
//! the small limit, and cannot.
//!
//! Two servers take two sets of 40 responses, in opposite orders, that differ only in who gave
//! which answers (each person's answers re-paired with another's in the same channel and
//! language). Everything an attacker can hold (every export, every table of the database)
//! must be the same for both: so nothing in it says which answers went together. Then the
//! attacker (`chorus_core::audit`) works on the released numbers, parsed back from the exports
//! as a coordinator gets them, and must pin down no small count.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chorus_core::release::{Policy, Release, Released, ReleasedRow, Slice};
use common::*;
use serde_json::Value;

/// Five channels the form lists, and people who came with no channel ("direct"): six.
const CHANNELS: [&str; 6] = [
    "north-hub",
    "east-cafe",
    "south-mosque",
    "west-library",
    "river-walk",
    "",
];
/// People per channel: two channels pass the base of 10 alone, four do not.
const PEOPLE: [usize; 6] = [12, 10, 7, 5, 4, 2];

const FORM: &str = r#"
id = "listening"
title = "Listening"
channels = [
  { id = "north-hub", name = "North Hub" },
  { id = "east-cafe", name = "East Café" },
  { id = "south-mosque", name = "South Mosque" },
  { id = "west-library", name = "West Library" },
  { id = "river-walk", name = "River Walk" },
]

[[buckets]]
id = "experience"
title = "Experience"

[[buckets]]
id = "helps"
title = "What helps"

[[buckets]]
id = "about-you"
title = "About you"

[[questions]]
id = "support"
kind = "single"
bucket = "experience"
title = "How well are you supported?"
options = [
  { id = "well", label = "Well" },
  { id = "partly", label = "Partly" },
  { id = "badly", label = "Badly" },
  { id = "unsure", label = "Not sure" },
]

[[questions]]
id = "used"
kind = "multiple"
bucket = "experience"
title = "What have you used?"
max_choices = 2
options = [
  { id = "gp", label = "GP" },
  { id = "therapy", label = "Talking therapy" },
  { id = "crisis", label = "Crisis line" },
  { id = "peer", label = "Peer group" },
]

[[questions]]
id = "helpful"
kind = "text"
bucket = "helps"
title = "What has helped?"

[[questions]]
id = "age"
kind = "diversity"
bucket = "about-you"
title = "How old are you?"
options = [
  { id = "under-25", label = "Under 25" },
  { id = "25-64", label = "25 to 64" },
  { id = "65-plus", label = "65 or over" },
  { id = "prefer-not-to-say", label = "Prefer not to say" },
]
"#;

/// One person: channel index, language, and their answers.
#[derive(Clone)]
struct Person {
    channel: usize,
    lang: &'static str,
    support: Option<&'static str>,
    used: Vec<&'static str>,
    helpful: Option<String>,
    age: Option<&'static str>,
}

impl Person {
    fn body(&self) -> String {
        let mut answers = serde_json::Map::new();
        if let Some(s) = self.support {
            answers.insert("support".into(), s.into());
        }
        if !self.used.is_empty() {
            answers.insert("used".into(), self.used.clone().into());
        }
        if let Some(t) = &self.helpful {
            answers.insert("helpful".into(), t.clone().into());
        }
        if let Some(a) = self.age {
            answers.insert("age".into(), a.into());
        }
        let mut body = serde_json::json!({ "answers": answers, "lang": self.lang });
        if !CHANNELS[self.channel].is_empty() {
            body["channel"] = CHANNELS[self.channel].into();
        }
        body.to_string()
    }
}

/// 40 people with varied answers (a fixed pseudo-random sequence, so failures repeat).
fn people() -> Vec<Person> {
    let mut seed: u64 = 0x5eed_cafe;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % n) as usize
    };
    let words = [
        "the Tuesday walking group",
        "a peer mentor who listened",
        "the cafe staff",
        "being believed",
        "the crisis team calling back",
    ];
    let mut out = Vec::new();
    for (channel, &n) in PEOPLE.iter().enumerate() {
        for i in 0..n {
            let options = ["gp", "therapy", "crisis", "peer"];
            let used = match next(5) {
                0 => vec![],
                1 => vec![options[next(4)]],
                _ => {
                    let a = next(4);
                    let b = (a + 1 + next(3)) % 4;
                    vec![options[a], options[b]]
                }
            };
            out.push(Person {
                channel,
                lang: ["en-GB", "en-GB", "en-GB", "cy", "ar"][next(5)],
                support: [
                    Some("well"),
                    Some("partly"),
                    Some("badly"),
                    Some("unsure"),
                    None,
                ][next(5)],
                used,
                // Words nobody else wrote, so a quote's author could be told apart.
                helpful: (next(3) > 0).then(|| {
                    format!(
                        "What helped was {} (person {} of channel {})",
                        words[next(5)],
                        spell(i),
                        spell(channel)
                    )
                }),
                age: [
                    Some("under-25"),
                    Some("25-64"),
                    Some("65-plus"),
                    Some("prefer-not-to-say"),
                    None,
                ][next(5)],
            });
        }
    }
    assert_eq!(out.len(), 40);
    out
}

/// A number as words: the free-text check holds quotes with long digit runs for review.
fn spell(n: usize) -> String {
    const ONES: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    if n < 10 {
        ONES[n].to_string()
    } else {
        format!("{}-{}", ONES[n / 10], ONES[n % 10])
    }
}

/// The same people with their answers re-paired: within each channel and language, each
/// question's answers are passed on to the next person in a cycle of its own length, so every
/// count and every quote's channel and language stay the same but nobody keeps their
/// combination.
fn repaired(people: &[Person]) -> Vec<Person> {
    let mut out = people.to_vec();
    let mut groups: BTreeMap<(usize, &str), Vec<usize>> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        groups.entry((p.channel, p.lang)).or_default().push(i);
    }
    for members in groups.values() {
        let n = members.len();
        for (k, &i) in members.iter().enumerate() {
            out[i].support = people[members[(k + 1) % n]].support;
            out[i].used = people[members[(k + 2) % n]].used.clone();
            out[i].helpful = people[members[(k + 3) % n]].helpful.clone();
            out[i].age = people[members[(k + n - 1) % n]].age;
        }
    }
    out
}

fn form_dir(policy: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let release = if policy == "strict" {
        "\n[release]\npolicy = \"strict\"\n"
    } else {
        ""
    };
    // [release] must come before the first table array: put it after the channels.
    let text = FORM.replacen("\n[[buckets]]", &format!("{release}\n[[buckets]]"), 1);
    std::fs::write(dir.path().join("listening.toml"), text).unwrap();
    let path = dir.path().to_path_buf();
    (dir, path)
}

async fn bearer(s: &Server, uri: &str) -> Reply {
    let request = Request::get(uri)
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap();
    let reply = s.send(request).await;
    assert_eq!(reply.status, StatusCode::OK, "{uri}: {}", reply.text());
    reply
}

async fn exports(s: &Server) -> BTreeMap<&'static str, Reply> {
    let mut out = BTreeMap::new();
    for name in EXPORTS {
        out.insert(
            name,
            bearer(s, &format!("/api/forms/listening/{name}")).await,
        );
    }
    out
}

/// Everything in the database, table by table, as sorted text rows. Left out: the random
/// parts (quote ids, the server's secret, the hashes of random idempotency keys: only how many
/// there are) and the migrations' own bookkeeping.
async fn database(s: &Server) -> BTreeMap<String, Vec<String>> {
    let db = s.db().await;
    let mut out = BTreeMap::new();
    for table in db.tables().await {
        let query = match table.as_str() {
            "_sqlx_migrations" => "SELECT version FROM _sqlx_migrations".to_string(),
            "server_secret" | "coordinator_token" => format!("SELECT count(*) FROM {table}"),
            "idempotency_keys" => "SELECT CAST(count(*) AS TEXT) || ' ' || expires FROM idempotency_keys GROUP BY expires".to_string(),
            "quotes" => "SELECT form, question, bucket, day, text, channel, status, language, released FROM quotes".to_string(),
            _ => format!("SELECT * FROM {table}"),
        };
        let rows: Vec<sqlx::any::AnyRow> = sqlx::query(sqlx::AssertSqlSafe(query))
            .fetch_all(&db.pool)
            .await
            .unwrap();
        let mut rows: Vec<String> = rows.iter().map(row_text).collect();
        rows.sort();
        out.insert(table, rows);
    }
    db.close().await;
    out
}

/// A shown count read back from an export's text.
fn shown(text: &str, policy: Policy) -> Released {
    match text {
        "[c]" => Released::Hidden,
        "[x]" => Released::Withheld,
        "*" | "<5" => Released::Small(policy),
        n => Released::Count(n.parse().unwrap_or_else(|_| panic!("not a count: {n}"))),
    }
}

fn json_shown(v: &Value, policy: Policy) -> Released {
    match v {
        Value::Number(n) => Released::Count(n.as_u64().unwrap()),
        Value::String(s) => shown(s, policy),
        other => panic!("not a count: {other}"),
    }
}

/// The release as a coordinator holds it: parsed from export.json.
fn release_from_json(json: &Value) -> Release {
    let p = &json["release"]["policy"];
    let base = p["base"].as_u64().unwrap();
    let policy = match p["name"].as_str().unwrap() {
        "strict" => Policy::Strict { base },
        _ => Policy::Standard {
            threshold: p["threshold"].as_u64().unwrap(),
            base,
        },
    };
    let slices = json["slices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| Slice {
            id: s["id"].as_str().unwrap().to_string(),
            channels: s["channels"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_string())
                .collect(),
            total: json_shown(&s["total"], policy),
            rows: s["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| ReleasedRow {
                    question: r["question"].as_str().unwrap().to_string(),
                    option: r["option"].as_str().unwrap().to_string(),
                    count: json_shown(&r["count"], policy),
                })
                .collect(),
        })
        .collect();
    let languages = json["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["language"].as_str().unwrap().to_string(),
                json_shown(&l["count"], policy),
            )
        })
        .collect();
    let weeks = json["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["week"].as_str().unwrap().to_string(),
                json_shown(&w["count"], policy),
            )
        })
        .collect();
    Release {
        policy,
        enough: json["release"]["enough"].as_bool().unwrap(),
        slices,
        languages,
        weeks,
    }
}

fn csv(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The CSV files show exactly the numbers of export.json.
fn csv_matches_json(exports: &BTreeMap<&str, Reply>, r: &Release) {
    let all = r.all();
    let counts = csv(&exports["export.csv"].text());
    let from_json: Vec<Vec<String>> = all
        .rows
        .iter()
        .map(|row| {
            vec![
                "listening".into(),
                row.question.clone(),
                row.option.clone(),
                row.count.to_string(),
            ]
        })
        .collect();
    assert_eq!(counts, from_json, "export.csv");
    let by_channel = csv(&exports["export.csv?by=channel"].text());
    let from_json: Vec<Vec<String>> = r
        .channels()
        .iter()
        .flat_map(|s| {
            s.rows.iter().map(|row| {
                vec![
                    "listening".into(),
                    row.question.clone(),
                    row.option.clone(),
                    row.count.to_string(),
                    s.id.clone(),
                ]
            })
        })
        .collect();
    assert_eq!(by_channel, from_json, "export.csv?by=channel");
    let totals = csv(&exports["totals.csv?by=channel"].text());
    let from_json: Vec<Vec<String>> = r
        .channels()
        .iter()
        .map(|s| vec!["listening".into(), s.id.clone(), s.total.to_string()])
        .collect();
    assert_eq!(totals, from_json, "totals.csv?by=channel");
    let languages = csv(&exports["totals.csv"].text());
    let from_json: Vec<Vec<String>> = r
        .languages
        .iter()
        .map(|(l, c)| vec!["listening".into(), l.clone(), c.to_string()])
        .collect();
    assert_eq!(languages, from_json, "totals.csv");
}

/// The true counts of the people, by slice: what the attacker is after.
fn truth(people: &[Person], channels: &[String]) -> BTreeMap<(String, String), u64> {
    let mut t = BTreeMap::new();
    let mut add = |q: &str, o: &str| *t.entry((q.to_string(), o.to_string())).or_default() += 1;
    for p in people {
        let channel = match CHANNELS[p.channel] {
            "" => "direct",
            c => c,
        };
        if !channels.iter().any(|c| c == channel) {
            continue;
        }
        add("", "total");
        add("support", p.support.unwrap_or("_skipped"));
        if p.used.is_empty() {
            add("used", "_skipped");
        }
        for u in &p.used {
            add("used", u);
        }
        add(
            "helpful",
            if p.helpful.is_some() {
                "_answered"
            } else {
                "_skipped"
            },
        );
        add("age", p.age.unwrap_or("_skipped"));
    }
    t
}

/// A submission with its own idempotency key, as the widget sends them.
async fn send(s: &Server, p: &Person, key: String) -> Reply {
    let request = Request::post("/api/forms/listening/responses")
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", key)
        .body(Body::from(p.body()))
        .unwrap();
    s.send(request).await
}

async fn run(policy_name: &str) {
    let (_forms, forms) = form_dir(policy_name);
    let first = server_of(std::slice::from_ref(&forms), None).await;
    let second = server_of(&[forms], None).await;
    let people = people();
    let others = repaired(&people);
    assert!(
        people
            .iter()
            .zip(&others)
            .filter(|(a, b)| a.body() != b.body())
            .count()
            >= 30,
        "the second set re-pairs most people's answers"
    );
    for (i, p) in people.iter().enumerate() {
        let r = send(&first, p, format!("firstServerPerson{i:05}")).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    }
    for (i, p) in others.iter().rev().enumerate() {
        let r = send(&second, p, format!("secondServerPerson{i:04}")).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    }

    // Everything the attacker holds is the same whichever way the answers went together.
    let exported = exports(&first).await;
    let exported_too = exports(&second).await;
    for name in EXPORTS {
        if name == "quotes" {
            continue;
        }
        if name == "quotes.csv" {
            // In random order on each server: the same lines.
            let lines = |r: &Reply| {
                let mut l: Vec<String> = r.text().lines().map(str::to_string).collect();
                l.sort();
                l
            };
            assert_eq!(lines(&exported[name]), lines(&exported_too[name]), "{name}");
            continue;
        }
        assert_eq!(
            exported[name].text(),
            exported_too[name].text(),
            "{name} tells the two sets apart"
        );
    }
    let quotes = |reply: &Reply| -> BTreeSet<String> {
        reply.json()["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                let mut q = q.clone();
                q.as_object_mut().unwrap().remove("id");
                q.to_string()
            })
            .collect()
    };
    assert_eq!(
        quotes(&exported["quotes"]),
        quotes(&exported_too["quotes"]),
        "the quotes tell the two sets apart"
    );
    assert_eq!(
        database(&first).await,
        database(&second).await,
        "the database tells the two sets apart"
    );

    // The numbers, as the attacker has them.
    let text = std::fs::read_to_string(_forms.path().join("listening.toml")).unwrap();
    let form = chorus_core::schema::parse_toml(&text).unwrap();
    let json = exported["export.json"].json();
    let r = release_from_json(&json);
    assert!(r.enough, "40 responses pass the base");
    assert_eq!(r.policy.name(), policy_name);
    csv_matches_json(&exported, &r);
    let found = chorus_core::audit::exposed(&form, &r);
    assert!(found.is_empty(), "exposed: {found:?}\n{json:#}");

    // And nothing truly small is shown as a number, in any slice.
    let small = 1..=r.policy.small_max();
    for slice in &r.slices {
        let t = truth(&people, &slice.channels);
        let total = t.get(&(String::new(), "total".into())).copied();
        if small.contains(&total.unwrap_or(0)) {
            assert!(
                !matches!(slice.total, Released::Count(_)),
                "{}: total",
                slice.id
            );
        }
        for row in &slice.rows {
            let n = t
                .get(&(row.question.clone(), row.option.clone()))
                .copied()
                .unwrap_or(0);
            if small.contains(&n) {
                assert!(
                    matches!(row.count, Released::Small(_) | Released::Withheld),
                    "{},{},{} = {n} shown as {}",
                    slice.id,
                    row.question,
                    row.option,
                    row.count
                );
            }
        }
    }
    // Channels under the base are not shown alone; their quotes are "Other channels".
    let ids: BTreeSet<&str> = r.channels().iter().map(|s| s.id.as_str()).collect();
    for small_channel in ["south-mosque", "west-library", "river-walk", "direct"] {
        assert!(!ids.contains(small_channel), "{small_channel} shown alone");
    }
    let shown_quotes = exported["quotes"].json()["quotes"]
        .as_array()
        .unwrap()
        .clone();
    let written = people.iter().filter(|p| p.helpful.is_some()).count();
    assert_eq!(shown_quotes.len(), written, "every quote is released");
    for q in &shown_quotes {
        let channel = q["channel"].as_str().unwrap();
        assert!(
            ids.contains(channel),
            "a quote is attributed to {channel}, which is not shown alone"
        );
    }
    // Quotes are listed in no order of arrival.
    let arrival: Vec<String> = people.iter().filter_map(|p| p.helpful.clone()).collect();
    let listed: Vec<String> = shown_quotes
        .iter()
        .map(|q| q["text"].as_str().unwrap().to_string())
        .collect();
    assert_ne!(listed, arrival, "quotes are listed in the order they came");
}

#[tokio::test]
async fn forty_responses_over_six_channels_give_nothing_away_under_the_standard_policy() {
    run("standard").await;
}

#[tokio::test]
async fn forty_responses_over_six_channels_give_nothing_away_under_the_strict_policy() {
    run("strict").await;
}
