//! The coordinators' dashboard: a form's responses by channel, week and language, and each
//! question's answers as a bar chart with a table beside it, for the whole form or one channel.
//! Diversity questions have a page of their own, never split or crossed with anything. Every
//! number comes from the same release as the downloads.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use chorus_core::release::{ALL, OTHER_CHANNELS, Release, Released, Slice};
use chorus_core::reserved::{ANSWERED, SKIPPED};
use chorus_core::schema::{ENGLISH, Form, Kind, Question};
use leptos::prelude::*;
use serde::Deserialize;

use super::export::{NOT_ENOUGH, release_of};
use super::share::page;
use super::{PageError, coordinator_form};
use crate::AppState;
use crate::chart;
use crate::error::ApiError;
use crate::i18n::language;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/coordinator/forms/{form}/dashboard", get(dashboard))
        .route("/coordinator/forms/{form}/diversity", get(diversity))
}

#[derive(Deserialize)]
struct Filter {
    channel: Option<String>,
}

/// A table of label and count, with its chart beside it (the chart hidden from screen
/// readers: the table is the accessible version).
fn chart_and_table(caption: String, rows: Vec<(String, Released)>) -> impl IntoView {
    let svg = chart::bars(&rows);
    let body = rows
        .into_iter()
        .map(|(label, count)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="table__number">{count.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="figure">
            <table class="table figure__table">
                <caption class="figure__caption">{caption}</caption>
                <thead><tr><th scope="col">"Answer"</th><th scope="col" class="table__number">"People"</th></tr></thead>
                <tbody>{body}</tbody>
            </table>
            <div class="figure__chart" inner_html=svg></div>
        </div>
    }
}

/// A question's rows in a slice, labelled as the form says them.
fn question_rows(q: &Question, slice: &Slice) -> Vec<(String, Released)> {
    slice
        .rows
        .iter()
        .filter(|r| r.question == q.id)
        .map(|r| {
            let label = match r.option.as_str() {
                SKIPPED => "Skipped the question".to_string(),
                ANSWERED => "Wrote an answer".to_string(),
                id => q
                    .options
                    .iter()
                    .find(|o| o.id == id)
                    .map_or_else(|| id.to_string(), |o| o.label.text.clone()),
            };
            (label, r.count)
        })
        .collect()
}

/// What a slice is called on the page.
fn slice_name(form: &Form, id: &str) -> String {
    match id {
        ALL => "All channels".to_string(),
        OTHER_CHANNELS => "Other channels (each too small to show alone)".to_string(),
        "direct" => "The plain link (no channel)".to_string(),
        "other" => "Links with a channel the form does not list".to_string(),
        id => form
            .channels
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_string(), |c| c.name.clone()),
    }
}

/// How counts are released, and whether there is anything to see yet.
fn release_note(r: &Release) -> impl IntoView + use<> {
    let not_enough = (!r.enough).then(|| {
        view! { <div class="warning" role="note"><p><strong>{NOT_ENOUGH}</strong>". Results appear once at least 10 people have answered."</p></div> }
    });
    view! {
        {not_enough}
        <p class="hint">{format!("How counts are shown: {}. “<5” (or “*”) is a small number, not shown; “[c]” is hidden so that a small number cannot be worked out; “[x]” cannot be shown yet. Numbers change in steps of at least 10 new responses, not with each one.", r.policy.describe())}</p>
    }
}

