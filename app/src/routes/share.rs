//! Coordinators' pages for sharing a form: for each channel, the direct link, the embed snippet,
//! a QR code (SVG) and a printable A4 poster. Behind the coordinator token, like the exports.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE,
};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use chorus_core::schema::{Channel, ENGLISH, Form};
use leptos::prelude::*;
use qrcode::{EcLevel, QrCode};
use serde::Deserialize;

use super::{PageError, coordinator_form};
use crate::AppState;
use crate::accounts::{self, Who};
use crate::error::ApiError;
use crate::i18n::{LANGUAGES, language};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/coordinator", get(index))
        .route("/coordinator/forms/{form}/share", get(share))
        .route("/coordinator/forms/{form}/qr.svg", get(qr_svg))
        .route("/coordinator/forms/{form}/poster", get(poster))
}

/// `?channel=`: one of the form's channels, or none for the plain link.
#[derive(Deserialize)]
struct ChannelQuery {
    channel: Option<String>,
}

/// Who a link is for: a channel the form lists, or everyone else (no channel).
struct Target {
    /// Empty for the plain link.
    id: String,
    name: String,
}

impl Target {
    fn direct() -> Target {
        Target {
            id: String::new(),
            name: "No channel (direct link)".into(),
        }
    }

    fn of(channel: &Channel) -> Target {
        Target {
            id: channel.id.clone(),
            name: channel.name.clone(),
        }
    }
}

impl ChannelQuery {
    fn target(&self, form: &Form) -> Result<Target, ApiError> {
        let Some(id) = self.channel.as_deref().filter(|c| !c.is_empty()) else {
            return Ok(Target::direct());
        };
        form.channels
            .iter()
            .find(|c| c.id == id)
            .map(Target::of)
            .ok_or_else(|| {
                ApiError::BadQuery(format!(
                    "the form \"{}\" has no channel \"{id}\": add it under `channels` in the form file, or use one it lists",
                    form.id
                ))
            })
    }
}

/// Every link a form can be shared by: the plain one, then one per channel.
fn targets(form: &Form) -> Vec<Target> {
    std::iter::once(Target::direct())
        .chain(form.channels.iter().map(Target::of))
        .collect()
}

/// Where people reach Chorus: `CHORUS_PUBLIC_URL` when set, else the address this request came
/// to (right on a laptop, wrong behind a proxy that rewrites it: the page says so).
pub(super) fn base_url(state: &AppState, headers: &HeaderMap) -> (String, bool) {
    if let Some(url) = &state.public_url {
        return (url.trim_end_matches('/').to_string(), true);
    }
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        })
        .unwrap_or("localhost");
    (format!("http://{host}"), false)
}

/// The link people open: no language (their phone's settings choose it), the channel if any.
fn direct_link(base: &str, form: &Form, target: &Target) -> String {
    if target.id.is_empty() {
        format!("{base}/f/{}", form.id)
    } else {
        format!("{base}/f/{}?channel={}", form.id, target.id)
    }
}

/// The QR code of `link` as an SVG document: black on white with the standard 4-module quiet
/// zone, error correction M (readable when a poster is a little creased or glared). One path of
/// horizontal runs, a few KB however long the link.
fn qr(link: &str, module: u32) -> Result<String, ApiError> {
    let (view, path) = qr_path(link)?;
    let size = view as u32 * module;
    Ok(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {view} {view}" shape-rendering="crispEdges"><rect width="{view}" height="{view}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
    ))
}

/// The QR code of `link` as the side of its square, quiet zone included, in modules, and one
/// SVG path of its dark modules.
fn qr_path(link: &str) -> Result<(usize, String), ApiError> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M)
        .map_err(|e| ApiError::Internal(format!("QR code: {e}")))?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == qrcode::Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == qrcode::Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + 4,
                    y + 4,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Ok((width + 8, path))
}

