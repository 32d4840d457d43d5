//! The coordinators' quotes page: quotes held for review (publish them, as written or edited),
//! then the released quotes by bucket, filterable by channel and language, each of which can be
//! moved to another bucket, tagged with themes, marked as an insight or hidden. Every change is
//! in the form's audit log, with who and when.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chorus_core::schema::{ENGLISH, Form};
use chorus_core::scrub;
use leptos::prelude::*;
use serde::Deserialize;

use super::quotes::{attribute, channel_groups};
use super::share::page;
use super::{PageError, coordinator_form, form_field};
use crate::AppState;
use crate::accounts::now;
use crate::error::ApiError;
use crate::storage::{QuoteChange, QuoteView};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/coordinator/forms/{form}/quotes", get(list))
        .route(
            "/coordinator/forms/{form}/quotes/{id}",
            axum::routing::post(change),
        )
        .route("/coordinator/forms/{form}/audit", get(audit))
}

/// `?channel=&language=`: which quotes to show (empty: all).
#[derive(Deserialize, Default)]
struct Filter {
    channel: Option<String>,
    language: Option<String>,
}

impl Filter {
    fn query(&self) -> String {
        let mut parts = Vec::new();
        for (name, value) in [("channel", &self.channel), ("language", &self.language)] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!("{name}={}", urlencode(v)));
            }
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

