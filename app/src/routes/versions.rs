//! A form's versions: each definition the server has run with, from the day it first did,
//! and what changed from the one before, so counts can be read against the wording people saw.
//! Option ids stay the same when wording changes, so counts carry on; a removed option's
//! counts stay in the database, left out of downloads while the form no longer has it.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use chorus_core::schema::{ENGLISH, Form};
use leptos::prelude::*;

use super::share::page;
use super::{PageError, coordinator_form};
use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/coordinator/forms/{form}/versions", get(versions))
}

/// What changed from `old` to `new`, in words, question by question (English texts).
pub fn changes(old: &Form, new: &Form) -> Vec<String> {
    let mut out = Vec::new();
    if old.title.text != new.title.text {
        out.push(format!(
            "Title: “{}” became “{}”",
            old.title.text, new.title.text
        ));
    }
    for q in &old.questions {
        if new.question(&q.id).is_none() {
            out.push(format!("Question removed: “{}” ({})", q.title.text, q.id));
        }
    }
    for q in &new.questions {
        let Some(before) = old.question(&q.id) else {
            out.push(format!("Question added: “{}” ({})", q.title.text, q.id));
            continue;
        };
        if before.title.text != q.title.text {
            out.push(format!(
                "Question {}: “{}” became “{}”",
                q.id, before.title.text, q.title.text
            ));
        }
        for o in &before.options {
            if !q.options.iter().any(|n| n.id == o.id) {
                out.push(format!(
                    "Question {}: option removed: “{}” ({}); its counts are kept",
                    q.id, o.label.text, o.id
                ));
            }
        }
        for o in &q.options {
            match before.options.iter().find(|b| b.id == o.id) {
                None => out.push(format!(
                    "Question {}: option added: “{}” ({})",
                    q.id, o.label.text, o.id
                )),
                Some(b) if b.label.text != o.label.text => out.push(format!(
                    "Question {}: option {}: “{}” became “{}”",
                    q.id, o.id, b.label.text, o.label.text
                )),
                Some(_) => {}
            }
        }
    }
    out
}

async fn versions(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let versions = state.store.form_versions(&form.id).await?;
    let parsed: Vec<(String, Option<Form>)> = versions
        .into_iter()
        .map(|v| (v.day, serde_json::from_str::<Form>(&v.definition).ok()))
        .collect();
    let items = parsed
        .iter()
        .enumerate()
        .rev()
        .map(|(i, (day, this))| {
            let what: Vec<String> = match (i.checked_sub(1).map(|p| &parsed[p].1), this) {
                (None, _) => vec!["The first version the server ran with.".to_string()],
                (Some(Some(before)), Some(this)) => {
                    let c = changes(before, this);
                    if c.is_empty() {
                        vec!["Changes to translations or settings only.".to_string()]
                    } else {
                        c
                    }
                }
                _ => vec!["(This version could not be read.)".to_string()],
            };
            let lines = what
                .into_iter()
                .map(|w| view! { <li>{w}</li> })
                .collect_view();
            view! {
                <li class="quote">
                    <p class="quote__meta">{format!("First used on {day}")}</p>
                    <ul class="list">{lines}</ul>
                </li>
            }
        })
        .collect_view();
    let title = format!("Versions: {}", form.title.text);
    let body = view! {
        <main class="width">
            <p><a href="/coordinator">"Your forms"</a></p>
            <h1 class="heading-l">{title.clone()}</h1>
            <p>"Each version of this form people have answered, newest first, and what changed. Answers are counted by each option's id, so a changed wording carries on its counts."</p>
            <ul class="quotes">{items}</ul>
        </main>
    };
    Ok(page(
        &state,
        Some(&who),
        &format!("{title} – Chorus"),
        ENGLISH,
        body,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_said_question_by_question() {
        let text = |t: &str| chorus_core::schema::parse_toml(t).unwrap();
        let old = text(
            r#"id = "f"
title = "F"
[[buckets]]
id = "b"
title = "B"
[[questions]]
id = "q"
kind = "single"
bucket = "b"
title = "How are you?"
options = [{ id = "well", label = "Well" }, { id = "badly", label = "Badly" }]
[[questions]]
id = "gone"
kind = "text"
bucket = "b"
title = "Anything else?"
"#,
        );
        let new = text(
            r#"id = "f"
title = "F"
[[buckets]]
id = "b"
title = "B"
[[questions]]
id = "q"
kind = "single"
bucket = "b"
title = "How are you today?"
options = [{ id = "well", label = "Very well" }, { id = "unsure", label = "Not sure" }]
"#,
        );
        assert_eq!(
            changes(&old, &new),
            [
                "Question removed: “Anything else?” (gone)",
                "Question q: “How are you?” became “How are you today?”",
                "Question q: option removed: “Badly” (badly); its counts are kept",
                "Question q: option well: “Well” became “Very well”",
                "Question q: option added: “Not sure” (unsure)",
            ]
        );
        assert!(changes(&new, &new).is_empty());
    }
}
