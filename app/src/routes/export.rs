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
        .route("/api/forms/{form}/quotes.csv", get(quotes_csv))
        .route("/api/forms/{form}/export.xlsx", get(export_xlsx))
}

/// Says on every CSV how its numbers were released; the CSV itself stays plain tidy data.
const RELEASE_HEADER: HeaderName = HeaderName::from_static("chorus-release");

/// What coordinators see when a form has too few responses.
pub(super) const NOT_ENOUGH: &str = "Not enough responses yet to show results safely";

/// `?by=channel` splits an export by channel.
#[derive(serde::Deserialize)]
struct Split {
    by: Option<String>,
}

/// What totals.csv counts submissions by.
enum TotalsBy {
    Language,
    Channel,
    Week,
}

impl Split {
    fn totals_by(&self) -> Result<TotalsBy, ApiError> {
        match self.by.as_deref() {
            None => Ok(TotalsBy::Language),
            Some("channel") => Ok(TotalsBy::Channel),
            Some("week") => Ok(TotalsBy::Week),
            Some(other) => Err(ApiError::BadQuery(format!(
                "totals can be split by \"channel\" or \"week\", not \"{other}\": use ?by=channel, ?by=week or leave it out (by language)"
            ))),
        }
    }

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
    let today = crate::clock::today();
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
    let r = release_of(state, &form).await?;
    Ok((form, r))
}

/// The release of `form` as it stands: every export, page and chart shows this.
pub(super) async fn release_of(state: &AppState, form: &Form) -> Result<Release, ApiError> {
    let policy = policy_for(state.policy, form);
    let step = current_step(state, form, &policy).await?;
    Ok(match step {
        Some(s) => release_grouped(form, &s.raw, &policy, &languages(), &s.groups),
        // Not yet enough responses for a first step: nothing is shown.
        None => release(
            form,
            &state.store.tallies(&form.id).await?,
            &policy,
            &languages(),
        ),
    })
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
    let by = split.totals_by()?;
    let (form, r) = released(&state, &headers, id).await?;
    if let TotalsBy::Channel = by {
        let rows = r
            .channels()
            .iter()
            .map(|s| [form.id.clone(), s.id.clone(), s.total.to_string()]);
        let body = csv_body(["form", "channel", "count"], rows)?;
        return Ok(csv_response(body, &format!("{}-channels.csv", form.id), &r));
    }
    if let TotalsBy::Week = by {
        let rows = r
            .weeks
            .iter()
            .map(|(week, count)| [form.id.clone(), week.clone(), count.to_string()]);
        let body = csv_body(["form", "week", "count"], rows)?;
        return Ok(csv_response(body, &format!("{}-weeks.csv", form.id), &r));
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
        "weeks": r.weeks.iter().map(|(w, c)| json!({ "week": w, "count": number(*c) })).collect::<Vec<_>>(),
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

/// A CSV file: a UTF-8 byte-order mark (so spreadsheet programs read accents and other scripts
/// right), the header, then the rows, every cell [neutralised](neutralise).
fn csv_body<const N: usize>(
    header: [&str; N],
    rows: impl Iterator<Item = [String; N]>,
) -> Result<Vec<u8>, ApiError> {
    let failed = |e: csv::Error| ApiError::Internal(e.to_string());
    let mut out = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    out.write_record(header).map_err(failed)?;
    for row in rows {
        out.write_record(row.iter().map(|cell| neutralise(cell).into_owned()))
            .map_err(failed)?;
    }
    out.into_inner()
        .map_err(|e| ApiError::Internal(e.to_string()))
}

/// A cell a spreadsheet program would run as a formula (it starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return) gets a `'` in front, as OWASP advises: quotes are written by the
/// public, and a quote such as `=HYPERLINK(…)` must stay text.
fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// `form,question,bucket,channel,language,text`: the quotes coordinators may read, in the
/// release's order (random), attributed as in `GET /api/forms/{form}/quotes`.
async fn quotes_csv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (form, r) = released(&state, &headers, id).await?;
    let quotes = super::quotes::released(&state, &form).await?;
    let rows = quotes.into_iter().map(|q| {
        [
            form.id.clone(),
            q.question,
            q.bucket,
            q.channel.unwrap_or_default(),
            q.language,
            q.text,
            q.themes,
            if q.insight { "yes" } else { "" }.to_string(),
        ]
    });
    let body = csv_body(
        [
            "form", "question", "bucket", "channel", "language", "text", "themes", "insight",
        ],
        rows,
    )?;
    Ok(csv_response(body, &format!("{}-quotes.csv", form.id), &r))
}

/// Everything in one spreadsheet: "About" (the form, the day, the release's rule), "Counts"
/// (the whole form, then each channel's slice), "Totals" (by channel and by language), and the
/// quotes, one sheet per bucket. The same numbers as the CSV files, as numbers where shown.
async fn export_xlsx(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (form, r) = released(&state, &headers, id).await?;
    let quotes = super::quotes::released(&state, &form).await?;
    let today = crate::clock::today();
    let body = xlsx(&form, &r, &quotes, &today).map_err(|e| ApiError::Internal(e.to_string()))?;
    let disposition = format!("attachment; filename=\"{}.xlsx\"", form.id);
    Ok((
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ),
            ),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (
                RELEASE_HEADER,
                HeaderValue::from_str(&r.policy.describe())
                    .unwrap_or(HeaderValue::from_static("standard")),
            ),
        ],
        body,
    )
        .into_response())
}