fn urlencode(v: &str) -> String {
    serde_urlencoded::to_string([("", v)])
        .map(|s| s.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

async fn list(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(filter): Query<Filter>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let csrf = who.csrf().unwrap_or_default().to_string();
    let groups = channel_groups(&state, &form).await?;
    let mut quotes = state.store.quotes_to_sort(&form.id).await?;
    // Each quote's channel as it may be shown: its group, never a small channel's own name.
    for q in &mut quotes {
        q.channel = attribute(&groups, &q.channel).unwrap_or_default();
    }
    let channels: Vec<String> = {
        let mut c: Vec<String> = quotes.iter().map(|q| q.channel.clone()).collect();
        c.sort();
        c.dedup();
        c.retain(|c| !c.is_empty());
        c
    };
    let languages: Vec<String> = {
        let mut l: Vec<String> = quotes.iter().map(|q| q.language.clone()).collect();
        l.sort();
        l.dedup();
        l
    };
    let wanted = |q: &QuoteView| {
        filter
            .channel
            .as_deref()
            .is_none_or(|c| c.is_empty() || q.channel == c)
            && filter
                .language
                .as_deref()
                .is_none_or(|l| l.is_empty() || q.language == l)
    };
    let themes = state.store.themes(&form.id).await?;
    let back = filter.query();
    let ctx = Card {
        form: form.clone(),
        csrf: csrf.clone(),
        back: back.clone(),
        themes: themes.clone(),
    };

    let held = state.store.held_quotes(&form.id).await?;
    let held_view = (!held.is_empty()).then(|| {
        let items = held
            .into_iter()
            .map(|q| {
                let found: Vec<String> = scrub::find(&q.text)
                    .iter()
                    .map(|f| format!("{} “{}”", f.kind.as_str(), &q.text[f.start..f.end]))
                    .collect();
                let action = format!("/coordinator/forms/{}/quotes/{}", form.id, q.id);
                let field = format!("edit-{}", q.id);
                view! {
                    <li class="quote quote--held">
                        <p class="quote__meta">{format!("May identify someone: {}", found.join(", "))}</p>
                        <form method="post" action=action>
                            <input type="hidden" name="_csrf" value=csrf.clone()/>
                            <input type="hidden" name="action" value="publish"/>
                            <input type="hidden" name="back" value=back.clone()/>
                            <label class="label" for=field.clone()>"The words, to edit before publishing (replace details with [removed])"</label>
                            <textarea class="textarea" id=field name="text" rows="3">{q.text.clone()}</textarea>
                            <button class="button" type="submit">"Publish"</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="held-title">
                <h2 class="heading-m" id="held-title">"Waiting for review"</h2>
                <p>"Chorus found something in these that may identify a person. They are in no download until you publish them: edit out the details first."</p>
                <ul class="quotes">{items}</ul>
            </section>
        }
    });

    let select =
        |name: &'static str, label: &'static str, all: &[String], chosen: &Option<String>| {
            let chosen = chosen.clone().unwrap_or_default();
            let options = all
                .iter()
                .map(|v| {
                    let selected = *v == chosen;
                    view! { <option value=v.clone() selected=selected>{v.clone()}</option> }
                })
                .collect_view();
            view! {
                <div class="filter__field">
                    <label class="label" for=name>{label}</label>
                    <select class="select" id=name name=name>
                        <option value="">"All"</option>
                        {options}
                    </select>
                </div>
            }
        };
    let filter_form = view! {
        <form class="filter" method="get" action=format!("/coordinator/forms/{}/quotes", form.id)>
            {select("channel", "Channel", &channels, &filter.channel)}
            {select("language", "Language", &languages, &filter.language)}
            <button class="button button--secondary" type="submit">"Show"</button>
        </form>
    };

    let (hidden, shown): (Vec<QuoteView>, Vec<QuoteView>) = quotes
        .into_iter()
        .filter(|q| wanted(q))
        .partition(|q| q.hidden);
    let buckets = form
        .buckets
        .iter()
        .map(|bucket| {
            let in_bucket: Vec<QuoteView> = shown
                .iter()
                .filter(|q| q.bucket == bucket.id)
                .cloned()
                .collect();
            let heading_id = format!("bucket-{}", bucket.id);
            let count = in_bucket.len();
            let cards = in_bucket
                .into_iter()
                .map(|q| ctx.card(q))
                .collect_view();
            let labelled_by = heading_id.clone();
            view! {
                <section aria-labelledby=labelled_by>
                    <h2 class="heading-m" id=heading_id>{format!("{} ({count})", bucket.title.text)}</h2>
                    <ul class="quotes">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    let hidden_view = (!hidden.is_empty()).then(|| {
        let cards = hidden.into_iter().map(|q| ctx.card(q)).collect_view();
        view! {
            <section aria-labelledby="hidden-title">
                <h2 class="heading-m" id="hidden-title">"Hidden"</h2>
                <p>"In no download. Show one again to put it back in its bucket."</p>
                <ul class="quotes">{cards}</ul>
            </section>
        }
    });
    let title = format!("Quotes: {}", form.title.text);
    let body = view! {
        <main class="width">
            <p><a href="/coordinator">"Your forms"</a></p>
            <h1 class="heading-l">{title.clone()}</h1>
            <p>"What people wrote, released in the same steps as the counts. Sort them into buckets and themes, mark the insights to take to a sensemaking meeting, and hide any that name someone. "
            <a href=format!("/coordinator/forms/{}/audit", form.id)>"Who changed what"</a></p>
            {held_view}
            {filter_form}
            {buckets}
            {hidden_view}
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

/// What every quote's forms need.
struct Card {
    form: std::sync::Arc<Form>,
    csrf: String,
    back: String,
    themes: Vec<String>,
}

impl Card {
    fn card(&self, q: QuoteView) -> impl IntoView + use<> {
        let action = format!("/coordinator/forms/{}/quotes/{}", self.form.id, q.id);
        let hidden_fields = |what: &'static str| {
            view! {
                <input type="hidden" name="_csrf" value=self.csrf.clone()/>
                <input type="hidden" name="action" value=what/>
                <input type="hidden" name="back" value=self.back.clone()/>
            }
        };
        let mut meta = Vec::new();
        if !q.channel.is_empty() {
            meta.push(format!("Channel: {}", q.channel));
        }
        meta.push(format!("Language: {}", q.language));
        let question = self
            .form
            .question(&q.question)
            .map_or(q.question.clone(), |question| question.title.text.clone());
        let bucket_options = self
            .form
            .buckets
            .iter()
            .filter(|b| b.id != q.bucket)
            .map(|b| view! { <option value=b.id.clone()>{b.title.text.clone()}</option> })
            .collect_view();
        let move_id = format!("move-{}", q.id);
        let theme_id = format!("theme-{}", q.id);
        let list_id = format!("themes-{}", q.id);
        let known = self
            .themes
            .iter()
            .map(|t| view! { <option value=t.clone()></option> })
            .collect_view();
        let tags = q
            .themes
            .iter()
            .map(|t| {
                view! {
                    <li class="tag">
                        <form method="post" action=action.clone()>
                            {hidden_fields("untag")}
                            <input type="hidden" name="theme" value=t.clone()/>
                            <span>{t.clone()}</span>
                            <button class="link-button link-button--dark" type="submit">{format!("Remove theme “{t}”")}</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        let (insight_label, insight_value) = if q.insight {
            ("Not an insight", "off")
        } else {
            ("Mark as insight", "on")
        };
        let (hide_action, hide_label) = if q.hidden {
            ("show", "Show again")
        } else {
            ("hide", "Hide")
        };
        let badge = q
            .insight
            .then(|| view! { <strong class="badge">"Insight"</strong> });
        view! {
            <li class="quote" id=format!("q-{}", q.id)>
                {badge}
                <blockquote class="quote__text" lang=q.language.clone()>{q.text.clone()}</blockquote>
                <p class="quote__meta">{format!("{question} · {}", meta.join(" · "))}</p>
                <ul class="tags">{tags}</ul>
                <div class="quote__actions">
                    <form method="post" action=action.clone()>
                        {hidden_fields("move")}
                        <label class="label" for=move_id.clone()>"Move to bucket"</label>
                        <select class="select" id=move_id name="bucket">{bucket_options}</select>
                        <button class="button button--secondary" type="submit">"Move"</button>
                    </form>
                    <form method="post" action=action.clone()>
                        {hidden_fields("tag")}
                        <label class="label" for=theme_id.clone()>"Add a theme (a new one or one you made)"</label>
                        <input class="input" id=theme_id name="theme" list=list_id.clone() maxlength="80" autocomplete="off"/>
                        <datalist id=list_id>{known}</datalist>
                        <button class="button button--secondary" type="submit">"Add theme"</button>
                    </form>
                    <form method="post" action=action.clone()>
                        {hidden_fields("insight")}
                        <input type="hidden" name="value" value=insight_value/>
                        <button class="button button--secondary" type="submit">{insight_label}</button>
                    </form>
                    <form method="post" action=action.clone()>
                        {hidden_fields(hide_action)}
                        <button class="button button--warning" type="submit">{hide_label}</button>
                    </form>
                </div>
            </li>
        }
    }
}

/// A quote's change from its page's form; back to the list where it was.
async fn change(
    State(state): State<AppState>,
    Path((id, quote)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    who.may_change(form_field(&body, "_csrf").as_deref())?;
    let field = |name| form_field(&body, name).unwrap_or_default();
    let action = field("action");
    let change = match action.as_str() {
        "publish" => {
            let text = field("text");
            let text = text.trim();
            if !state
                .store
                .publish_quote(
                    &form.id,
                    &quote,
                    (!text.is_empty()).then_some(text),
                    &who.actor(),
                    now(),
                )
                .await?
            {
                return Err(ApiError::UnknownQuote(quote).into());
            }
            return Ok(back_to(&form, &field("back"), &quote));
        }
        "move" => {
            let bucket = field("bucket");
            if !form.buckets.iter().any(|b| b.id == bucket) {
                return Err(ApiError::BadQuery(format!(
                    "the form has no bucket \"{bucket}\": choose one of its buckets"
                ))
                .into());
            }
            QuoteChange::Move { bucket }
        }
        "tag" | "untag" => {
            let theme = field("theme").trim().to_string();
            if theme.is_empty() || theme.chars().count() > 80 {
                return Err(ApiError::BadQuery(
                    "a theme needs a name of 1 to 80 characters: type one and try again".into(),
                )
                .into());
            }
            if action == "tag" {
                QuoteChange::Tag { theme }
            } else {
                QuoteChange::Untag { theme }
            }
        }
        "insight" => QuoteChange::Insight(field("value") == "on"),
        "hide" => QuoteChange::Hidden(true),
        "show" => QuoteChange::Hidden(false),
        other => {
            return Err(ApiError::BadQuery(format!(
                "\"{other}\" is not something a quote can have done to it: use the page's buttons"
            ))
            .into());
        }
    };
    if !state
        .store
        .change_quote(&form.id, &quote, &change, &who.actor(), now())
        .await?
    {
        return Err(ApiError::UnknownQuote(quote).into());
    }
    Ok(back_to(&form, &field("back"), &quote))
}

/// The list again, with its filter, at the quote.
fn back_to(form: &Form, back: &str, quote: &str) -> Response {
    // Only a query this page made: `?` and URL-safe characters.
    let back = if back.starts_with('?')
        && back
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "?&=-_.%+".contains(c))
    {
        back
    } else {
        ""
    };
    let quote: String = quote.chars().filter(char::is_ascii_hexdigit).collect();
    Redirect::to(&format!(
        "/coordinator/forms/{}/quotes{back}#q-{quote}",
        form.id
    ))
    .into_response()
}

/// Who changed what, newest first.
async fn audit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let rows = state
        .store
        .audit_log(&form.id)
        .await?
        .into_iter()
        .map(|e| {
            let quote = e.quote.map(|q| q.chars().take(8).collect::<String>());
            view! {
                <tr>
                    <td>{e.at}</td>
                    <td>{e.coordinator}</td>
                    <td>{e.action}</td>
                    <td>{e.detail}</td>
                    <td><code>{quote}</code></td>
                </tr>
            }
        })
        .collect_view();
    let title = format!("Who changed what: {}", form.title.text);
    let body = view! {
        <main class="width">
            <p><a href=format!("/coordinator/forms/{}/quotes", form.id)>"Quotes"</a></p>
            <h1 class="heading-l">{title.clone()}</h1>
            <table class="table">
                <caption class="visually-hidden">"Changes to quotes, newest first"</caption>
                <thead><tr>
                    <th scope="col">"When (UTC)"</th>
                    <th scope="col">"Who"</th>
                    <th scope="col">"What"</th>
                    <th scope="col">"Detail"</th>
                    <th scope="col">"Quote"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
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
