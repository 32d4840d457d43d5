//! The respondent's pages, rendered by the widget's `ssr` build through leptos_axum.
//!
//! Without wasm each page is a plain HTML form posted to the next step's URL, carrying earlier
//! answers in hidden fields: the server keeps nothing about a person between pages.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::header::{
    ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_SECURITY_POLICY, LOCATION, RETRY_AFTER,
};
use axum::http::{HeaderMap, HeaderValue, Request, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Form as HtmlForm, Router};
use chorus_core::answers::Answer;
use chorus_core::schema::{CHANNEL_DIRECT, Form, Openness};
use chorus_core::tally::tally;
use chorus_widget::page::{Feedback, Via};
use chorus_widget::page::{advance, error_step, posted_invite, start_error};
use chorus_widget::shell::shell;
use chorus_widget::{PageData, PageError, Step};
use leptos::nonce::Nonce;
use leptos::prelude::provide_context;

use crate::AppState;
use crate::error::ApiError;
use crate::i18n::{choose, language};
use crate::routes::api::invite_code;
use crate::storage::{Counted, Recorded};
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/f/{form}", get(show).post(post))
        .route("/f/{form}/", get(show).post(post))
        .route("/f/{form}/privacy", get(privacy))
        .route("/f/{form}/you-said-we-did", get(you_said_we_did))
        .route("/f/{form}/{*rest}", get(show).post(post))
}

fn step_of(state: &AppState, uri: &Uri, id: &str) -> Option<(Arc<Form>, Step)> {
    let form = state.catalog.get(id)?;
    let step = Step::from_path(&form, uri.path())?;
    Some((form, step))
}

/// A plain page: someone who followed a broken link should still be told what to do.
fn not_found(state: &AppState, lang: &str) -> Response {
    let title = state.locales.get(lang, "page-not-found-title");
    let body = state.locales.get(lang, "page-not-found-body");
    plain_page(state, lang, StatusCode::NOT_FOUND, &title, &body, "", &[])
}

/// How anonymity works, in one paragraph, in the page's language: linked from the start page,
/// and framed wherever the form is.
async fn privacy(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let Some(form) = state.catalog.get(&id) else {
        return not_found(&state, page_lang(&state, None, &query, &headers));
    };
    let lang = page_lang(&state, Some(&form), &query, &headers);
    let title = state.locales.get(lang, "privacy-title");
    let body = state.locales.get(lang, "privacy-summary");
    let via = via(&form, &query, lang);
    let back = format!(
        "<p class=\"chorus-body\"><a href=\"{}\">{}</a></p>",
        escape(&Step::Start.url(&form, &via)),
        escape(&state.locales.get(lang, "privacy-back"))
    );
    plain_page(
        &state,
        lang,
        StatusCode::OK,
        &title,
        &body,
        &back,
        &form.embed_origins,
    )
}

/// Every "you said, we did" entry of a form, newest first, in the page's language where it
/// was written in it (else in English, marked as such).
async fn you_said_we_did(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let Some(form) = state.catalog.get(&id) else {
        return not_found(&state, page_lang(&state, None, &query, &headers));
    };
    let lang = page_lang(&state, Some(&form), &query, &headers);
    let get = |id: &str| escape(&state.locales.get(lang, id));
    let entries = match state.store.feedback(&form.id, 1000).await {
        Ok(entries) => entries,
        Err(e) => return crate::error::ApiError::from(e).into_response(),
    };
    let list: String = entries
        .iter()
        .map(|e| {
            let (tag, said, did) = e.in_lang(lang);
            format!(
                "<li class=\"chorus-feedback__entry\" lang=\"{tag}\"><p class=\"chorus-hint\">{day}</p>\
                 <p class=\"chorus-body\"><strong>{you}</strong> {said}</p>\
                 <p class=\"chorus-body\"><strong>{we}</strong> {did}</p></li>",
                day = escape(&e.day),
                you = get("feedback-you-said"),
                we = get("feedback-we-did"),
                said = escape(said),
                did = escape(did),
            )
        })
        .collect();
    let list = if entries.is_empty() {
        format!("<p class=\"chorus-body\">{}</p>", get("feedback-none"))
    } else {
        format!("<ul class=\"chorus-feedback__list\">{list}</ul>")
    };
    let via = via(&form, &query, lang);
    let after = format!(
        "{list}<p class=\"chorus-body\"><a href=\"{}\">{}</a></p>",
        escape(&Step::Start.url(&form, &via)),
        get("privacy-back")
    );
    plain_page(
        &state,
        lang,
        StatusCode::OK,
        &state.locales.get(lang, "feedback-title"),
        &state.locales.get(lang, "feedback-intro"),
        &after,
        &form.embed_origins,
    )
}