fn xlsx(
    form: &Form,
    r: &Release,
    quotes: &[super::quotes::Released],
    today: &str,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook, Worksheet};
    let bold = Format::new().set_bold();
    let mut book = Workbook::new();
    let header =
        |sheet: &mut Worksheet, names: &[&str]| -> Result<(), rust_xlsxwriter::XlsxError> {
            for (c, name) in names.iter().enumerate() {
                sheet.write_string_with_format(0, c as u16, *name, &bold)?;
            }
            Ok(())
        };
    // A shown count as a number; a marker ("<5", "[c]") as text.
    let count = |sheet: &mut Worksheet, row: u32, col: u16, shown: Released| match shown {
        Released::Count(n) => sheet.write_number(row, col, n as f64).map(|_| ()),
        other => sheet.write_string(row, col, other.to_string()).map(|_| ()),
    };

    let about = book.add_worksheet().set_name("About")?;
    let mut rule = r.policy.describe();
    if !r.enough {
        rule.push_str(&format!(" ({NOT_ENOUGH})"));
    }
    let lines = [
        ("Form", form.title.text.clone()),
        ("Form id", form.id.clone()),
        ("Exported on", today.to_string()),
        ("How counts are released", rule),
        (
            "What the markers mean",
            "<5 or *: a small number, not shown; [c]: hidden so that a small number cannot be worked out; [x]: not shown, too few responses or no safe way to show it".to_string(),
        ),
        (
            "Quotes",
            "Words people wrote, as released: each attributed only to a channel shown on its own".to_string(),
        ),
    ];
    for (row, (name, value)) in lines.iter().enumerate() {
        about.write_string_with_format(row as u32, 0, *name, &bold)?;
        about.write_string(row as u32, 1, value)?;
    }
    about.set_column_width(0, 26)?;
    about.set_column_width(1, 90)?;

    let counts = book.add_worksheet().set_name("Counts")?;
    header(counts, &["form", "question", "option", "count", "channel"])?;
    let mut row = 1;
    for slice in &r.slices {
        for line in &slice.rows {
            counts.write_string(row, 0, &form.id)?;
            counts.write_string(row, 1, &line.question)?;
            counts.write_string(row, 2, &line.option)?;
            count(counts, row, 3, line.count)?;
            counts.write_string(row, 4, &slice.id)?;
            row += 1;
        }
    }

    let totals = book.add_worksheet().set_name("Totals")?;
    header(totals, &["form", "by", "value", "count"])?;
    let by_channel = r.slices.iter().map(|s| ("channel", s.id.as_str(), s.total));
    let by_language = r
        .languages
        .iter()
        .map(|(l, c)| ("language", l.as_str(), *c));
    let by_week = r.weeks.iter().map(|(w, c)| ("week", w.as_str(), *c));
    for (row, (by, value, shown)) in (1..).zip(by_channel.chain(by_language).chain(by_week)) {
        totals.write_string(row, 0, &form.id)?;
        totals.write_string(row, 1, by)?;
        totals.write_string(row, 2, value)?;
        count(totals, row, 3, shown)?;
    }

    for (n, bucket) in form.buckets.iter().enumerate() {
        let sheet = book
            .add_worksheet()
            .set_name(sheet_name(n, &bucket.title.text))?;
        header(
            sheet,
            &[
                "form", "question", "bucket", "channel", "language", "text", "themes", "insight",
            ],
        )?;
        for (row, q) in (1..).zip(quotes.iter().filter(|q| q.bucket == bucket.id)) {
            let cells = [
                form.id.as_str(),
                q.question.as_str(),
                q.bucket.as_str(),
                q.channel.as_deref().unwrap_or(""),
                q.language.as_str(),
                q.text.as_str(),
                q.themes.as_str(),
                if q.insight { "yes" } else { "" },
            ];
            for (c, cell) in cells.iter().enumerate() {
                sheet.write_string(row, c as u16, *cell)?;
            }
        }
        sheet.set_column_width(5, 80)?;
    }
    book.save_to_buffer()
}

/// A quotes sheet's name: "Quotes N " and the bucket's title, as far as Excel's 31 characters
/// and its rules allow (no `[]:*?/\`); the number keeps names apart.
fn sheet_name(n: usize, title: &str) -> String {
    let clean: String = title
        .chars()
        .map(|c| if "[]:*?/\\'".contains(c) { ' ' } else { c })
        .collect();
    let name = format!("Quotes {} {}", n + 1, clean.trim());
    name.chars()
        .take(31)
        .collect::<String>()
        .trim_end()
        .to_string()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_are_made_text() {
        for risky in ["=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(risky), format!("'{risky}"));
        }
        for safe in ["", "<5", "[c]", "12", "a = b", "café", "'quoted"] {
            assert_eq!(neutralise(safe), safe);
        }
    }

    #[test]
    fn sheet_names_keep_to_excels_rules() {
        assert_eq!(sheet_name(0, "What helps"), "Quotes 1 What helps");
        assert_eq!(
            sheet_name(2, "Ideas: [new]/old?"),
            "Quotes 3 Ideas   new  old"
        );
        let long = sheet_name(9, "A very long bucket title that goes on and on");
        assert_eq!(long.chars().count(), 31);
        assert!(long.starts_with("Quotes 10 A very long"));
    }
}
