//! Coordinator exports. Every number comes out of [`release`]; none leaves raw, and every
//! format shows the same numbers for the same data.

use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chorus_core::release::{Policy, Release, Released, Step, next_step, release, release_grouped};
use chorus_core::schema::Form;
use serde_json::{Value, json};

use super::coordinator_form;
use crate::AppState;
use crate::error::ApiError;
use crate::i18n::LANGUAGES;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/forms/{form}/export.csv", get(export_csv))
        .route("/api/forms/{form}/export.json", get(export_json))
        .route("/api/forms/{form}/totals.csv", get(totals_csv))
}

/// Says on every CSV how its numbers were released; the CSV itself stays plain tidy data.
const RELEASE_HEADER: HeaderName = HeaderName::from_static("chorus-release");

/// What coordinators see when a form has too few responses.
const NOT_ENOUGH: &str = "Not enough responses yet to show results safely";

/// `?by=channel` splits an export by channel.
#[derive(serde::Deserialize)]
struct Split {
    by: Option<String>,
}

impl Split {
    fn by_channel(&self) -> Result<bool, ApiError> {
        match self.by.as_deref() {
            None => Ok(false),
            Some("channel") => Ok(true),
            Some(other) => Err(ApiError::BadQuery(format!(
                "exports can be split by \"channel\" only, not \"{other}\": use ?by=channel or leave it out"
            ))),
        }
    }
}

/// The languages totals are listed for: Chorus's, then "und" for submissions that did not say.
fn languages() -> Vec<&'static str> {
    LANGUAGES.iter().map(|l| l.tag).chain(["und"]).collect()
}

/// The form's own `[release]` settings over the server's defaults.
pub(super) fn policy_for(default: Policy, form: &Form) -> Policy {
    let r = &form.release;
    let (threshold, base) = match default {
        Policy::Standard { threshold, base } => (threshold, base),
        Policy::Strict { base } => (5, base),
    };
    let strict = r.strict.unwrap_or(matches!(default, Policy::Strict { .. }));
    let base = r.base.unwrap_or(base);
    if strict {
        Policy::Strict { base }
    } else {
        Policy::Standard {
            threshold: r.threshold.unwrap_or(threshold),
            base,
        }
    }
}

/// The form's release step as it stands, taking a new one if it is due. Every view of counts
/// or quotes goes through here, so they all move together.
pub(super) async fn current_step(
    state: &AppState,
    form: &Form,
    policy: &Policy,
) -> Result<Option<Step>, ApiError> {
    let live = state.store.tallies(&form.id).await?;
    let previous = state.store.release_step(&form.id).await?;
    let today = state.store.today().await?;
    Ok(
        match next_step(form, previous.as_ref(), &live, policy.base(), &today) {
            Some(next) => {
                state.store.save_release_step(&form.id, &next).await?;
                Some(next)
            }
            None => previous,
        },
    )
}

/// The release of a form a coordinator asked for.
async fn released(
    state: &AppState,
    headers: &HeaderMap,
    id: String,
) -> Result<(std::sync::Arc<Form>, Release), ApiError> {
    let (form, _) = coordinator_form(state, headers, id).await?;
    let policy = policy_for(state.policy, &form);
    let step = current_step(state, &form, &policy).await?;
    let r = match step {
        Some(s) => release_grouped(&form, &s.raw, &policy, &languages(), &s.groups),
        // Not yet enough responses for a first step: nothing is shown.
        None => release(
            &form,
            &state.store.tallies(&form.id).await?,
            &policy,
            &languages(),
        ),
    };
    Ok((form, r))
}

