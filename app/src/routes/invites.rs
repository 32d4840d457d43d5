//! One-time invite codes for invite-only forms (closed listening sessions): a coordinator
//! prints a sheet of cards, or a script asks for codes as JSON. Behind the coordinator token.
//!
//! The server keeps only each code's keyed hash, its form and its last day (see
//! [`crate::storage::Store::new_invites`]): the codes themselves are in this one reply and
//! nowhere else, so it is never cached.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chorus_core::invite;
use chorus_core::schema::{ENGLISH, Form};
use leptos::prelude::*;
use serde::Deserialize;
use serde_json::json;

use super::share::{base_url, page, poster_languages, qr_symbol};
use super::{PageError, coordinator_form, csrf_header, form_field};
use crate::AppState;
use crate::accounts::Who;
use crate::error::ApiError;
use crate::i18n::language;
use crate::storage::{INVITE_DAYS, MAX_INVITES};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/coordinator/forms/{form}/invites", post(sheet))
        .route("/api/forms/{form}/invites", post(codes))
}

/// How many codes the sharing page's form suggests.
const SUGGESTED: u32 = 20;

/// "Print invite codes", on the sharing page of an invite-only form.
pub(super) fn print_form(
    form_id: &str,
    languages: Vec<&'static str>,
    csrf: Option<String>,
) -> impl IntoView + use<> {
    // A signed-in coordinator's form carries the session's token; a token-holder's browser
    // (reading only) gets the form, and a plain-words refusal if it posts it.
    let csrf = csrf.map(|token| view! { <input type="hidden" name="_csrf" value=token/> });
    // Cards are handed to people who may read another language better: one sheet per language.
    let choose = (languages.len() > 1).then(|| {
        let options = languages
            .into_iter()
            .map(|tag| {
                let name = language(tag).map_or(tag, |l| l.name);
                view! { <option value=tag lang=tag>{name}</option> }
            })
            .collect_view();
        view! {
            <label class="label" for="invite-lang">"Language of the cards"</label>
            <select class="select" id="invite-lang" name="lang">{options}</select>
        }
    });
    view! {
        <section class="invites" aria-labelledby="invites-title">
            <h2 class="heading-m" id="invites-title">"Invite codes"</h2>
            <p>"Only people with an invite code can answer this form. Print a sheet of cards to cut out and hand out at the session: each code lets one person answer once, and is not linked to their answers. "
            {format!("Codes stop working after {INVITE_DAYS} days. They are shown only once: print the sheet before you close it.")}</p>
            <form class="invites__form" method="post" action=format!("/coordinator/forms/{form_id}/invites")>
                <label class="label" for="invite-count">"How many codes (1 to "{MAX_INVITES}")"</label>
                <input class="input input--number" type="number" id="invite-count" name="count" min="1" max=MAX_INVITES.to_string() step="1" value=SUGGESTED.to_string() required="" inputmode="numeric"/>
                {choose}
                {csrf}
                <button class="button" type="submit">"Print invite codes"</button>
            </form>
        </section>
    }
}

/// The number of codes from a form post (`count=N`) or JSON (`{"count": N}`).
fn count(body: &[u8], json: bool) -> Result<u32, ApiError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Asked {
        count: u32,
    }
    let bad = || ApiError::BadCount { max: MAX_INVITES };
    let n = if json {
        serde_json::from_slice::<Asked>(body)
            .map_err(|_| bad())?
            .count
    } else {
        std::str::from_utf8(body)
            .map_err(|_| bad())?
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(name, _)| *name == "count")
            .and_then(|(_, value)| value.trim().parse().ok())
            .ok_or_else(bad)?
    };
    if (1..=MAX_INVITES).contains(&n) {
        Ok(n)
    } else {
        Err(bad())
    }
}

/// The form a coordinator makes codes for: only an invite-only form takes them.
async fn invite_form(
    state: &AppState,
    headers: &HeaderMap,
    id: String,
) -> Result<(std::sync::Arc<Form>, Who), ApiError> {
    let (form, who) = coordinator_form(state, headers, id).await?;
    if form.invite_only {
        Ok((form, who))
    } else {
        Err(ApiError::NotInviteOnly(form.id.clone()))
    }
}

