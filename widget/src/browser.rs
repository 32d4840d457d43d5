//! The browser's side of the journey: reading the page, history, focus and sending answers.
//! Only built for the wasm (feature `hydrate`).

use chorus_core::answers::{Answer, Submission};
use chorus_core::schema::Form;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FormData, HtmlElement, HtmlFormElement, Request, RequestInit, Response};

use crate::app::{Delivery, Journey, title};
use crate::page::{Draft, PageData, PageError, Step, Via, advance, carried, field, posted_invite};
use crate::wire::{decode_draft, encode_draft};

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
    let mut pairs = form_pairs(&form);
    // FormData leaves out the button that was pressed; its name and value matter ("Skip").
    if let Some(b) = submitter
        && let Some(name) = b.get_attribute("name")
    {
        pairs.push((name, b.get_attribute("value").unwrap_or_default()));
    }
    journey.post(&action, &pairs);
}

/// The fields of a page's form as `name=value` pairs.
fn form_pairs(form: &HtmlFormElement) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    if let Ok(data) = FormData::new_with_form(form) {
        for entry in data.entries().into_iter().flatten() {
            let entry: js_sys::Array = entry.unchecked_into();
            if let (Some(name), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string())
            {
                pairs.push((name, value));
            }
        }
    }
    pairs
}

/// After a step is shown: its URL in the history, its title, focus on its heading.
pub fn after_show(journey: &Journey, step: Step) {
    match step {
        Step::Question(_) | Step::Change(_) | Step::Check => save_draft(journey, step),
        Step::Done => {
            remove_draft(&journey.form.id);
            journey.stored.set(false);
        }
        Step::Saved => save_draft(journey, journey.paused_at.get_untracked()),
        Step::Start | Step::Submit => {}
    }
    let path = step.url(&journey.form, &journey.via);
    if let Ok(history) = window().history() {
        let location = window().location();
        let here = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
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

/// The CLDR plural category of `n` in `lang`, from the browser (no plural rules in the wasm).
pub fn plural_category(lang: &str, n: u64) -> String {
    let locales = js_sys::Array::of1(&JsValue::from_str(lang));
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    String::from(rules.select(n as f64))
}

thread_local! {
    static PAUSE: std::cell::Cell<Option<leptos::prelude::TimeoutHandle>> = const { std::cell::Cell::new(None) };
}

/// Runs `then` once typing has paused for a second (a newer call cancels an older one), so a
/// screen reader is told the count once, not at every key.
pub fn after_pause(then: impl FnOnce() + 'static) {
    if let Some(old) = PAUSE.take() {
        old.clear();
    }
    let handle = set_timeout_with_handle(then, std::time::Duration::from_millis(1000)).ok();
    PAUSE.set(handle);
}

/// Inside a partner's iframe: tell the partner page (only if it is one the form allows) how tall
/// the form is, rounded up to 80 px so the height says nothing about the answers.
fn tell_embedder_the_height(form: &Form) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    if parent == window() {
        return;
    }
    let referrer = document().referrer();
    let origin = referrer
        .splitn(4, '/')
        .take(3)
        .collect::<Vec<_>>()
        .join("/");
    let own = window().location().origin().unwrap_or_default();
    if origin != own && !form.embed_origins.contains(&origin) {
        return;
    }
    let post = move || {
        let Some(root) = document().document_element() else {
            return;
        };
        // The content's height (scrollHeight never drops below the frame's own height).
        let height = (root.get_bounding_client_rect().height() / 80.0).ceil() * 80.0;
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"chorus".into(), &"height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        let _ = parent.post_message(&message, &origin);
    };
    post();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(post);
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    callback.forget();
}

/// Leaves for the neutral site: the whole window (also from inside a partner's iframe), replacing
/// this page in the history so Back does not return to it; answers saved on the device go too
/// unless the form says otherwise.
pub fn leave(form: &Form) {
    if form.exit_clears_draft {
        remove_draft(&form.id);
        clear_outbox(&form.id);
    }
    let top = window().top().ok().flatten().unwrap_or_else(window);
    if top.location().replace(&form.exit_url).is_err() {
        let _ = window().location().replace(&form.exit_url);
    }
}

const DRAFT_PREFIX: &str = "chorus-draft:";

/// Keeps the answers so far on this device (never sent), as people go.
fn save_draft(journey: &Journey, step: Step) {
    save_draft_with(journey, step, None);
}

/// With `carry_on_in`, the draft is for that language's page to pick up without asking.
fn save_draft_with(journey: &Journey, step: Step, carry_on_in: Option<&str>) {
    if journey.form.draft_days == 0 {
        return;
    }
    let draft = Draft {
        saved_ms: now_ms(),
        lang: carry_on_in.unwrap_or(&journey.strings.lang).to_string(),
        channel: journey.via.channel.clone(),
        carry_on: carry_on_in.is_some(),
        step,
        answers: journey.answers.get_untracked(),
        invite: journey.invite.get_untracked(),
    };
    if let Some(s) = storage()
        && s.set_item(
            &format!("{DRAFT_PREFIX}{}", journey.form.id),
            &encode_draft(&draft),
        )
        .is_ok()
    {
        journey.stored.set(true);
    }
}

/// Switching language loads the page in that language: the answers on this page and before it
/// go with it, through the device's storage, and are picked up there without asking.
pub fn before_language_switch(journey: &Journey, lang: &str) {
    let step = match journey.step.get_untracked() {
        Step::Submit | Step::Saved | Step::Done => return,
        step => step,
    };
    // This page's answer too: read it from the page as "Continue" would.
    if let Some(form) = document()
        .query_selector("main form")
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
    {
        let pairs = form_pairs(&form);
        let fields = || pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
        if let Ok((answers, _)) = advance(&journey.form, fields()) {
            journey.answers.set(answers);
        }
        if pairs.iter().any(|(n, _)| n == field::INVITE) {
            journey.invite.set(posted_invite(&journey.form, fields()));
        }
    }
    save_draft_with(journey, step, Some(lang));
}

/// Opens a draft in the language it was answered in: a page load in that language, which picks
/// the answers up without asking.
pub fn reopen_in(form: &Form, mut draft: Draft) {
    draft.carry_on = true;
    let via = Via {
        lang: draft.lang.clone(),
        channel: draft.channel.clone(),
    };
    let url = draft.step.url(form, &via);
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("{DRAFT_PREFIX}{}", form.id), &encode_draft(&draft));
    }
    let _ = window().location().assign(&url);
}

