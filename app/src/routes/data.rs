//! Deleting everything kept of a form's answers, for a coordinator who has finished with it
//! (or must remove it). Asked twice: the page explains, and the form's id must be typed.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chorus_core::schema::ENGLISH;
use leptos::prelude::*;

use super::share::page;
use super::{PageError, coordinator_form, form_field};
use crate::AppState;
use crate::accounts::now;
use crate::error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/coordinator/forms/{form}/delete",
        get(confirm).post(delete),
    )
}

async fn confirm(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let csrf = who.csrf().unwrap_or_default().to_string();
    let title = format!("Delete all answers to “{}”", form.title.text);
    let label = format!("To confirm, type the form's id: {}", form.id);
    let body = view! {
        <main class="width narrow">
            <p><a href="/coordinator">"Your forms"</a></p>
            <h1 class="heading-l">{title.clone()}</h1>
            <div class="warning" role="note">
                <p><strong>"This cannot be undone. "</strong>"Download what you need first."</p>
            </div>
            <p>"This deletes everything Chorus keeps of the answers to this form: every count, the totals, all quotes with their themes and insights, the results shown so far, unused invite codes, and your “you said, we did” entries. The form itself stays, and can take new answers."</p>
            <form method="post" action=format!("/coordinator/forms/{}/delete", form.id)>
                <input type="hidden" name="_csrf" value=csrf/>
                <label class="label" for="confirm">{label}</label>
                <input class="input" id="confirm" name="confirm" autocomplete="off" spellcheck="false"/>
                <p><button class="button button--warning" type="submit">"Delete all answers"</button></p>
            </form>
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

async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    who.may_change(form_field(&body, "_csrf").as_deref())?;
    // Irreversible: only a person signed in, never a script's token.
    if who.coordinator().is_none() {
        return Err(ApiError::SignInNeeded.into());
    }
    if form_field(&body, "confirm").as_deref().map(str::trim) != Some(form.id.as_str()) {
        return Err(ApiError::BadQuery(format!(
            "nothing was deleted: type the form's id, {}, exactly, to confirm",
            form.id
        ))
        .into());
    }
    state
        .store
        .delete_form_data(&form.id, &who.actor(), now())
        .await?;
    Ok(Redirect::to("/coordinator").into_response())
}
