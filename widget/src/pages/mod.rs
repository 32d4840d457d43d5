//! One file per page of the journey, plus the pieces they share.

pub mod check;
pub mod done;
pub mod question;
pub mod saved;
pub mod start;

use leptos::prelude::*;

use std::sync::Arc;

use chorus_core::schema::{Form, Text};

use crate::app::Journey;
use crate::page::{DEFAULT_LANG, PageError, Step, carried, field};
use crate::strings::{Msg, Strings};

/// GOV.UK's error summary: at the top of the page, focused, linking to the field at fault.
#[component]
pub fn ErrorSummary(title: String, message: String, target: String) -> impl IntoView {
    view! {
        <div class="chorus-error-summary" role="alert" tabindex="-1" data-chorus-focus="">
            <h2 class="chorus-error-summary__title">{title}</h2>
            <ul class="chorus-error-summary__list">
                <li><a href=format!("#{target}")>{message}</a></li>
            </ul>
        </div>
    }
}

/// Hidden inputs carrying the other answers through a page, so the server keeps no state.
pub fn carried_inputs(journey: &Journey, except: Option<usize>) -> impl IntoView + use<> {
    let answers = journey.answers.get_untracked();
    carried(&journey.form, &answers, except)
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view()
}

/// The invite code of an invite-only form, carried through a page in a hidden field.
pub fn carried_invite(journey: &Journey) -> impl IntoView + use<> {
    let code = journey.invite.get_untracked();
    (!code.is_empty()).then(|| view! { <input type="hidden" name=field::INVITE value=code/> })
}

/// What is wrong with the invite code on this page, if anything.
fn invite_message(journey: &Journey) -> Option<String> {
    let s = &journey.strings;
    match journey.error.get_untracked() {
        Some(PageError::InviteMissing) => Some(s.get(Msg::InviteMissing).to_string()),
        Some(PageError::InviteRefused) => Some(s.get(Msg::InviteRefused).to_string()),
        _ => None,
    }
}

/// The error summary for a missing or refused invite code, linking to its box.
pub fn invite_summary(journey: &Journey) -> impl IntoView + use<> {
    let title = journey.strings.get(Msg::ErrorSummaryTitle).to_string();
    invite_message(journey).map(|message| {
        view! { <ErrorSummary title message target="chorus-invite".to_string()/> }
    })
}

/// "Your invite code" (GOV.UK text input): on an invite-only form's start page, and on "Check
/// your answers" when the code was missing or refused, so it can be put right there.
pub fn invite_input(journey: &Journey) -> impl IntoView + use<> {
    let s = journey.strings.clone();
    let message = invite_message(journey);
    let (group, input, described_by) = if message.is_some() {
        (
            "chorus-form-group chorus-form-group--error",
            "chorus-input chorus-input--code chorus-input--error",
            "chorus-invite-hint chorus-invite-error",
        )
    } else {
        (
            "chorus-form-group",
            "chorus-input chorus-input--code",
            "chorus-invite-hint",
        )
    };
    let error = message.map(|m| {
        view! {
            <p id="chorus-invite-error" class="chorus-error-message">
                <span class="chorus-visually-hidden">{s.get(Msg::ErrorPrefix).to_string()}" "</span>{m}
            </p>
        }
    });
    view! {
        <div class=group>
            <label class="chorus-label" for="chorus-invite">{s.get(Msg::InviteLabel).to_string()}</label>
            <div id="chorus-invite-hint" class="chorus-hint">{s.get(Msg::InviteHint).to_string()}</div>
            {error}
            <input class=input id="chorus-invite" name=field::INVITE type="text" value=journey.invite.get_untracked()
                autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby=described_by/>
        </div>
    }
}

/// "Leave this page": first on every page, so one Tab reaches it. Without wasm it is a plain link
/// that does not tell the next site where the person was (no referrer); with wasm it replaces
/// this page in the history, and pressing Escape three times does the same.
#[component]
pub fn QuickExit(
    form: Arc<Form>,
    strings: Arc<Strings>,
    hydrated: RwSignal<bool>,
) -> impl IntoView {
    let leaving = form.clone();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        {
            ev.prevent_default();
            crate::browser::leave(&leaving);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&leaving, ev);
    };
    // The Escape shortcut needs the wasm: say so only when it works.
    let hint = strings.get(Msg::LeavePageHint).to_string();
    let hint = move || {
        hydrated
            .get()
            .then(|| view! { <span class="chorus-exit__hint">{hint.clone()}</span> })
    };
    view! {
        <div class="chorus-exit">
            // target=_top: inside a partner's iframe, the whole window must go, not just the frame.
            <a class="chorus-exit__button" href=form.exit_url.clone() target="_top" rel="noreferrer" on:click=on_click>
                {strings.get(Msg::LeavePage).to_string()}
            </a>
            {hint}
        </div>
    }
}