/// Answers saved on this device for this form, if any and not past the form's `draft_days`.
fn load_draft(form: &Form) -> Option<Draft> {
    let text = storage()?
        .get_item(&format!("{DRAFT_PREFIX}{}", form.id))
        .ok()??;
    // A draft must still fit the form: ids may have changed since it was saved.
    let draft = decode_draft(&text, form.questions.len()).filter(|d| {
        advance(
            form,
            carried(form, &d.answers, None)
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str())),
        )
        .is_ok()
    });
    let fresh = draft
        .as_ref()
        .is_some_and(|d| d.saved_ms + u64::from(form.draft_days) * 86_400_000 > now_ms());
    if !fresh {
        remove_draft(&form.id);
    }
    draft.filter(|_| fresh)
}

pub fn remove_draft(form_id: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&format!("{DRAFT_PREFIX}{form_id}"));
    }
}

/// Browser Back and Forward move between steps without a page load (answers stay in memory),
/// and Escape pressed three times within two seconds leaves the page.
pub fn listen(journey: Journey) {
    // After hydration (effects run once the page is live), so the first render matches the server's.
    let waking = journey.clone();
    Effect::new(move |_| {
        waking.hydrated.set(true);
        tell_embedder_the_height(&waking.form);
        if let Some(draft) = load_draft(&waking.form) {
            waking.stored.set(true);
            // Coming from another language's page: carry on where the person was, unasked.
            let here = waking.step.get_untracked();
            if draft.carry_on && draft.lang == waking.strings.lang && draft.step == here {
                waking.answers.set(draft.answers);
                waking.invite.set(draft.invite);
                waking.refresh();
                save_draft(&waking, here);
                return;
            }
            // Only offer it when it holds something, and not over a journey already under way.
            let step = waking.step.get_untracked();
            if draft.answers.iter().any(|a| !a.is_skipped())
                && matches!(step, Step::Start | Step::Question(0))
            {
                waking.draft.set(Some(draft));
            }
        }
    });
    let exit = journey.form.clone();
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
    let back_online = {
        let journey = journey.clone();
        window_event_listener(leptos::ev::online, move |_| flush_outbox(journey.clone()))
    };
    std::mem::forget(back_online);
    flush_outbox(journey.clone());
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

/// Sends the answers as JSON. They go into the device's outbox first, with a random
/// idempotency key, so a network failure, a closed tab or a crash loses nothing and a retry is
/// counted once. Only the outbox survives: nothing else of the answers is stored.
pub fn send(journey: Journey) {
    if journey.sending.get_untracked() {
        return;
    }
    journey.sending.set(true);
    let form = journey.form.clone();
    let answers = journey.answers.get_untracked();
    let pending = Pending {
        form: form.id.clone(),
        pow: form.proof_of_work,
        key: random_key().unwrap_or_default(),
        expires: now_ms() + OUTBOX_DAYS * 86_400_000,
        body: Submission {
            lang: Some(journey.strings.lang.clone()),
            channel: Some(journey.via.channel.clone()).filter(|c| !c.is_empty()),
            invite: Some(journey.invite.get_untracked()).filter(|c| !c.is_empty()),
            ..Submission::from_answers(&form, &answers)
        }
        .to_json(),
    };
    // Without a key or storage there is no outbox: then only a counted answer moves on.
    let kept = !pending.key.is_empty() && pending.save();
    leptos::task::spawn_local(async move {
        let mut outcome = pending.post(Some(journey.slow)).await;
        // A refused proof of work is mostly put right by a fresh challenge (the server restarted
        // with a new key while it was being solved, say, or another server without the same key
        // issued it): one more try, and no more, for each press of "Send your answers".
        if matches!(outcome, Outcome::PowFailed) {
            outcome = pending.post(Some(journey.slow)).await;
        }
        journey.sending.set(false);
        journey.slow.set(false);
        let delivery = match outcome {
            Outcome::Counted => Delivery::Counted,
            Outcome::Waiting if kept => Delivery::Waiting,
            Outcome::Limited if kept => {
                retry_later(journey.clone());
                Delivery::Limited
            }
            Outcome::Waiting | Outcome::Limited | Outcome::Refused => {
                journey.show(Step::Check, Some(PageError::NotSent));
                return;
            }
            // The proof of work was refused twice: the answers stay on the check page (and in
            // the draft) to send again; the outbox entry goes, so sending again makes no second
            // one.
            Outcome::PowFailed => {
                pending.forget();
                journey.show(Step::Check, Some(PageError::PowRefused));
                return;
            }
            // The invite code: put it right on the check page, answers kept.
            Outcome::NoEntry => {
                let error = if journey.invite.with_untracked(String::is_empty) {
                    PageError::InviteMissing
                } else {
                    PageError::InviteRefused
                };
                journey.show(Step::Check, Some(error));
                return;
            }
        };
        journey
            .answers
            .set(vec![Answer::Skipped; form.questions.len()]);
        journey.invite.set(String::new());
        journey.delivery.set(delivery);
        journey.show(Step::Done, None);
        // Waiting answers are on the device: they can be removed from it like a draft.
        journey
            .stored
            .set(matches!(delivery, Delivery::Waiting | Delivery::Limited));
    });
}

/// A device keeps an unsent submission this long (the server remembers keys a day longer).
const OUTBOX_DAYS: u64 = 7;

/// Milliseconds since the epoch as an integer: formatting or parsing floats would pull Rust's
/// float machinery (over 10 KB) into the wasm.
fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
const OUTBOX_PREFIX: &str = "chorus-outbox:";

/// A submission waiting in the device's outbox (localStorage), one entry per submission.
struct Pending {
    form: String,
    /// The form asks for proof of work: a challenge is fetched and solved at each try (a
    /// solution expires, so none is stored).
    pow: bool,
    key: String,
    expires: u64,
    body: String,
}

enum Outcome {
    Counted,
    /// No answer from the server: it stays in the outbox.
    Waiting,
    /// The server refused it (the form changed, say): retrying cannot help.
    Refused,
    /// Too many answers from this connection lately (429): it stays in the outbox for later.
    Limited,
    /// An invite-only form, and the code was missing, used already or not right (403).
    NoEntry,
    /// A proof-of-work form, and the solution was refused (403) or none was found: it stays in
    /// the outbox (until [`send`] gives up after its second try).
    PowFailed,
}

/// How long to wait before trying again after a 429, while the page stays open.
const LIMITED_RETRY: std::time::Duration = std::time::Duration::from_secs(5 * 60);

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

impl Pending {
    /// Whether it is now in the outbox (storage can be blocked, full or private).
    fn save(&self) -> bool {
        // Older entries have no "pow" part; a body always starts with '{'.
        let pow = if self.pow { "pow\u{1f}" } else { "" };
        let value = format!(
            "{}\u{1f}{}\u{1f}{pow}{}",
            self.form, self.expires, self.body
        );
        storage().is_some_and(|s| {
            s.set_item(&format!("{OUTBOX_PREFIX}{}", self.key), &value)
                .is_ok()
        })
    }

    fn forget(&self) {
        if let Some(s) = storage() {
            let _ = s.remove_item(&format!("{OUTBOX_PREFIX}{}", self.key));
        }
    }

    fn all() -> Vec<Pending> {
        let Some(s) = storage() else {
            return Vec::new();
        };
        let len = s.length().unwrap_or(0);
        let keys: Vec<String> = (0..len).filter_map(|i| s.key(i).ok().flatten()).collect();
        keys.into_iter()
            .filter_map(|k| {
                let key = k.strip_prefix(OUTBOX_PREFIX)?.to_string();
                let value = s.get_item(&k).ok().flatten()?;
                let mut parts = value.splitn(3, '\u{1f}');
                let form = parts.next()?.to_string();
                let expires = parts.next()?.parse().ok()?;
                let rest = parts.next()?;
                let (pow, body) = match rest.strip_prefix("pow\u{1f}") {
                    Some(body) => (true, body),
                    None => (false, rest),
                };
                Some(Pending {
                    form,
                    pow,
                    expires,
                    body: body.to_string(),
                    key,
                })
            })
            .collect()
    }

    /// Sends it (solving a fresh proof-of-work challenge first, if the form asks); `slow` is
    /// set when solving takes long, so the page can say so.
    async fn post(&self, slow: Option<RwSignal<bool>>) -> Outcome {
        let body = if self.pow {
            match proof_of_work(&self.form, slow).await {
                Ok(Some(pow)) => with_pow(&self.body, &pow),
                // No challenge for this form: the server decides.
                Ok(None) => self.body.clone(),
                Err(outcome) => return outcome,
            }
        } else {
            self.body.clone()
        };
        let outcome = match post_json(
            &format!("/api/forms/{}/responses", self.form),
            &self.key,
            &body,
        )
        .await
        {
            Ok((201, _)) => Outcome::Counted,
            Ok((429, _)) => return Outcome::Limited,
            Ok((403, true)) => return Outcome::PowFailed,
            Ok((403, _)) => Outcome::NoEntry,
            Ok((status, _)) if (400..500).contains(&status) && status != 408 => Outcome::Refused,
            _ => return Outcome::Waiting,
        };
        self.forget();
        outcome
    }
}

/// Sends whatever waits in the outbox (on load and whenever the device is back online); drops
/// what is past its expiry.
pub fn flush_outbox(journey: Journey) {
    leptos::task::spawn_local(async move {
        let mut refused = false;
        for pending in Pending::all() {
            if pending.expires < now_ms() {
                pending.forget();
                continue;
            }
            match pending.post(None).await {
                // A refused proof of work is tried again with a new challenge next time.
                Outcome::Waiting | Outcome::PowFailed => return,
                Outcome::Limited => {
                    retry_later(journey);
                    return;
                }
                Outcome::Refused | Outcome::NoEntry => refused = true,
                Outcome::Counted => {}
            }
        }
        // Only a confirmation page that is waiting changes its word.
        if matches!(
            journey.delivery.get_untracked(),
            Delivery::Waiting | Delivery::Limited
        ) {
            journey.delivery.set(if refused {
                Delivery::Refused
            } else {
                Delivery::Counted
            });
        }
    });
}

/// After a 429, the outbox is tried again in a few minutes if the page is still open (and on
/// the next visit in any case).
fn retry_later(journey: Journey) {
    set_timeout(move || flush_outbox(journey), LIMITED_RETRY);
}

/// Removes this form's unsent submissions from the device.
pub fn clear_outbox(form_id: &str) {
    for pending in Pending::all().into_iter().filter(|p| p.form == form_id) {
        pending.forget();
    }
}

/// 128 random bits from the browser's CSPRNG, base64url without padding (22 characters);
/// `None` if the browser gives none (never a predictable key, which would make later
/// submissions look like repeats).
fn random_key() -> Option<String> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bytes = [0u8; 18];
    window()
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    // 18 bytes give 24 characters; keep 22 (132 bits).
    let mut out = String::with_capacity(24);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16) | (u32::from(chunk[1]) << 8) | u32::from(chunk[2]);
        for shift in [18, 12, 6, 0] {
            out.push(ALPHABET[((n >> shift) & 63) as usize] as char);
        }
    }
    out.truncate(22);
    Some(out)
}