/// On a day the form takes no answers, every page of it says so instead (with a link to what
/// the group did after listening); `None` on the days it does.
fn not_taking_answers(state: &AppState, page: &Page) -> Option<Response> {
    let (title, body) = match page.form.taking_answers(&crate::clock::today()) {
        Openness::Open => return None,
        Openness::NotYet => ("form-not-open-title", "form-not-open-body"),
        Openness::Closed => ("form-closed-title", "form-closed-body"),
    };
    let lang = page.lang;
    let after = format!(
        "<p class=\"chorus-body\"><a href=\"/f/{}/you-said-we-did{}\">{}</a></p>",
        page.form.id,
        escape(&page.via.query()),
        escape(&state.locales.get(lang, "feedback-all"))
    );
    Some(plain_page(
        state,
        lang,
        StatusCode::OK,
        &state.locales.get(lang, title),
        &state.locales.get(lang, body),
        &after,
        &page.form.embed_origins,
    ))
}

/// Answers posted without JavaScript that were not counted: from a connection over its
/// allowance (see [`crate::limit`]), or when the server could not save them. The page says why
/// and how long to wait, and carries the answers again in hidden fields, with a button to send
/// them once the wait is over.
fn not_counted(
    state: &AppState,
    page: &Page,
    pairs: &[(String, String)],
    why: &ApiError,
) -> Response {
    if let ApiError::Store(e) = why {
        tracing::error!(error = %e, "storage failed");
    }
    let lang = page.lang;
    let retry_after = why.retry_after();
    let minutes = usize::try_from(crate::error::wait_minutes(retry_after.unwrap_or(60)))
        .unwrap_or(usize::MAX);
    let title = state.locales.get(lang, "rate-limited-title");
    let body = match why {
        ApiError::RateLimited { .. } => {
            state
                .locales
                .get_with(lang, "rate-limited-body", "minutes", minutes)
        }
        _ => state.locales.get(lang, "not-saved-body"),
    };
    let fields: String = pairs
        .iter()
        .map(|(name, value)| {
            format!(
                "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                escape(name),
                escape(value)
            )
        })
        .collect();
    let form = format!(
        "<form method=\"post\" action=\"{action}\" novalidate>{fields}\
         <button type=\"submit\" class=\"chorus-button\">{send}</button></form>",
        action = escape(&Step::Submit.url(&page.form, &page.via)),
        send = escape(&state.locales.get(lang, "send")),
    );
    let mut response = plain_page(
        state,
        lang,
        why.status(),
        &title,
        &body,
        &form,
        &page.form.embed_origins,
    );
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

/// A page with a heading, a paragraph and, optionally, more HTML (already escaped) after it;
/// no script. Sent `no-store`: it is in the language the browser asked for, and may carry
/// answers.
fn plain_page(
    state: &AppState,
    lang: &str,
    status: StatusCode,
    title: &str,
    body: &str,
    after: &str,
    embed_origins: &[String],
) -> Response {
    let title = escape(title);
    let body = escape(body);
    let dir = if language(lang).is_some_and(|l| l.rtl) {
        "rtl"
    } else {
        "ltr"
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"{css}\"></head>\
         <body><div class=\"chorus-width\"><main class=\"chorus-main\">\
         <h1 class=\"chorus-heading-l\">{title}</h1><p class=\"chorus-body\">{body}</p>{after}\
         </main></div></body></html>",
        css = state.assets.css,
    );
    let csp = HeaderValue::from_str(&content_security_policy(None, embed_origins)).ok();
    let mut response = (status, Html(html)).into_response();
    if let Some(csp) = csp {
        response.headers_mut().insert(CONTENT_SECURITY_POLICY, csp);
    }
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `?lang=` and `?channel=` on any page URL.
#[derive(Deserialize)]
struct PageQuery {
    lang: Option<String>,
    channel: Option<String>,
}

/// The language of this request's page (see [`crate::i18n::choose`]).
fn page_lang(
    state: &AppState,
    form: Option<&Form>,
    query: &PageQuery,
    headers: &HeaderMap,
) -> &'static str {
    let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let offered = match form {
        Some(form) => state.locales.offered(form),
        None => state.locales.available(),
    };
    choose(query.lang.as_deref(), accept, &offered)
}

/// A page of a form: which one, in which language, and what its links carry.
struct Page {
    form: Arc<Form>,
    step: Step,
    lang: &'static str,
    /// The language when it was chosen by link (empty when Accept-Language chose it and will
    /// again), and the channel as counted: declared, "other", or empty for none.
    via: Via,
    /// The invite code the page carries on (invite-only forms; empty for none).
    invite: String,
}

impl Page {
    /// The channel this page's answers are counted under.
    fn channel(&self) -> &str {
        self.form.counted_channel(Some(self.via.channel.as_str()))
    }
}

/// What a page's links carry on: the language when the link chose it (not when
/// Accept-Language did, and will again), and only a declared channel or "other", never text
/// someone put in a link.
fn via(form: &Form, query: &PageQuery, lang: &str) -> Via {
    let chosen = query
        .lang
        .as_deref()
        .is_some_and(|q| q.eq_ignore_ascii_case(lang));
    Via {
        lang: if chosen {
            lang.to_string()
        } else {
            String::new()
        },
        channel: match form.counted_channel(query.channel.as_deref()) {
            CHANNEL_DIRECT => String::new(),
            counted => counted.to_string(),
        },
    }
}

/// The page a request is for; or, for no such page, the language to say so in.
fn which_page(
    state: &AppState,
    params: &HashMap<String, String>,
    query: &PageQuery,
    headers: &HeaderMap,
    uri: &Uri,
) -> Result<Page, &'static str> {
    let id = params.get("form").map(String::as_str).unwrap_or_default();
    let Some((form, step)) = step_of(state, uri, id) else {
        return Err(page_lang(state, None, query, headers));
    };
    let lang = page_lang(state, Some(&form), query, headers);
    let via = via(&form, query, lang);
    Ok(Page {
        form,
        step,
        lang,
        via,
        invite: String::new(),
    })
}