/// The QR code of `link` once, as an SVG `<symbol>` with id `id`, for a page that shows it
/// many times (`<use href="#id">`): a sheet of 500 invite cards stays small.
pub(super) fn qr_symbol(link: &str, id: &str) -> Result<String, ApiError> {
    let (view, path) = qr_path(link)?;
    Ok(format!(
        r##"<svg class="qr-symbols" aria-hidden="true"><symbol id="{id}" viewBox="0 0 {view} {view}" shape-rendering="crispEdges"><rect width="{view}" height="{view}" fill="#fff"/><path fill="#000" d="{path}"/></symbol></svg>"##
    ))
}

/// The same code inside an HTML page: no XML declaration, sized by CSS, named for screen readers.
fn inline_qr(link: &str, label: &str) -> Result<String, ApiError> {
    let svg = qr(link, 1)?;
    let label = label
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    Ok(svg.replacen(
        "<svg ",
        &format!(r#"<svg class="qr" role="img" aria-label="{label}" "#),
        1,
    ))
}

/// The coordinator pages' policy: no script, no frame, and forms (the invite codes' one) only
/// to Chorus itself.
const COORDINATOR_CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

pub(super) fn page(
    state: &AppState,
    who: Option<&Who>,
    title: &str,
    lang: &str,
    body: impl IntoView + 'static,
) -> Response {
    let title = title.to_string();
    let css = state.coordinator_css.clone();
    let lang = lang.to_string();
    // Who is signed in, and the way out; none on the sign-in page, or for a token.
    let bar = who.and_then(|w| Some((w.coordinator()?.clone(), w.csrf()?.to_string()))).map(
        |(coordinator, csrf)| {
            view! {
                <header class="account">
                    <p class="account__who">{format!("Signed in as {} ({})", coordinator.name, coordinator.email)}</p>
                    <form class="account__out" method="post" action=super::session::SIGN_OUT>
                        <input type="hidden" name="_csrf" value=csrf/>
                        <button class="link-button" type="submit">"Sign out"</button>
                    </form>
                </header>
            }
        },
    );
    let html = view! {
        <html lang=lang>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="robots" content="noindex"/>
                <title>{title}</title>
                <link rel="icon" href="data:,"/>
                <link rel="stylesheet" href=css/>
            </head>
            <body>{bar}{body}</body>
        </html>
    }
    .to_html();
    let mut response = Html(format!("<!DOCTYPE html>{html}")).into_response();
    let headers = response.headers_mut();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(COORDINATOR_CSP),
    );
    response
}