async fn dashboard(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(filter): Query<Filter>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let r = release_of(&state, &form).await?;
    let chosen = filter
        .channel
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| ALL.to_string());
    let Some(slice) = r.slices.iter().find(|s| s.id == chosen).cloned() else {
        return Err(ApiError::BadQuery(format!(
            "\"{chosen}\" is not one of this form's channels as shown: choose one from the list"
        ))
        .into());
    };

    let options = r
        .slices
        .iter()
        .map(|s| {
            let selected = s.id == chosen;
            view! { <option value=s.id.clone() selected=selected>{slice_name(&form, &s.id)}</option> }
        })
        .collect_view();
    let filter_form = (r.slices.len() > 1).then(|| {
        view! {
            <form class="filter" method="get" action=format!("/coordinator/forms/{}/dashboard", form.id)>
                <div class="filter__field">
                    <label class="label" for="channel">"Channel"</label>
                    <select class="select" id="channel" name="channel">{options}</select>
                </div>
                <button class="button button--secondary" type="submit">"Show"</button>
            </form>
        }
    });

    // Responses: by channel (for the whole form), by week and by language.
    let responses = (chosen == ALL).then(|| {
        let by_channel = (r.slices.len() > 1).then(|| {
            let rows = r
                .channels()
                .iter()
                .map(|s| (slice_name(&form, &s.id), s.total))
                .collect();
            chart_and_table("Responses by channel".into(), rows)
        });
        let by_week = (!r.weeks.is_empty()).then(|| {
            chart_and_table(
                "Responses by week (Monday to Sunday)".into(),
                r.weeks.clone(),
            )
        });
        let by_language = {
            let rows: Vec<(String, Released)> = r
                .languages
                .iter()
                .filter(|(_, c)| *c != Released::Count(0))
                .map(|(tag, c)| {
                    (
                        language(tag)
                            .map_or_else(|| "Not said".to_string(), |l| l.name.to_string()),
                        *c,
                    )
                })
                .collect();
            (!rows.is_empty()).then(|| chart_and_table("Responses by language".into(), rows))
        };
        view! { {by_channel}{by_week}{by_language} }
    });

    let questions = form
        .questions
        .iter()
        .filter(|q| q.kind != Kind::Diversity)
        .map(|q| {
            let heading = q.title.text.clone();
            let note = match q.kind {
                Kind::Multiple => Some("People could choose more than one answer, so these add up to more than the responses."),
                Kind::Text => Some("What people wrote is on the quotes page."),
                _ => None,
            };
            view! {
                <section class="question-result">
                    <h3 class="heading-s">{heading.clone()}</h3>
                    {note.map(|n| view! { <p class="hint">{n}</p> })}
                    {chart_and_table(heading, question_rows(q, &slice))}
                </section>
            }
        })
        .collect_view();
    let has_diversity = form.questions.iter().any(|q| q.kind == Kind::Diversity);
    let title = format!("Results: {}", form.title.text);
    let body = view! {
        <main class="width">
            <p><a href="/coordinator">"Your forms"</a></p>
            <h1 class="heading-l">{title.clone()}</h1>
            {release_note(&r)}
            {filter_form}
            <h2 class="heading-m">{format!("{}: {} responses", slice_name(&form, &chosen), slice.total)}</h2>
            {responses}
            <h2 class="heading-m">"Answers"</h2>
            {questions}
            {has_diversity.then(|| view! {
                <p><a href=format!("/coordinator/forms/{}/diversity", form.id)>"Who answered (diversity monitoring), on its own page"</a></p>
            })}
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

/// Diversity-monitoring questions, for the whole form only: never by channel, never crossed
/// with any other answer.
async fn diversity(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let r = release_of(&state, &form).await?;
    let all = r.all().clone();
    let questions = form
        .questions
        .iter()
        .filter(|q| q.kind == Kind::Diversity)
        .map(|q| {
            let heading = q.title.text.clone();
            view! {
                <section class="question-result">
                    <h2 class="heading-m">{heading.clone()}</h2>
                    {chart_and_table(heading, question_rows(q, &all))}
                </section>
            }
        })
        .collect_view();
    let title = format!("Who answered: {}", form.title.text);
    let body = view! {
        <main class="width">
            <p><a href=format!("/coordinator/forms/{}/dashboard", form.id)>"Results"</a></p>
            <h1 class="heading-l">{title.clone()}</h1>
            <p>"Diversity monitoring tells you whether you are hearing from everyone in your community. These answers are counted on their own: never by channel, and never together with any other answer, so nobody can be picked out by them."</p>
            {release_note(&r)}
            {questions}
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
