//! Errors as partners and people see them: `{"error": {"code", "message", "question"?}}` with a
//! 4xx for anything the caller can fix, and a bare 500 (details in the log only) for the rest.

use axum::Json;
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chorus_core::answers::AnswerError;
use serde::Serialize;

use crate::storage::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("there is no form \"{0}\": check the link or the form id")]
    UnknownForm(String),
    #[error(
        "there is no quote \"{0}\" waiting for review in this form: it may have been published already; list the waiting ones again"
    )]
    UnknownQuote(String),
    #[error("the body is not valid JSON for a submission: {0}")]
    MalformedJson(String),
    #[error("the body is larger than 64 KiB: send only the answers")]
    TooLarge,
    #[error("the body could not be read: {0}")]
    BadBody(String),
    #[error(
        "the Idempotency-Key header must be 22 to 128 base64url characters (A-Z, a-z, 0-9, - and _): send a new random key, or none"
    )]
    BadIdempotencyKey,
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error(
        "a coordinator's sign-in or token is needed: sign in at /coordinator/sign-in, or send Authorization: Bearer <token>"
    )]
    Unauthorized,
    #[error("{0}")]
    BadQuery(String),
    /// The form is past its `closes` day: nothing is counted any more.
    #[error("this form is closed and no longer takes answers: nothing was counted")]
    FormClosed,
    /// The form's `opens` day has not come yet.
    #[error("this form is not open yet: nothing was counted; send the answers once it opens")]
    FormNotOpen,
    /// A signed-in coordinator's change without its session's CSRF token.
    #[error(
        "this change did not come from a Chorus page (its security token is missing or out of date): go back, reload the page and try again"
    )]
    Csrf,
    /// An irreversible change (deleting a form's answers) asked for with a token.
    #[error(
        "deleting a form's answers needs a coordinator signed in at /coordinator/sign-in, not a token"
    )]
    SignInNeeded,
    /// A change asked for with a token given as a browser's Basic password.
    #[error(
        "a token given as a browser password can only read: sign in to make changes, or send the token as Authorization: Bearer"
    )]
    ReadOnlyCredentials,
    /// An invite-only form, and no code was sent.
    #[error(
        "this form can only be answered with an invite code: send the code from the card you were given in \"invite\""
    )]
    InviteNeeded,
    /// An invite-only form, and the code is unknown, used already or expired.
    #[error(
        "this invite code has already been used or is not right: check it, or ask the person running the session for another"
    )]
    InviteNotValid,
    /// A proof-of-work form, and no solved challenge was sent (see [`crate::pow`]).
    #[error(
        "this form needs a solved proof-of-work challenge: get one from GET /api/forms/{{form}}/challenge, solve it and send the solution in \"pow\""
    )]
    ProofOfWorkNeeded,
    /// A proof-of-work form, and the solution is wrong, not ours, expired or used already.
    #[error(
        "the proof of work is not right, has expired or has been used already: get a new challenge, solve it and send again"
    )]
    ProofOfWorkNotValid,
    /// Invite codes asked for in a number Chorus does not print.
    #[error(
        "the number of invite codes must be a whole number from 1 to {max}: print more in several goes"
    )]
    BadCount { max: u32 },
    /// Invite codes asked for a form anyone may answer.
    #[error(
        "the form \"{0}\" is not invite-only, so it takes no invite codes: set invite_only = true in its form file first"
    )]
    NotInviteOnly(String),
    /// This connection has sent its allowance of submissions for now (see [`crate::limit`]).
    /// `retry_after` is in whole seconds, at least 1.
    #[error(
        "too many answers have been sent from this connection in a short time, and these were not counted: please wait {} and try again",
        wait_words(*retry_after)
    )]
    RateLimited { retry_after: u64 },
    #[error("{}", store_words(.0))]
    Store(#[from] StoreError),
    #[error("something went wrong on our side, please try again")]
    Internal(String),
}

#[derive(Serialize)]
struct Body<'a> {
    error: Detail<'a>,
}