/// `form,question,option,count` for the whole form; with `?by=channel`, the channels' slices
/// with a `channel` column (none when there are too few responses to split).
async fn export_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(split): Query<Split>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let by_channel = split.by_channel()?;
    let (form, r) = released(&state, &headers, id).await?;
    if by_channel {
        let rows = r.channels().iter().flat_map(|slice| {
            slice.rows.iter().map(|row| {
                [
                    form.id.clone(),
                    row.question.clone(),
                    row.option.clone(),
                    row.count.to_string(),
                    slice.id.clone(),
                ]
            })
        });
        let body = csv_body(["form", "question", "option", "count", "channel"], rows)?;
        return Ok(csv_response(
            body,
            &format!("{}-counts-by-channel.csv", form.id),
            &r,
        ));
    }
    let rows = r.all().rows.iter().map(|row| {
        [
            form.id.clone(),
            row.question.clone(),
            row.option.clone(),
            row.count.to_string(),
        ]
    });
    let body = csv_body(["form", "question", "option", "count"], rows)?;
    Ok(csv_response(body, &format!("{}-counts.csv", form.id), &r))
}

/// Submissions by language (`form,language,count`: every language Chorus speaks, then "und"),
/// or with `?by=channel` by channel (`form,channel,count`: the channels' slices).
async fn totals_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(split): Query<Split>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let by_channel = split.by_channel()?;
    let (form, r) = released(&state, &headers, id).await?;
    if by_channel {
        let rows = r
            .channels()
            .iter()
            .map(|s| [form.id.clone(), s.id.clone(), s.total.to_string()]);
        let body = csv_body(["form", "channel", "count"], rows)?;
        return Ok(csv_response(body, &format!("{}-channels.csv", form.id), &r));
    }
    let rows = r
        .languages
        .iter()
        .map(|(tag, count)| [form.id.clone(), tag.clone(), count.to_string()]);
    let body = csv_body(["form", "language", "count"], rows)?;
    Ok(csv_response(
        body,
        &format!("{}-languages.csv", form.id),
        &r,
    ))
}

/// Everything at once, with the release's rules: the same numbers as the CSV files.
async fn export_json(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (form, r) = released(&state, &headers, id).await?;
    let policy = match r.policy {
        Policy::Standard { threshold, base } => {
            json!({ "name": "standard", "threshold": threshold, "base": base })
        }
        Policy::Strict { base } => {
            json!({ "name": "strict", "small": [1, 7], "rounding": 5, "base": base })
        }
    };
    let slices: Vec<Value> = r
        .slices
        .iter()
        .map(|s| {
            json!({
                "id": s.id,
                "channels": s.channels,
                "total": number(s.total),
                "rows": s.rows.iter().map(|row| json!({
                    "question": row.question,
                    "option": row.option,
                    "count": number(row.count),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let body = json!({
        "form": form.id,
        "release": {
            "policy": policy,
            "rule": r.policy.describe(),
            "enough": r.enough,
            "note": (!r.enough).then_some(NOT_ENOUGH),
        },
        "slices": slices,
        "languages": r.languages.iter().map(|(l, c)| json!({ "language": l, "count": number(*c) })).collect::<Vec<_>>(),
    });
    let mut response = Json(body).into_response();
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// A shown count as JSON: a number, or its marker as text (`"<5"`, `"*"`, `"[c]"`, `"[x]"`).
fn number(count: Released) -> Value {
    match count {
        Released::Count(n) => json!(n),
        other => json!(other.to_string()),
    }
}

/// A CSV file: the header, then the rows.
fn csv_body<const N: usize>(
    header: [&str; N],
    rows: impl Iterator<Item = [String; N]>,
) -> Result<Vec<u8>, ApiError> {
    let failed = |e: csv::Error| ApiError::Internal(e.to_string());
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(header).map_err(failed)?;
    for row in rows {
        out.write_record(&row).map_err(failed)?;
    }
    out.into_inner()
        .map_err(|e| ApiError::Internal(e.to_string()))
}

fn csv_response(body: Vec<u8>, filename: &str, r: &Release) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    let mut rule = r.policy.describe();
    if !r.enough {
        rule.push_str("; not-enough-responses");
    }
    (
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (
                RELEASE_HEADER,
                HeaderValue::from_str(&rule).unwrap_or(HeaderValue::from_static("standard")),
            ),
        ],
        body,
    )
        .into_response()
}