/// How many numbers are tried between looks at the clock and the page (about 20 ms on a phone).
const POW_SLICE: u64 = 10_000;

/// After this long solving, the check page says sending takes a while.
const POW_SLOW_MS: u64 = 1_500;

/// Fetches a challenge for `form` and solves it: the `pow` field (base64 of the solution's JSON,
/// ALTCHA's payload). `Ok(None)`: the server has no challenge for this form (refused, so the
/// submission goes without and the server says why). Solved in slices, giving the page its
/// turn between them.
async fn proof_of_work(
    form: &str,
    slow: Option<RwSignal<bool>>,
) -> Result<Option<String>, Outcome> {
    let text = match get_text(&format!("/api/forms/{form}/challenge")).await {
        Ok((200, text)) => text,
        Ok((status, _)) if (400..500).contains(&status) && ![408, 429].contains(&status) => {
            return Ok(None);
        }
        _ => return Err(Outcome::Waiting),
    };
    let challenge = chorus_core::pow::Challenge::from_json(&text).ok_or(Outcome::PowFailed)?;
    let started = now_ms();
    let mut from = 0;
    let number = loop {
        if from > challenge.maxnumber {
            return Err(Outcome::PowFailed);
        }
        let to = from.saturating_add(POW_SLICE);
        if let Some(n) = challenge.solve_range(from, to) {
            break n;
        }
        from = to;
        if let Some(slow) = slow
            && now_ms().saturating_sub(started) > POW_SLOW_MS
        {
            slow.set(true);
        }
        next_task().await;
    };
    window()
        .btoa(&challenge.solution(number).payload_json())
        .map(Some)
        .map_err(|_| Outcome::PowFailed)
}

