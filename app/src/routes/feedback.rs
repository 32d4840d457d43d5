//! "You said, we did": coordinators tell the community what they did after listening, in the
//! form's languages. The widget shows the latest entries on its start and confirmation pages,
//! and `/f/{form}/you-said-we-did` lists them all.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chorus_core::schema::{ENGLISH, Form};
use leptos::prelude::*;

use super::share::{page, poster_languages};
use super::{PageError, coordinator_form, form_field};
use crate::AppState;
use crate::accounts::now;
use crate::error::ApiError;
use crate::i18n::language;

pub fn router() -> Router<AppState> {
    Router::new().route("/coordinator/forms/{form}/feedback", get(list).post(change))
}

/// The longest "you said" or "we did" a coordinator may write.
const MAX_CHARS: usize = 1000;

async fn list(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let csrf = who.csrf().unwrap_or_default().to_string();
    let entries = state.store.feedback(&form.id, 1000).await?;
    let insights: Vec<(String, String)> = state
        .store
        .quotes_to_sort(&form.id)
        .await?
        .into_iter()
        .filter(|q| q.insight && !q.hidden)
        .map(|q| (q.id, q.text))
        .collect();
    let action = format!("/coordinator/forms/{}/feedback", form.id);
    let written = entries
        .iter()
        .map(|e| {
            let texts = e
                .texts
                .iter()
                .map(|(tag, (said, did))| {
                    let name = language(tag).map_or(tag.as_str(), |l| l.name);
                    view! {
                        <div lang=tag.clone()>
                            <p class="quote__meta" lang="en-GB">{name.to_string()}</p>
                            <p><strong>"You said: "</strong>{said.clone()}</p>
                            <p><strong>"We did: "</strong>{did.clone()}</p>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <li class="quote">
                    <p class="quote__meta">{format!("Written on {}", e.day)}</p>
                    {texts}
                    <form method="post" action=action.clone()>
                        <input type="hidden" name="_csrf" value=csrf.clone()/>
                        <input type="hidden" name="action" value="delete"/>
                        <input type="hidden" name="id" value=e.id.clone()/>
                        <button class="button button--warning" type="submit">"Delete this entry"</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let fields = poster_languages(&state, &form)
        .into_iter()
        .map(|tag| {
            let name = language(tag).map_or(tag, |l| l.name);
            let legend = if tag == ENGLISH {
                format!("In {name}")
            } else {
                format!("In {name} (leave empty if you have no translation)")
            };
            let dir = if language(tag).is_some_and(|l| l.rtl) {
                "rtl"
            } else {
                "ltr"
            };
            let (said, did) = (format!("said-{tag}"), format!("did-{tag}"));
            view! {
                <fieldset class="fieldset">
                    <legend class="heading-s">{legend}</legend>
                    <label class="label" for=said.clone()>"You said"</label>
                    <textarea class="textarea" id=said.clone() name=said lang=tag dir=dir rows="2" maxlength=MAX_CHARS.to_string()></textarea>
                    <label class="label" for=did.clone()>"We did"</label>
                    <textarea class="textarea" id=did.clone() name=did lang=tag dir=dir rows="3" maxlength=MAX_CHARS.to_string()></textarea>
                </fieldset>
            }
        })
        .collect_view();
    let insight_choice = (!insights.is_empty()).then(|| {
        let options = insights
            .into_iter()
            .map(|(id, text)| {
                let short: String = text.chars().take(90).collect();
                view! { <option value=id>{short}</option> }
            })
            .collect_view();
        view! {
            <label class="label" for="insight">"It answers this insight (optional)"</label>
            <select class="select" id="insight" name="insight">
                <option value="">"None"</option>
                {options}
            </select>
        }
    });
    let title = format!("You said, we did: {}", form.title.text);
    let body = view! {
        <main class="width">
            <p><a href="/coordinator">"Your forms"</a></p>
            <h1 class="heading-l">{title.clone()}</h1>
            <p>"Tell the community what you did after listening. The latest two entries are shown to everyone who opens the form, at the start and after they answer, and "
            <a href=format!("/f/{}/you-said-we-did", form.id)>"a public page"</a>" lists them all."</p>
            <h2 class="heading-m">"Write an entry"</h2>
            <form method="post" action=action.clone()>
                <input type="hidden" name="_csrf" value=csrf.clone()/>
                <input type="hidden" name="action" value="add"/>
                {fields}
                {insight_choice}
                <p><button class="button" type="submit">"Publish this entry"</button></p>
            </form>
            <h2 class="heading-m">"Entries, newest first"</h2>
            <ul class="quotes">{written}</ul>
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

async fn change(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    who.may_change(form_field(&body, "_csrf").as_deref())?;
    let field = |name: &str| {
        form_field(&body, name)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    match field("action").as_str() {
        "add" => {
            let texts = texts(&state, &form, &field)?;
            let insight = Some(field("insight")).filter(|i| !i.is_empty());
            if let Some(insight) = &insight {
                let known = state
                    .store
                    .quotes_to_sort(&form.id)
                    .await?
                    .iter()
                    .any(|q| &q.id == insight && q.insight);
                if !known {
                    return Err(ApiError::UnknownQuote(insight.clone()).into());
                }
            }
            state
                .store
                .add_feedback(&form.id, &texts, insight.as_deref(), &who.actor(), now())
                .await?;
        }
        "delete" => {
            let entry = field("id");
            if !state
                .store
                .delete_feedback(&form.id, &entry, &who.actor(), now())
                .await?
            {
                return Err(ApiError::BadQuery(format!(
                    "there is no entry \"{entry}\" for this form: it may have been deleted already"
                ))
                .into());
            }
        }
        other => {
            return Err(ApiError::BadQuery(format!(
                "\"{other}\" is not something this page does: use its buttons"
            ))
            .into());
        }
    }
    Ok(Redirect::to(&format!("/coordinator/forms/{}/feedback", form.id)).into_response())
}

/// The entry's words by language: English, both parts, is needed; a translation needs both
/// parts or none.
fn texts(
    state: &AppState,
    form: &Form,
    field: &dyn Fn(&str) -> String,
) -> Result<Vec<(String, String, String)>, ApiError> {
    let mut out = Vec::new();
    for tag in poster_languages(state, form) {
        let (said, did) = (field(&format!("said-{tag}")), field(&format!("did-{tag}")));
        let name = language(tag).map_or(tag, |l| l.name);
        if said.chars().count() > MAX_CHARS || did.chars().count() > MAX_CHARS {
            return Err(ApiError::BadQuery(format!(
                "the {name} text is longer than {MAX_CHARS} characters: shorten it"
            )));
        }
        match (said.is_empty(), did.is_empty()) {
            (false, false) => out.push((tag.to_string(), said, did)),
            (true, true) if tag != ENGLISH => {}
            _ => {
                return Err(ApiError::BadQuery(format!(
                    "write both \"You said\" and \"We did\" in {name}{}",
                    if tag == ENGLISH {
                        ""
                    } else {
                        ", or leave both empty"
                    }
                )));
            }
        }
    }
    Ok(out)
}