/// The forms this Chorus serves, with where to share and export each.
async fn index(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, PageError> {
    let who = accounts::who(&state, &headers).await?;
    let forms = state
        .catalog
        .ids()
        .filter_map(|id| state.catalog.get(id))
        .filter(|form| form.organisation == who.organisation)
        .map(|form| {
            let id = form.id.clone();
            view! {
                <li>
                    <h2 class="heading-m">{form.title.text.clone()}</h2>
                    <ul class="list">
                        <li><a href=format!("/coordinator/forms/{id}/dashboard")>"Results: charts and tables"</a></li>
                        <li><a href=format!("/coordinator/forms/{id}/share")>"Links, QR codes and posters"</a></li>
                        <li><a href=format!("/coordinator/forms/{id}/quotes")>"Quotes: sort, theme and review"</a></li>
                        <li><a href=format!("/coordinator/forms/{id}/feedback")>"You said, we did"</a></li>
                        <li><a href=format!("/api/forms/{id}/export.csv")>"Counts (CSV)"</a></li>
                        <li><a href=format!("/api/forms/{id}/export.csv?by=channel")>"Counts by channel (CSV)"</a></li>
                        <li><a href=format!("/api/forms/{id}/totals.csv")>"Responses by language (CSV)"</a></li>
                        <li><a href=format!("/api/forms/{id}/totals.csv?by=channel")>"Responses by channel (CSV)"</a></li>
                        <li><a href=format!("/api/forms/{id}/quotes.csv")>"Quotes (CSV)"</a></li>
                        <li><a href=format!("/api/forms/{id}/export.xlsx")>"Everything in one spreadsheet (XLSX)"</a></li>
                        <li><a href=format!("/coordinator/forms/{id}/versions")>"Versions of the form"</a></li>
                        <li><a href=format!("/coordinator/forms/{id}/delete")>"Delete all answers"</a></li>
                    </ul>
                </li>
            }
        })
        .collect_view();
    let body = view! {
        <main class="width">
            <h1 class="heading-l">"Your forms"</h1>
            <p>"Counts are shown only when enough people have answered: small numbers are shown as “<5” so nobody can be picked out."</p>
            <ul class="forms">{forms}</ul>
        </main>
    };
    Ok(page(
        &state,
        Some(&who),
        "Your forms – Chorus",
        ENGLISH,
        body,
    ))
}

/// Every way to share one form: link, embed snippet, QR code and poster, per channel.
async fn share(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let (base, configured) = base_url(&state, &headers);
    let warning = (!configured).then(|| {
        view! {
            <div class="warning" role="note">
                <p><strong>"These links use the address you opened this page with. "</strong>
                "If people reach Chorus at another address (for example https://listen.example.org behind a proxy), set "
                <code>"CHORUS_PUBLIC_URL"</code>" before printing posters."</p>
            </div>
        }
    });
    let mut sections = Vec::new();
    for target in targets(&form) {
        let link = direct_link(&base, &form, &target);
        let query = if target.id.is_empty() {
            String::new()
        } else {
            format!("?channel={}", target.id)
        };
        let svg = inline_qr(&link, &format!("QR code for {link}"))?;
        let channel_attr = if target.id.is_empty() {
            String::new()
        } else {
            format!(" data-channel=\"{}\"", target.id)
        };
        let snippet = format!(
            "<script async src=\"{base}/embed.js\" data-form=\"{form}\"{channel_attr}></script>\n<noscript><a href=\"{link}\">{title}</a></noscript>",
            form = form.id,
            title = form.title.text,
        );
        let heading_id = if target.id.is_empty() {
            "channel-direct".to_string()
        } else {
            format!("channel-{}", target.id)
        };
        let labelled_by = heading_id.clone();
        let form_id = form.id.clone();
        sections.push(view! {
            <section class="channel" aria-labelledby=labelled_by>
                <h2 class="heading-m" id=heading_id>{target.name.clone()}</h2>
                {(!target.id.is_empty()).then(|| view! { <p class="caption">"Channel id: "<code>{target.id.clone()}</code></p> })}
                <div class="channel__body">
                    <div class="channel__qr" inner_html=svg></div>
                    <div class="channel__text">
                        <h3 class="heading-s">"Link"</h3>
                        <p class="link"><a href=link.clone()>{link.clone()}</a></p>
                        <ul class="list">
                            <li><a href=format!("/coordinator/forms/{form_id}/poster{query}")>"Print a poster (A4)"</a></li>
                            <li><a href=format!("/coordinator/forms/{form_id}/qr.svg{query}") download="">"Download the QR code (SVG)"</a></li>
                        </ul>
                        <h3 class="heading-s">"Embed on a website"</h3>
                        <pre class="snippet"><code>{snippet}</code></pre>
                    </div>
                </div>
            </section>
        });
    }
    let title = format!("Share “{}”", form.title.text);
    let invites = form.invite_only.then(|| {
        super::invites::print_form(
            &form.id,
            poster_languages(&state, &form),
            who.csrf().map(str::to_string),
        )
    });
    let body = view! {
        <main class="width">
            <p><a href="/coordinator">"Your forms"</a></p>
            <h1 class="heading-l">{title.clone()}</h1>
            <p>"Give each community group or venue its own link, QR code or poster, so you can see how many people each one reached and what they said, without asking anyone who they are. Channels are listed in the form file."</p>
            {warning}
            {invites}
            {sections}
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

async fn qr_svg(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<ChannelQuery>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, _) = coordinator_form(&state, &headers, id).await?;
    let target = query.target(&form)?;
    let (base, _) = base_url(&state, &headers);
    let svg = qr(&direct_link(&base, &form, &target), 10)?;
    let name = if target.id.is_empty() {
        format!("{}-qr.svg", form.id)
    } else {
        format!("{}-{}-qr.svg", form.id, target.id)
    };
    Ok((
        [
            (CONTENT_TYPE, HeaderValue::from_static("image/svg+xml")),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("inline; filename=\"{name}\""))
                    .unwrap_or(HeaderValue::from_static("inline")),
            ),
        ],
        svg,
    )
        .into_response())
}

