//! The browser's side of the journey: reading the page, history, focus and sending answers.
//! Only built for the wasm (feature `hydrate`).

use chorus_core::answers::{Answer, RawAnswers, Submission};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FormData, HtmlElement, HtmlFormElement, Request, RequestInit, Response};

use crate::app::{Journey, title};
use crate::page::{PageData, PageError, Step};

/// The page's data, which the server put in `<script id="chorus-page">`.
pub fn page_data() -> Option<PageData> {
    let text = document()
        .get_element_by_id("chorus-page")?
        .text_content()?;
    crate::wire::decode(&text)
}

/// A form was submitted: do in the page what the server would do with the post.
pub fn on_submit(journey: &Journey, ev: leptos::ev::SubmitEvent) {
    let Some(form) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
    else {
        return;
    };
    ev.prevent_default();
    let submitter = ev.submitter();
    let action = submitter
        .as_ref()
        .and_then(|b| b.get_attribute("formaction"))
        .or_else(|| form.get_attribute("action"))
        .unwrap_or_default();
    let mut pairs = Vec::new();
    if let Ok(data) = FormData::new_with_form(&form) {
        for entry in data.entries().into_iter().flatten() {
            let entry: js_sys::Array = entry.unchecked_into();
            if let (Some(name), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string())
            {
                pairs.push((name, value));
            }
        }
    }
    // FormData leaves out the button that was pressed; its name and value matter ("Skip").
    if let Some(b) = submitter
        && let Some(name) = b.get_attribute("name")
    {
        pairs.push((name, b.get_attribute("value").unwrap_or_default()));
    }
    journey.post(&action, &pairs);
}

/// After a step is shown: its URL in the history, its title, focus on its heading.
pub fn after_show(journey: &Journey, step: Step) {
    let path = step.path(&journey.form);
    if let Ok(history) = window().history() {
        let here = window().location().pathname().unwrap_or_default();
        if here != path {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&path));
        }
    }
    focus_page(journey, step);
}

fn focus_page(journey: &Journey, step: Step) {
    document().set_title(&title(
        &journey.form,
        &journey.strings,
        step,
        journey.error.get_untracked(),
    ));
    request_animation_frame(|| {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        let target = document()
            .query_selector("[data-chorus-focus]")
            .ok()
            .flatten()
            .or_else(|| {
                document()
                    .query_selector("main h1 [tabindex], main h1[tabindex]")
                    .ok()
                    .flatten()
            });
        if let Some(el) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Leaves for the neutral site, replacing this page in the history so Back does not return to it.
pub fn leave(href: &str) {
    let _ = window().location().replace(href);
}

/// Browser Back and Forward move between steps without a page load (answers stay in memory),
/// and Escape pressed three times within two seconds leaves the page.
pub fn listen(journey: Journey) {
    let exit = journey.form.exit_url.clone();
    let presses = std::cell::Cell::new((0u32, 0f64));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" {
            return;
        }
        let now = js_sys::Date::now();
        let (count, last) = presses.get();
        let count = if now - last < 2000.0 { count + 1 } else { 1 };
        presses.set((count, now));
        if count >= 3 {
            leave(&exit);
        }
    });
    std::mem::forget(keys);
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let path = window().location().pathname().unwrap_or_default();
        if let Some(step) = Step::from_path(&journey.form, &path).filter(|s| *s != Step::Submit) {
            journey.error.set(None);
            journey.step.set(step);
            focus_page(&journey, step);
        }
    });
    // The widget lives as long as the page.
    std::mem::forget(handle);
}

/// Sends the answers as JSON; on success shows the confirmation and forgets them.
pub fn send(journey: Journey) {
    if journey.sending.get_untracked() {
        return;
    }
    journey.sending.set(true);
    let form = journey.form.clone();
    let answers = journey.answers.get_untracked();
    let body = Submission {
        answers: RawAnswers::from_answers(&form, &answers),
    }
    .to_json();
    let url = format!("/api/forms/{}/responses", form.id);
    leptos::task::spawn_local(async move {
        let sent = post_json(&url, &body).await.unwrap_or(false);
        journey.sending.set(false);
        if sent {
            journey
                .answers
                .set(vec![Answer::Skipped; form.questions.len()]);
            journey.show(Step::Done, None);
        } else {
            journey.show(Step::Check, Some(PageError::NotSent));
        }
    });
}

async fn post_json(url: &str, body: &str) -> Result<bool, JsValue> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(body));
    let headers = web_sys::Headers::new()?;
    headers.set("content-type", "application/json")?;
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(url, &init)?;
    let response: Response = JsFuture::from(window().fetch_with_request(&request))
        .await?
        .dyn_into()?;
    Ok(response.status() == 201)
}