/// The submission's JSON with `"pow"` added (base64 needs no escaping).
fn with_pow(body: &str, pow: &str) -> String {
    let open = body.strip_suffix('}').unwrap_or(body);
    format!("{open},\"pow\":\"{pow}\"}}")
}

/// Waits for a new task (`setTimeout` 0), so the page can draw and respond meanwhile.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

/// A GET's status and body text.
async fn get_text(url: &str) -> Result<(u16, String), JsValue> {
    let init = RequestInit::new();
    init.set_method("GET");
    let request = Request::new_with_str_and_init(url, &init)?;
    let response: Response = JsFuture::from(window().fetch_with_request(&request))
        .await?
        .dyn_into()?;
    let text = JsFuture::from(response.text()?).await?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}

/// The status, and whether a 403 was about proof of work (not an invite code).
async fn post_json(url: &str, key: &str, body: &str) -> Result<(u16, bool), JsValue> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(body));
    let headers = web_sys::Headers::new()?;
    headers.set("content-type", "application/json")?;
    if !key.is_empty() {
        headers.set("idempotency-key", key)?;
    }
    init.set_headers(&headers);
    // A request that hangs is a connection that failed: it stays in the outbox.
    // (AbortSignal.timeout is missing in browsers before 2022: then there is no time limit.)
    let has_timeout = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into())
        .and_then(|a| js_sys::Reflect::get(&a, &"timeout".into()))
        .is_ok_and(|t| t.is_function());
    if has_timeout {
        init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(30_000)));
    }
    let request = Request::new_with_str_and_init(url, &init)?;
    let response: Response = JsFuture::from(window().fetch_with_request(&request))
        .await?
        .dyn_into()?;
    let status = response.status();
    let pow = if status == 403 {
        let text = JsFuture::from(response.text()?).await?;
        text.as_string()
            .is_some_and(|t| t.contains("\"proof_of_work_"))
    } else {
        false
    };
    Ok((status, pow))
}