/// The latest "you said, we did" entries, and a link to all of them: listening leads
/// somewhere. Nothing when there are none.
pub fn feedback_block(journey: &Journey) -> impl IntoView + use<> {
    let s = journey.strings.clone();
    let entries = journey.feedback.clone();
    let link = format!(
        "{}/you-said-we-did{}",
        Step::Start.path(&journey.form),
        journey.via.query()
    );
    (!entries.is_empty()).then(move || {
        let items = entries
            .iter()
            .map(|f| {
                view! {
                    <li class="chorus-feedback__entry" lang=f.lang.clone()>
                        <p class="chorus-body"><strong>{s.get(Msg::FeedbackYouSaid).to_string()}</strong>" "{f.you_said.clone()}</p>
                        <p class="chorus-body"><strong>{s.get(Msg::FeedbackWeDid).to_string()}</strong>" "{f.we_did.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="chorus-feedback" aria-labelledby="chorus-feedback-title">
                <h2 class="chorus-heading-m" id="chorus-feedback-title">{s.get(Msg::FeedbackTitle).to_string()}</h2>
                <ul class="chorus-feedback__list">{items}</ul>
                <p class="chorus-body"><a href=link>{s.get(Msg::FeedbackAll).to_string()}</a></p>
            </section>
        }
    })
}

/// Where to get help now, from the form file. Collapsed behind "Get help now" on every page, open
/// on the start and confirmation pages.
#[component]
pub fn SupportBlock(form: Arc<Form>, strings: Arc<Strings>, collapsed: bool) -> impl IntoView {
    let support = form.support.clone()?;
    let links = support
        .links
        .iter()
        .map(|l| view! { <li><a href=l.href.clone() rel="noreferrer" lang=en(&l.label)>{l.label.text.clone()}</a></li> })
        .collect_view();
    let text = (!support.text.is_empty()).then(
        || view! { <p class="chorus-body" lang=en(&support.text)>{support.text.text.clone()}</p> },
    );
    let body = view! {
        {text}
        <ul class="chorus-list">{links}</ul>
    };
    Some(if collapsed {
        leptos::either::Either::Left(view! {
            <details class="chorus-details">
                <summary class="chorus-details__summary">{strings.get(Msg::GetHelp).to_string()}</summary>
                <div class="chorus-details__text">
                    <h2 class="chorus-heading-s" lang=en(&support.title)>{support.title.text.clone()}</h2>
                    {body}
                </div>
            </details>
        })
    } else {
        leptos::either::Either::Right(view! {
            <section class="chorus-support" aria-labelledby="chorus-support-title">
                <h2 class="chorus-heading-m" id="chorus-support-title" lang=en(&support.title)>{support.title.text.clone()}</h2>
                {body}
            </section>
        })
    })
}

/// `lang` for a form text shown in English because the page's language has no translation of it,
/// so screen readers pronounce it as English.
pub fn en(text: &Text) -> Option<&'static str> {
    text.fallback.then_some(DEFAULT_LANG)
}

/// The languages on every page (GOV.UK's language toggle, for many languages): each named in
/// itself, with its own `lang`, as links that carry the choice in the URL.
#[component]
pub fn LanguageNav(journey: Journey) -> impl IntoView {
    let strings = journey.strings.clone();
    if strings.languages.len() < 2 {
        return None;
    }
    let step = journey.step;
    let items = strings
        .languages
        .iter()
        .map(|(tag, name)| {
            let current = *tag == strings.lang;
            let form = journey.form.clone();
            let via = journey.via.clone();
            let tag = tag.clone();
            let href = {
                let tag = tag.clone();
                move || {
                    let here = match step.get() {
                        Step::Submit | Step::Saved => Step::Start,
                        s => s,
                    };
                    here.url(&form, &via.with_lang(&tag))
                }
            };
            let switching = journey.clone();
            let target = tag.clone();
            let on_click = move |_: leptos::ev::MouseEvent| {
                #[cfg(feature = "hydrate")]
                crate::browser::before_language_switch(&switching, &target);
                #[cfg(not(feature = "hydrate"))]
                let _ = (&switching, &target);
            };
            if current {
                leptos::either::Either::Left(view! {
                    <li class="chorus-languages__item"><span aria-current="true" lang=tag.clone()>{name.clone()}</span></li>
                })
            } else {
                leptos::either::Either::Right(view! {
                    <li class="chorus-languages__item">
                        <a class="chorus-languages__link" href=href hreflang=tag.clone() lang=tag.clone() on:click=on_click>{name.clone()}</a>
                    </li>
                })
            }
        })
        .collect_view();
    Some(view! {
        <nav class="chorus-languages" aria-label=strings.get(Msg::LanguageNav).to_string()>
            <ul class="chorus-languages__list">{items}</ul>
        </nav>
    })
}
