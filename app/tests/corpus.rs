//! The bad-input corpus (tests/corpus/submissions/cases.toml): every malformed or hostile
//! submission gets the answer its case names, those refused change nothing, and those accepted
//! are counted once with their words stored as the case says.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    file: String,
    #[serde(default = "demo")]
    form: String,
    pad_to: Option<usize>,
    status: u16,
    code: Option<String>,
    question: Option<String>,
    quote: Option<String>,
    #[serde(default)]
    held: bool,
    language: Option<String>,
    channel: Option<String>,
}

fn demo() -> String {
    "demo".to_string()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    case: Vec<Case>,
}

/// A corpus folder's `cases.toml`, read as `T`, after checking every file in the folder has its
/// case and every case its file (`names` lists the cases' files).
fn cases<T: serde::de::DeserializeOwned>(
    folder: &str,
    names: impl Fn(&T) -> Vec<String>,
) -> (std::path::PathBuf, T) {
    let dir = root().join(folder);
    let text = std::fs::read_to_string(dir.join("cases.toml")).unwrap();
    let cases: T = toml::from_str(&text).unwrap();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "cases.toml")
        .collect();
    files.sort();
    let mut named = names(&cases);
    named.sort();
    assert_eq!(files, named, "{folder} and its cases.toml differ");
    (dir, cases)
}

fn corpus() -> (std::path::PathBuf, Vec<Case>) {
    let (dir, cases) = cases("tests/corpus/submissions", |c: &Cases| {
        c.case.iter().map(|c| c.file.clone()).collect()
    });
    (dir, cases.case)
}

fn body(dir: &std::path::Path, case: &Case) -> Vec<u8> {
    let mut bytes = std::fs::read(dir.join(&case.file)).unwrap();
    if let Some(size) = case.pad_to {
        assert!(bytes.len() <= size, "{}: longer than pad_to", case.file);
        bytes.resize(size, b' ');
    }
    bytes
}

async fn send(s: &Server, case: &Case, body: Vec<u8>) -> Reply {
    s.send(
        Request::post(format!("/api/forms/{}/responses", case.form))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn every_case_of_the_corpus_gets_its_answer() {
    let (dir, cases) = corpus();
    let s = server().await;
    // Something stored first, so there is something a bad request could damage.
    let first = s
        .submit("demo", r#"{"answers":{"support":"quite-well"}}"#)
        .await;
    assert_eq!(first.status, StatusCode::CREATED);

    let (refused, accepted): (Vec<&Case>, Vec<&Case>) = cases.iter().partition(|c| c.status >= 400);
    assert!(refused.len() >= 30 && accepted.len() >= 5);
    let before = s.files().await;
    // Every case is tried before failing, so one run lists every answer that differs.
    let mut wrong = Vec::new();
    for case in &refused {
        let reply = send(&s, case, body(&dir, case)).await;
        let error = &reply.json()["error"];
        let as_expected = reply.status.as_u16() == case.status
            && error["code"] == case.code.as_deref().unwrap()
            // An error a person or a partner's developer can act on.
            && error["message"].as_str().is_some_and(|m| m.len() > 20)
            && case
                .question
                .as_ref()
                .is_none_or(|q| error["question"] == q.as_str());
        if !as_expected {
            wrong.push(format!("{}: {} {}", case.file, reply.status, reply.text()));
        }
    }
    assert!(
        wrong.is_empty(),
        "answers not as cases.toml says:\n{}",
        wrong.join("\n")
    );
    assert_eq!(
        s.files().await,
        before,
        "a refused submission changed the database"
    );

    let db = s.db().await;
    for case in &accepted {
        assert!(
            case.code.is_none(),
            "{}: an accepted case has no code",
            case.file
        );
        let counted_before =
            s.raw_count("support", "_skipped").await + s.raw_count("support", "very-well").await;
        let reply = send(&s, case, body(&dir, case)).await;
        let what = format!("{}: {}", case.file, reply.text());
        assert_eq!(reply.status.as_u16(), case.status, "{what}");
        let counted_after =
            s.raw_count("support", "_skipped").await + s.raw_count("support", "very-well").await;
        assert_eq!(counted_after, counted_before + 1, "{what}: counted once");
        if let Some(quote) = &case.quote {
            let stored: Vec<(String, String)> =
                sqlx::query_as(db.sql("SELECT text, status FROM quotes WHERE text = ?"))
                    .bind(quote)
                    .fetch_all(&db.pool)
                    .await
                    .unwrap();
            let status = if case.held {
                "needs-review"
            } else {
                "published"
            };
            assert_eq!(
                stored,
                [(quote.clone(), status.to_string())],
                "{what}: the quote as stored"
            );
        }
        for (table, column, value) in [
            ("response_totals", "language", &case.language),
            ("channel_totals", "channel", &case.channel),
        ] {
            if let Some(value) = value {
                let n: i64 = sqlx::query_scalar(db.sql(format!(
                    "SELECT count FROM {table} WHERE form = 'demo' AND {column} = ?"
                )))
                .bind(value)
                .fetch_one(&db.pool)
                .await
                .unwrap_or_else(|e| panic!("{what}: nothing counted under {value}: {e}"));
                assert!(n >= 1, "{what}");
            }
        }
    }
    // Nothing stored holds what was taken out of the words.
    let dump = db.dump().await;
    for hidden in ['\u{0}', '\u{202e}', '\u{2067}', '\u{1b}', '\u{7}'] {
        assert!(!dump.contains(hidden), "{hidden:?} was stored");
    }
    db.close().await;
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormCase {
    file: String,
    problem: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormCases {
    case: Vec<FormCase>,
}

/// Form files (tests/corpus/forms/cases.toml), through `chorus check` as an operator runs it.
#[test]
fn every_bad_form_file_is_refused_with_its_problem_named() {
    let (dir, cases) = cases("tests/corpus/forms", |c: &FormCases| {
        c.case.iter().map(|c| c.file.clone()).collect()
    });
    for case in &cases.case {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_chorus"))
            .arg("check")
            .arg(dir.join(&case.file))
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(!said.contains("panicked"), "{}: {said}", case.file);
        match &case.problem {
            None => assert!(output.status.success(), "{}: {said}", case.file),
            Some(problem) => {
                assert_eq!(output.status.code(), Some(1), "{}: {said}", case.file);
                assert!(said.contains(problem.as_str()), "{}: {said}", case.file);
                assert!(said.contains("problem(s) found"), "{}: {said}", case.file);
            }
        }
    }
}