/// `POST /api/forms/{form}/invites` with `{"count": N}`: `{"codes": [...], "expires": day}`.
async fn codes(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (form, who) = invite_form(&state, &headers, id).await?;
    who.may_change(csrf_header(&headers))?;
    let n = count(&body, true)?;
    let (codes, expires) = state.store.new_invites(&form.id, n).await?;
    let codes: Vec<String> = codes.iter().map(|c| invite::grouped(c)).collect();
    let mut response = Json(json!({ "codes": codes, "expires": expires })).into_response();
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// `POST /coordinator/forms/{form}/invites` with `count=N`: an A4 sheet of cards to print and
/// cut out, one code on each.
async fn sheet(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let (form, who) = invite_form(&state, &headers, id).await?;
    who.may_change(form_field(&body, "_csrf").as_deref())?;
    let n = count(&body, false)?;
    let tag = card_language(&state, &form, &body)?;
    let (codes, expires) = state.store.new_invites(&form.id, n).await?;
    let (base, _) = base_url(&state, &headers);
    let link = format!("{base}/f/{}", form.id);
    let symbol = qr_symbol(&link, "form-qr")?;
    let until = day_words(&expires);
    // On the cards: the chosen language's words, and the date as digits in other languages.
    let get = |id: &str| state.locales.get(tag, id);
    let card_until = if tag == ENGLISH {
        until.clone()
    } else {
        day_digits(&expires)
    };
    let dir = if language(tag).is_some_and(|l| l.rtl) {
        "rtl"
    } else {
        "ltr"
    };
    let title = form.localised(tag).title.text.clone();
    let (label, how, promise, use_by) = (
        get("invite-card-label"),
        get("invite-card-how"),
        get("invite-card-promise"),
        get("invite-card-use-by"),
    );
    let cards = codes
        .iter()
        .map(|code| {
            let qr = format!(
                r##"<svg class="invite__qr" role="img" aria-label="QR code for {link}" viewBox="0 0 1 1" preserveAspectRatio="xMidYMid meet"><use href="#form-qr" width="1" height="1"/></svg>"##
            );
            view! {
                <li class="invite" lang=tag dir=dir>
                    <p class="invite__title">{title.clone()}</p>
                    <p class="invite__label">{label.clone()}</p>
                    <p class="invite__code" dir="ltr">{invite::grouped(code)}</p>
                    <div class="invite__how">
                        <div class="invite__qr-box" inner_html=qr></div>
                        <p class="invite__link">{how.clone()}" "<span class="invite__url" dir="ltr">{link.clone()}</span></p>
                    </div>
                    <p class="invite__promise">{promise.clone()}</p>
                    <p class="invite__expires">{use_by.clone()}" "<bdi>{card_until.clone()}</bdi></p>
                </li>
            }
        })
        .collect_view();
    let heading = format!("Invite codes: {}", form.title.text);
    let body = view! {
        <div inner_html=symbol></div>
        <main class="invites-sheet">
            <div class="invites-sheet__intro">
                <p><a href=format!("/coordinator/forms/{}/share", form.id)>"Back to sharing this form"</a></p>
                <h1 class="heading-l">{heading.clone()}</h1>
                <p>{format!("{} codes, each for one person, until {until}. ", codes.len())}
                "Print this page now and cut along the dashed lines: these codes are shown only this once, and Chorus keeps no copy it could show again. If the page is lost before it is printed, print new ones."</p>
            </div>
            <ul class="invites-sheet__cards">{cards}</ul>
        </main>
    };
    Ok(page(
        &state,
        Some(&who),
        &format!("{heading} – Chorus"),
        ENGLISH,
        body,
    ))
}

/// The language the cards are printed in: `lang` in the posted form, one the poster would use
/// (English, or one the form is translated into); English if not given.
fn card_language(state: &AppState, form: &Form, body: &[u8]) -> Result<&'static str, ApiError> {
    let asked = std::str::from_utf8(body)
        .ok()
        .and_then(|b| {
            b.split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(name, _)| *name == "lang")
        })
        .map(|(_, value)| value.to_string());
    let Some(asked) = asked else {
        return Ok(ENGLISH);
    };
    poster_languages(state, form)
        .into_iter()
        .find(|tag| *tag == asked)
        .ok_or_else(|| {
            ApiError::BadQuery(format!(
                "invite cards cannot be printed in \"{asked}\": choose one of the form's languages"
            ))
        })
}

/// `2026-05-12` as "12/05/2026": read the same way in every language Chorus speaks.
fn day_digits(day: &str) -> String {
    let parts: Vec<&str> = day.splitn(3, '-').collect();
    match parts[..] {
        [y, m, d] => format!("{d}/{m}/{y}"),
        _ => day.to_string(),
    }
}

/// `2026-05-12` as "12 May 2026", as GOV.UK writes dates.
fn day_words(day: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = day.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return day.to_string();
    };
    match (m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
        _ => day.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_days() {
        assert_eq!(count(b"count=20", false).unwrap(), 20);
        assert_eq!(count(b"count=500", false).unwrap(), 500);
        assert_eq!(count(br#"{"count": 3}"#, true).unwrap(), 3);
        for bad in [&b"count=0"[..], b"count=501", b"count=x", b"", b"count=-1"] {
            assert_eq!(count(bad, false).unwrap_err().code(), "bad_count");
        }
        for bad in [
            &br#"{"count": 0}"#[..],
            br#"{"count": "3"}"#,
            br#"{}"#,
            b"3",
        ] {
            assert_eq!(count(bad, true).unwrap_err().code(), "bad_count");
        }
        assert_eq!(day_words("2026-05-02"), "2 May 2026");
        assert_eq!(day_words("soon"), "soon");
        assert_eq!(day_digits("2026-05-02"), "02/05/2026");
    }
}