#[derive(Serialize)]
struct Detail<'a> {
    code: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    question: Option<&'a str>,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::UnknownForm(_) | ApiError::UnknownQuote(_) => StatusCode::NOT_FOUND,
            ApiError::MalformedJson(_)
            | ApiError::BadBody(_)
            | ApiError::BadIdempotencyKey
            | ApiError::BadQuery(_)
            | ApiError::BadCount { .. } => StatusCode::BAD_REQUEST,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Answer(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::NotInviteOnly(_) | ApiError::FormClosed | ApiError::FormNotOpen => {
                StatusCode::CONFLICT
            }
            ApiError::InviteNeeded
            | ApiError::InviteNotValid
            | ApiError::Csrf
            | ApiError::SignInNeeded
            | ApiError::ReadOnlyCredentials
            | ApiError::ProofOfWorkNeeded
            | ApiError::ProofOfWorkNotValid => StatusCode::FORBIDDEN,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Store(e) if e.is_full() => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Store(_) | ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Seconds after which trying again may work, for errors that pass.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            ApiError::RateLimited { retry_after } => Some(*retry_after),
            ApiError::Store(e) if e.is_full() => Some(FULL_RETRY_AFTER),
            _ => None,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::UnknownForm(_) => "unknown_form",
            ApiError::UnknownQuote(_) => "unknown_quote",
            ApiError::MalformedJson(_) => "malformed_json",
            ApiError::TooLarge => "body_too_large",
            ApiError::BadBody(_) => "bad_body",
            ApiError::BadIdempotencyKey => "bad_idempotency_key",
            ApiError::Answer(e) => e.code(),
            ApiError::Unauthorized => "unauthorized",
            ApiError::BadQuery(_) => "bad_query",
            ApiError::Csrf => "csrf",
            ApiError::FormClosed => "form_closed",
            ApiError::FormNotOpen => "form_not_open",
            ApiError::ReadOnlyCredentials => "read_only_credentials",
            ApiError::SignInNeeded => "sign_in_needed",
            ApiError::InviteNeeded => "invite_needed",
            ApiError::InviteNotValid => "invite_not_valid",
            ApiError::ProofOfWorkNeeded => "proof_of_work_needed",
            ApiError::ProofOfWorkNotValid => "proof_of_work_not_valid",
            ApiError::BadCount { .. } => "bad_count",
            ApiError::NotInviteOnly(_) => "not_invite_only",
            ApiError::RateLimited { .. } => "rate_limited",
            ApiError::Store(e) if e.is_full() => "storage_full",
            ApiError::Store(_) | ApiError::Internal(_) => "internal",
        }
    }
}

/// How long a client is asked to wait when the server's storage is full: long enough for an
/// operator to be alerted and make space, short enough that a waiting outbox is not forgotten.
pub const FULL_RETRY_AFTER: u64 = 300;

/// What a storage failure tells the person or partner: a full disk is worth waiting out.
fn store_words(e: &StoreError) -> &'static str {
    if e.is_full() {
        "the server has no space left to save answers, so these were not saved: please send them again in a few minutes"
    } else {
        "something went wrong on our side; nothing was saved, please try again"
    }
}

/// Whole minutes to wait, from seconds: rounded up, at least 1. People read minutes, not
/// seconds.
pub fn wait_minutes(seconds: u64) -> u64 {
    seconds.div_ceil(60).max(1)
}

/// "1 minute", "3 minutes".
pub fn wait_words(seconds: u64) -> String {
    match wait_minutes(seconds) {
        1 => "1 minute".to_string(),
        n => format!("{n} minutes"),
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            // Never log submitted text; neither of these carries any.
            ApiError::Store(e) => tracing::error!(error = %e, "storage failed"),
            ApiError::Internal(e) => tracing::error!(error = %e, "internal error"),
            _ => {}
        }
        let question = match &self {
            ApiError::Answer(e) => Some(e.question()),
            _ => None,
        };
        let body = Body {
            error: Detail {
                code: self.code(),
                message: self.to_string(),
                question,
            },
        };
        let mut response = (self.status(), Json(body)).into_response();
        if let Some(retry_after) = self.retry_after() {
            response
                .headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(retry_after));
        }
        if matches!(self, ApiError::Unauthorized) {
            // Basic too (first, and on its own line: browsers read one challenge per header), so a
            // browser asks for the token, as a password, on coordinator pages.
            let headers = response.headers_mut();
            headers.append(
                "www-authenticate",
                axum::http::HeaderValue::from_static(
                    "Basic realm=\"Chorus coordinators\", charset=\"UTF-8\"",
                ),
            );
            headers.append(
                "www-authenticate",
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}