/// The poster's languages: English, then each language the form's title is translated into
/// (the form was written for them), in Chorus's order.
pub(super) fn poster_languages(state: &AppState, form: &Form) -> Vec<&'static str> {
    state
        .locales
        .offered(form)
        .into_iter()
        .filter(|tag| *tag == ENGLISH || form.title.translations.contains_key(*tag))
        .take(4)
        .collect()
}

/// An A4 page to print and put up at a venue: what it is, in the form's languages, the QR
/// code, the link to type, and the promise that it is anonymous.
async fn poster(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<ChannelQuery>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (form, who) = coordinator_form(&state, &headers, id).await?;
    let target = query.target(&form)?;
    let (base, _) = base_url(&state, &headers);
    let link = direct_link(&base, &form, &target);
    let on_poster = poster_languages(&state, &form);
    let blocks = on_poster
        .iter()
        .enumerate()
        .map(|(n, tag)| {
            let local = form.localised(tag);
            let dir = if language(tag).is_some_and(|l| l.rtl) {
                "rtl"
            } else {
                "ltr"
            };
            let get = |id: &str| state.locales.get(tag, id);
            let minutes = state
                .locales
                .get_with(tag, "start-time", "minutes", form.minutes as usize);
            let title = local.title.text.clone();
            let heading = if n == 0 {
                leptos::either::Either::Left(view! { <h1 class="poster__title">{title}</h1> })
            } else {
                leptos::either::Either::Right(view! { <p class="poster__title">{title}</p> })
            };
            view! {
                <div class="poster__language" lang=tag.to_string() dir=dir>
                    {heading}
                    <p class="poster__invite">{format!("{} {minutes}", get("poster-invitation"))}</p>
                    <p class="poster__promise">{get("poster-promise")}</p>
                </div>
            }
        })
        .collect_view();
    // The other languages the form can be answered in, each named in itself.
    let also: Vec<_> = state
        .locales
        .offered(&form)
        .into_iter()
        .filter(|t| !on_poster.contains(t))
        .filter_map(|t| LANGUAGES.iter().find(|l| l.tag == t))
        .collect();
    let also = (!also.is_empty()).then(|| {
        let names = also
            .iter()
            .map(|l| view! { <span class="poster__name" lang=l.tag>{l.name}</span> })
            .collect_view();
        view! { <p class="poster__also">{format!("{} ", state.locales.get(ENGLISH, "poster-also"))}{names}</p> }
    });
    let svg = inline_qr(&link, &state.locales.get(ENGLISH, "poster-qr-label"))?;
    let logo = form.logo.as_ref().map(|l| {
        view! { <img class="poster__logo" src=l.src.clone() alt=l.alt.text.clone()/> }
    });
    let channel = (!target.id.is_empty())
        .then(|| view! { <p class="poster__channel">{target.name.clone()}</p> });
    let body = view! {
        <main class="poster">
            {logo}
            {blocks}
            <div class="poster__qr" inner_html=svg></div>
            <p class="poster__link" lang="en-GB">{format!("{} ", state.locales.get(ENGLISH, "poster-type-link"))}<span class="poster__url">{link.clone()}</span></p>
            {also}
            {channel}
        </main>
    };
    Ok(page(
        &state,
        Some(&who),
        &format!("Poster: {}", form.title.text),
        on_poster.first().copied().unwrap_or(ENGLISH),
        body,
    ))
}
