//! Signing coordinators in and out (see [`crate::accounts`]).

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::header::{HOST, LOCATION, ORIGIN, RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use chorus_core::schema::ENGLISH;
use leptos::prelude::*;

use super::form_field;
use super::share::page;
use crate::AppState;
use crate::accounts::{self, Via};
use crate::error::{ApiError, wait_words};

pub const SIGN_IN: &str = "/coordinator/sign-in";
pub const SIGN_OUT: &str = "/coordinator/sign-out";

pub fn router() -> Router<AppState> {
    Router::new()
        .route(SIGN_IN, get(sign_in_page).post(sign_in))
        .route(SIGN_OUT, post(sign_out))
}

/// What went wrong with a sign-in, as the page says it.
enum Problem {
    /// Wrong email address or password: the same words whichever it was.
    Wrong,
    Missing,
    TooMany {
        seconds: u64,
    },
}

fn form_page(state: &AppState, email: &str, problem: Option<Problem>) -> Response {
    let message = problem.as_ref().map(|p| match p {
        Problem::Wrong => "Enter a correct email address and password".to_string(),
        Problem::Missing => "Enter your email address and password".to_string(),
        Problem::TooMany { seconds } => format!(
            "Too many attempts to sign in. Wait {} and try again",
            wait_words(*seconds)
        ),
    });
    let title = if message.is_some() {
        "Error: Sign in – Chorus"
    } else {
        "Sign in – Chorus"
    };
    // GOV.UK's error summary: first on the page, linked to the field to put right.
    let summary = message.map(|m| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2 class="heading-m">"There is a problem"</h2>
                <ul class="list"><li><a href="#email">{m}</a></li></ul>
            </div>
        }
    });
    let body = view! {
        <main class="width narrow">
            {summary}
            <h1 class="heading-l">"Sign in to Chorus"</h1>
            <p>"For coordinators: see what your community said, and share your forms."</p>
            <form method="post" action=SIGN_IN novalidate="">
                <div class="field">
                    <label class="label" for="email">"Email address"</label>
                    <input class="input input--wide" type="email" id="email" name="email" value=email.to_string() autocomplete="username" spellcheck="false" required=""/>
                </div>
                <div class="field">
                    <label class="label" for="password">"Password"</label>
                    <input class="input input--wide" type="password" id="password" name="password" autocomplete="current-password" required=""/>
                </div>
                <button class="button" type="submit">"Sign in"</button>
            </form>
            <p>"Forgotten your password? Ask whoever runs Chorus for your organisation to reset it."</p>
        </main>
    };
    let mut response = page(state, None, title, ENGLISH, body);
    match problem {
        Some(Problem::Wrong) => *response.status_mut() = StatusCode::UNAUTHORIZED,
        Some(Problem::Missing) => *response.status_mut() = StatusCode::BAD_REQUEST,
        Some(Problem::TooMany { seconds }) => {
            *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(seconds));
        }
        None => {}
    }
    response
}

async fn sign_in_page(State(state): State<AppState>, headers: HeaderMap) -> Response {
    // Signed in already: straight to the forms.
    if let Ok(who) = accounts::who(&state, &headers).await
        && matches!(who.via, Via::Session { .. })
    {
        return Redirect::to("/coordinator").into_response();
    }
    form_page(&state, "", None)
}

/// A post from another site is refused: nobody can sign a coordinator in to an account of the
/// attacker's choosing. Browsers say where a request came from in `Sec-Fetch-Site`; older ones
/// in `Origin` (which is "null" under Chorus's `no-referrer` policy, and then tells nothing).
fn same_origin(headers: &HeaderMap) -> bool {
    let get = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if let Some(site) = get("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    match get(ORIGIN.as_str()) {
        None | Some("null") => true,
        Some(origin) => {
            let host = get(HOST.as_str()).unwrap_or("");
            origin
                .split_once("://")
                .is_some_and(|(_, rest)| !host.is_empty() && rest == host)
        }
    }
}

async fn sign_in(
    State(state): State<AppState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    if !same_origin(&headers) {
        return Err(ApiError::Csrf);
    }
    let email = form_field(&body, "email").unwrap_or_default();
    let password = form_field(&body, "password").unwrap_or_default();
    if email.trim().is_empty() || password.is_empty() {
        return Ok(form_page(&state, &email, Some(Problem::Missing)));
    }
    let key = email.trim().to_lowercase();
    let peer = peer.map(|Extension(ConnectInfo(addr))| addr);
    if let Err(ApiError::RateLimited { retry_after }) =
        state.limiter.check_sign_in(peer, &headers, &key)
    {
        return Ok(form_page(
            &state,
            &email,
            Some(Problem::TooMany {
                seconds: retry_after,
            }),
        ));
    }
    let found = match accounts::normal_email(&email) {
        Ok(e) => state.store.coordinator_by_email(&e).await?,
        Err(_) => None,
    };
    let hash = found.as_ref().map(|(_, h)| h.clone());
    // Argon2 takes tens of milliseconds of CPU and 19 MiB each: off the async threads, and only
    // as many at once as there are processors, so a flood of attempts cannot run the server out
    // of memory. When all are busy, the person is asked to wait, like any over the limit.
    let Ok(_permit) = checks().try_acquire() else {
        return Ok(form_page(
            &state,
            &email,
            Some(Problem::TooMany { seconds: 60 }),
        ));
    };
    let right =
        tokio::task::spawn_blocking(move || accounts::verify_password(hash.as_deref(), &password))
            .await
            .map_err(|e| ApiError::Internal(e.to_string()))?;
    let Some((coordinator, _)) = found.filter(|_| right) else {
        return Ok(form_page(&state, &email, Some(Problem::Wrong)));
    };
    let value = accounts::new_secret();
    let expires = accounts::now() + accounts::SESSION_HOURS * 3600;
    state
        .store
        .new_session(
            &coordinator.id,
            &accounts::session_hash(&value),
            &accounts::new_secret(),
            expires,
        )
        .await?;
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    headers.insert(LOCATION, HeaderValue::from_static("/coordinator"));
    headers.insert(SET_COOKIE, accounts::session_cookie(&value));
    Ok(response)
}

/// Password checks running at once.
fn checks() -> &'static tokio::sync::Semaphore {
    static CHECKS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    CHECKS.get_or_init(|| {
        let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(cpus.max(2))
    })
}

async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let who = accounts::who(&state, &headers).await;
    if let Ok(who) = &who {
        who.may_change(form_field(&body, "_csrf").as_deref())?;
    }
    if let Some(value) = accounts::cookie(&headers, accounts::SESSION_COOKIE) {
        state
            .store
            .end_session(&accounts::session_hash(value))
            .await?;
    }
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    headers.insert(LOCATION, HeaderValue::from_static(SIGN_IN));
    headers.insert(SET_COOKIE, accounts::cleared_cookie());
    Ok(response)
}