/// A page opened by link, reload or Back: no answers yet.
async fn show(
    State(state): State<AppState>,
    Path(params): Path<HashMap<String, String>>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let page = match which_page(&state, &params, &query, &headers, &uri) {
        Ok(page) => page,
        Err(lang) => return not_found(&state, lang),
    };
    if let Some(closed) = not_taking_answers(&state, &page) {
        return closed;
    }
    match page.step {
        Step::Submit => return see_other(&Step::Check.url(&page.form, &page.via)),
        // Only the wasm saves answers on the device: opened by link, start from the start, where
        // saved answers are offered.
        Step::Saved => return see_other(&Step::Start.url(&page.form, &page.via)),
        _ => {}
    }
    let answers = vec![Answer::Skipped; page.form.questions.len()];
    let step = page.step;
    render(&state, page, step, answers, None).await
}

/// A page posted without wasm: apply it, then show the step it was posted to.
///
/// A post to the submit step counts against the connection's allowance (see [`crate::limit`])
/// before its answers are looked at; over it, nothing is counted.
async fn post(
    State(state): State<AppState>,
    Path(params): Path<HashMap<String, String>>,
    Query(query): Query<PageQuery>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    uri: Uri,
    HtmlForm(pairs): HtmlForm<Vec<(String, String)>>,
) -> Response {
    let mut page = match which_page(&state, &params, &query, &headers, &uri) {
        Ok(page) => page,
        Err(lang) => return not_found(&state, lang),
    };
    if let Some(closed) = not_taking_answers(&state, &page) {
        return closed;
    }
    if page.step == Step::Submit {
        let peer = peer.map(|Extension(ConnectInfo(addr))| addr);
        // Without JavaScript no proof of work can be shown: a much stricter allowance instead.
        let checked = if page.form.proof_of_work {
            state
                .limiter
                .check_no_js(peer, &headers, &page.form, page.channel())
        } else {
            state
                .limiter
                .check(peer, &headers, &page.form, page.channel())
        };
        match checked {
            Ok(()) => {}
            Err(e @ ApiError::RateLimited { .. }) => return not_counted(&state, &page, &pairs, &e),
            Err(e) => return e.into_response(),
        }
    }
    let form = page.form.clone();
    let fields = || pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
    let (answers, error) = match advance(&form, fields()) {
        Ok(found) => found,
        Err(e) => return ApiError::from(e).into_response(),
    };
    page.invite = posted_invite(&form, fields());
    // "Start now" on an invite-only form without a code that could be one: say so there.
    if let Some(e) = start_error(&form, fields(), &page.invite) {
        return render(&state, page, Step::Start, answers, Some(e)).await;
    }
    match (error, page.step) {
        (
            Some(
                PageError::Invalid { question }
                | PageError::OtherInvalid { question }
                | PageError::MayIdentify { question },
            ),
            _,
        ) => {
            let pairs = pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
            render(&state, page, error_step(pairs, question), answers, error).await
        }
        // Only the wasm saves on the device: a plain post here saved nothing.
        (_, Step::Saved) => see_other(&Step::Start.url(&form, &page.via)),
        (_, Step::Submit) => {
            // An invite-only form's code, missing or refused: put right on the check page.
            let invite = match invite_code(&form, Some(&page.invite)) {
                Ok(invite) => invite,
                Err(ApiError::InviteNeeded) => {
                    let error = Some(PageError::InviteMissing);
                    return render(&state, page, Step::Check, answers, error).await;
                }
                Err(_) => {
                    let error = Some(PageError::InviteRefused);
                    return render(&state, page, Step::Check, answers, error).await;
                }
            };
            let counted = Counted {
                language: page.lang,
                channel: page.channel(),
            };
            match state
                .store
                .record(
                    &form.id,
                    &tally(&form, &answers),
                    None,
                    invite.as_deref(),
                    counted,
                )
                .await
            {
                Err(e) => not_counted(&state, &page, &pairs, &ApiError::from(e)),
                Ok(Recorded::InviteNotValid) => {
                    let error = Some(PageError::InviteRefused);
                    render(&state, page, Step::Check, answers, error).await
                }
                // Post/redirect/get, so a reload of the confirmation cannot count the answers
                // twice.
                Ok(_) => see_other(&Step::Done.url(&form, &page.via)),
            }
        }
        (_, step) => render(&state, page, step, answers, None).await,
    }
}

