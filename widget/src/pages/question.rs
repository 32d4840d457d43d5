//! One question per page (GOV.UK question pages): the question is the page heading, every
//! question can be skipped, and the page works as a plain HTML form before the wasm arrives.

use chorus_core::answers::{Answer, OTHER_FIELD_SUFFIX};
use chorus_core::schema::{Kind, OTHER_OPTION};
use leptos::either::Either;
use leptos::prelude::*;

use super::en;

use super::saved::SaveLater;
use super::{ErrorSummary, carried_inputs, carried_invite};
use crate::app::Journey;
use crate::page::{PageError, Step, field};
use crate::strings::Msg;

#[component]
pub fn QuestionPage(journey: Journey, step: Step) -> impl IntoView {
    let index = step.question().unwrap_or(0);
    let form = journey.form.clone();
    let s = journey.strings.clone();
    let via = journey.via.clone();
    let q = form.questions[index].clone();
    let answer = journey
        .answers
        .with_untracked(|a| a.get(index).cloned().unwrap_or(Answer::Skipped));
    let (error, other_error) = match journey.error.get_untracked() {
        Some(PageError::Invalid { question }) if question == index => {
            (s.question(index).error.clone(), None)
        }
        Some(PageError::OtherInvalid { question }) if question == index => {
            (None, s.question(index).other_error.clone())
        }
        _ => (None, None),
    };

    let identify = match journey.error.get_untracked() {
        Some(PageError::MayIdentify { question }) if question == index => {
            let text = match &answer {
                Answer::Text(t) | Answer::Other { text: t, .. } => t.clone(),
                _ => String::new(),
            };
            Some(view! { <IdentifyPanel text qid=q.id.clone() journey=journey.clone()/> })
        }
        _ => None,
    };
    // Reminded once, on the form's first free text: no names.
    let first_text = form.questions.iter().position(|q| q.kind == Kind::Text) == Some(index);

    let hint_id = format!("{}-hint", q.id);
    let error_id = format!("{}-error", q.id);
    let described_by = [
        q.hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described_by = (!described_by.is_empty()).then_some(described_by);
    let hint = q
        .hint
        .clone()
        .map(|h| view! { <div id=hint_id.clone() class="chorus-hint" lang=en(&h)>{h.text.clone()}</div> });
    let error_message = error.clone().map(|e| {
        view! {
            <p id=error_id.clone() class="chorus-error-message">
                <span class="chorus-visually-hidden">{s.get(Msg::ErrorPrefix).to_string()}" "</span>{e}
            </p>
        }
    });
    let summary = match (&error, &other_error) {
        (Some(e), _) => Some((e.clone(), q.id.clone())),
        (None, Some(e)) => Some((e.clone(), format!("{}-other-text", q.id))),
        _ => None,
    }
    .map(|(message, target)| {
        view! { <ErrorSummary title=s.get(Msg::ErrorSummaryTitle).to_string() message target/> }
    });

    let control = match q.kind {
        Kind::Text => Either::Left({
            let value = match &answer {
                Answer::Text(t) => t.clone(),
                _ => String::new(),
            };
            let class = if error.is_some() {
                "chorus-textarea chorus-textarea--error"
            } else {
                "chorus-textarea"
            };
            // GOV.UK character count: the limit is said up front; with the wasm, what is left
            // is shown as people type, and told to screen readers once they pause.
            let info_id = format!("{}-info", q.id);
            let anon_id = format!("{}-anon", q.id);
            let described_by = [
                described_by.clone(),
                Some(anon_id.clone()),
                Some(info_id.clone()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
            let limit = s.question(index).limit.clone().unwrap_or_default();
            let count = RwSignal::new((limit, false));
            let spoken = RwSignal::new(String::new());
            let on_input = {
                let s = s.clone();
                let max = q.text_limit() as i64;
                move |ev: leptos::ev::Event| {
                    #[cfg(feature = "hydrate")]
                    {
                        let typed = event_target_value(&ev).chars().count() as i64;
                        let left = max - typed;
                        let text = s.count(
                            left,
                            &crate::browser::plural_category(&s.lang, left.unsigned_abs()),
                        );
                        count.set((text.clone(), left < 0));
                        crate::browser::after_pause(move || spoken.set(text));
                    }
                    #[cfg(not(feature = "hydrate"))]
                    let _ = (&s, max, ev, spoken);
                }
            };
            view! {
                <div class="chorus-form-group">
                    <h1 class="chorus-label-wrapper">
                        <label class="chorus-label chorus-heading-l" for=q.id.clone() tabindex="-1" lang=en(&q.title)>{q.title.text.clone()}</label>
                    </h1>
                    {hint}
                    <div id=anon_id class="chorus-hint">
                        {s.get(Msg::TextHint).to_string()}
                        {first_text.then(|| format!(" {}", s.get(Msg::NamesReminder)))}
                        {form.support.is_some().then(|| format!(" {}", s.get(Msg::HelpPointer)))}
                    </div>
                    {error_message}
                    <textarea class=class id=q.id.clone() name=q.id.clone() rows="5" dir="auto" aria-describedby=described_by on:input=on_input>{value}</textarea>
                    <div id=info_id class=move || if count.get().1 { "chorus-count chorus-count--over" } else { "chorus-count" }>
                        {move || count.get().0}
                    </div>
                    <div class="chorus-visually-hidden" aria-live="polite">{move || spoken.get()}</div>
                </div>
            }
        }),
        kind => Either::Right({
            let (input_type, item_class, list_class) = if kind == Kind::Multiple {
                ("checkbox", "chorus-checkboxes__item", "chorus-checkboxes")
            } else {
                ("radio", "chorus-radios__item", "chorus-radios")
            };
            let items = q
                .options
                .iter()
                .enumerate()
                .map(|(n, o)| {
                    // The first option carries the question's id, so links to the question land on it.
                    let id = if n == 0 { q.id.clone() } else { format!("{}-{}", q.id, o.id) };
                    let checked = answer.has_choice(&o.id);
                    // "Other (please tell us)": a text box right under it, shown while it is
                    // chosen (by CSS, so it works without the wasm too).
                    let other = (o.id == OTHER_OPTION).then(|| {
                        let text_id = format!("{}-other-text", q.id);
                        let text = match &answer {
                            Answer::Other { text, .. } => text.clone(),
                            _ => String::new(),
                        };
                        let error = other_error.clone().map(|e| {
                            view! {
                                <p id=format!("{text_id}-error") class="chorus-error-message">
                                    <span class="chorus-visually-hidden">{s.get(Msg::ErrorPrefix).to_string()}" "</span>{e}
                                </p>
                            }
                        });
                        let described = other_error.as_ref().map(|_| format!("{text_id}-error"));
                        view! {
                            <div class="chorus-conditional">
                                <label class="chorus-label" for=text_id.clone()>{s.get(Msg::OtherLabel).to_string()}</label>
                                {error}
                                <input class="chorus-input" type="text" dir="auto" id=text_id name=format!("{}{OTHER_FIELD_SUFFIX}", q.id) value=text aria-describedby=described/>
                            </div>
                        }
                    });
                    view! {
                        <div class=item_class>
                            <input class="chorus-choice__input" id=id.clone() name=q.id.clone() type=input_type value=o.id.clone() checked=checked/>
                            <label class="chorus-choice__label" for=id lang=en(&o.label)>{o.label.text.clone()}</label>
                            {other}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class="chorus-form-group">
                    <fieldset class="chorus-fieldset" aria-describedby=described_by>
                        <legend class="chorus-fieldset__legend">
                            <h1 class="chorus-heading-l" tabindex="-1" lang=en(&q.title)>{q.title.text.clone()}</h1>
                        </legend>
                        {hint}
                        {error_message}
                        <div class=list_class>{items}</div>
                    </fieldset>
                </div>
            }
        }),
    };

    let back = step.back(&form).map(|b| {
        view! {
            <button type="submit" class="chorus-back-link" formaction=b.url(&form, &via) formnovalidate="">
                {s.get(Msg::Back).to_string()}
            </button>
        }
    });
    let on_submit = journey.submit_handler();

    view! {
        <form class="chorus-form" method="post" action=step.next(&form).url(&form, &via) novalidate="" on:submit=on_submit>
            // Enter in a field presses a form's first submit button: make that "Continue", not "Back".
            <button type="submit" class="chorus-default-button" tabindex="-1" aria-hidden="true">
                {s.get(Msg::Continue).to_string()}
            </button>
            {back}
            {summary}
            <p class="chorus-caption">{s.question(index).progress.clone()}</p>
            {matches!(step, Step::Change(_)).then(|| view! { <input type="hidden" name=field::CHANGING value="1"/> })}
            <input type="hidden" name=field::QUESTION value=q.id.clone()/>
            {identify}
            {carried_inputs(&journey, Some(index))}
            {carried_invite(&journey)}
            {control}
            <div class="chorus-button-group">
                <button type="submit" class="chorus-button">{s.get(Msg::Continue).to_string()}</button>
                <button type="submit" class="chorus-button chorus-button--secondary" name=field::SKIP value=q.id.clone()>
                    {s.get(Msg::Skip).to_string()}
                </button>
            </div>
            <SaveLater journey=journey.clone()/>
        </form>
    }
}

/// Free text that looks like it names where or who someone is: the text with those details
/// marked, and the choice to remove them or keep the answer as it is. Either button posts the
/// page, so it works without the wasm too.
#[component]
fn IdentifyPanel(text: String, qid: String, journey: Journey) -> impl IntoView {
    let s = journey.strings.clone();
    let found = chorus_core::scrub::find(&text);
    let mut parts = Vec::new();
    let mut at = 0;
    for f in &found {
        if f.start > at {
            parts.push(Either::Left(text[at..f.start].to_string()));
        }
        parts.push(Either::Right(
            view! { <mark class="chorus-mark">{text[f.start..f.end].to_string()}</mark> },
        ));
        at = f.end;
    }
    parts.push(Either::Left(text[at..].to_string()));
    view! {
        <div class="chorus-identify" tabindex="-1" data-chorus-focus="" aria-labelledby="chorus-identify-title">
            <h2 class="chorus-heading-m" id="chorus-identify-title">{s.get(Msg::IdentifyTitle).to_string()}</h2>
            <p class="chorus-body">{s.get(Msg::IdentifyBody).to_string()}</p>
            <p class="chorus-identify__text" dir="auto">{parts}</p>
            <p class="chorus-body">{s.get(Msg::NamesReminder).to_string()}</p>
            <div class="chorus-button-group">
                <button type="submit" class="chorus-button" name=field::SCRUB value=qid.clone()>{s.get(Msg::IdentifyRemove).to_string()}</button>
                <button type="submit" class="chorus-button chorus-button--secondary" name=field::KEEP value=qid>{s.get(Msg::IdentifyKeep).to_string()}</button>
            </div>
        </div>
    }
}