fn see_other(path: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(path) {
        response.headers_mut().insert(LOCATION, location);
    }
    response
}

async fn render(
    state: &AppState,
    page: Page,
    step: Step,
    answers: Vec<Answer>,
    error: Option<PageError>,
) -> Response {
    let form = page.form;
    // The latest two "you said, we did" entries, in the page's language where written in it.
    let feedback = match state.store.feedback(&form.id, 2).await {
        Ok(entries) => entries
            .iter()
            .map(|e| {
                let (lang, said, did) = e.in_lang(page.lang);
                Feedback {
                    lang: lang.to_string(),
                    you_said: said.to_string(),
                    we_did: did.to_string(),
                }
            })
            .collect(),
        Err(e) => {
            // A page must still show: without its feedback, then.
            tracing::warn!(error = %e, "could not read a form's feedback");
            Vec::new()
        }
    };
    let data = PageData {
        feedback,
        strings: state.locales.widget_strings(&form, page.lang),
        form: form.localised(page.lang),
        step,
        answers,
        error,
        via: page.via,
        invite: page.invite,
    };
    let assets = state.assets.clone();
    let app = move || shell(data.clone(), assets.clone());
    // One nonce per page: the only inline script allowed to run is the one we wrote.
    let nonce = crate::storage::random_id();
    let context = {
        let nonce = nonce.clone();
        move || provide_context(Nonce::from_value(nonce.as_str()))
    };
    let handler = leptos_axum::render_app_async_with_context(context, app);
    let request = Request::builder()
        .uri(step.path(&form))
        .body(Body::empty())
        .unwrap_or_default();
    let mut response = handler(request).await.into_response();
    // Pages may carry answers in hidden fields: never keep them in any cache.
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(csp) =
        HeaderValue::from_str(&content_security_policy(Some(&nonce), &form.embed_origins))
    {
        headers.insert(CONTENT_SECURITY_POLICY, csp);
    }
    response
}

/// Only our own origin, for everything: no third-party script, style, font, image or
/// connection can watch what people answer.
pub fn content_security_policy(nonce: Option<&str>, embed_origins: &[String]) -> String {
    // The nonce also lets the page's one inline style through: a partner's accent colour.
    let (script, style) = match nonce {
        Some(n) => (
            format!("script-src 'self' 'nonce-{n}' 'wasm-unsafe-eval'"),
            format!("style-src 'self' 'nonce-{n}'"),
        ),
        None => (
            "script-src 'none'".to_string(),
            "style-src 'self'".to_string(),
        ),
    };
    // Framed only by Chorus's own pages and the partner sites the form lists.
    let frames = std::iter::once("'self'")
        .chain(embed_origins.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "default-src 'none'; {script}; {style}; img-src 'self' data:; connect-src 'self'; \
         form-action 'self'; base-uri 'none'; frame-ancestors {frames}"
    )
}
