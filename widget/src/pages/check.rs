//! "Check your answers" (GOV.UK pattern): every question with its answer or "Not answered",
//! a Change button back to it, and the button that sends the answers.

use leptos::prelude::*;

use super::en;

use super::saved::SaveLater;
use super::{ErrorSummary, carried_inputs, carried_invite, invite_input, invite_summary};
use crate::app::Journey;
use crate::page::{PageError, Step, answer_text};
use crate::strings::Msg;

#[component]
pub fn CheckPage(journey: Journey) -> impl IntoView {
    let form = journey.form.clone();
    let s = journey.strings.clone();
    let via = journey.via.clone();
    let answers = journey.answers.get_untracked();
    let rows = form
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let text = answers.get(i).and_then(|a| answer_text(&form, i, a));
            let class = if text.is_some() { "chorus-summary__value" } else { "chorus-summary__value chorus-summary__value--empty" };
            let text = text.unwrap_or_else(|| s.get(Msg::NotAnswered).to_string());
            view! {
                <div class="chorus-summary__row">
                    <dt class="chorus-summary__key" lang=en(&q.title)>{q.title.text.clone()}</dt>
                    <dd class=class>{text}</dd>
                    <dd class="chorus-summary__actions">
                        <button type="submit" class="chorus-link-button" formaction=Step::Change(i).url(&form, &via) formnovalidate="">
                            {s.get(Msg::Change).to_string()}
                            <span class="chorus-visually-hidden">" "{q.title.text.clone()}</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    // Not counted: the answers are still here, and the summary links to the button that sends
    // them again.
    let not_sent = match journey.error.get_untracked() {
        Some(PageError::NotSent) => Some(Msg::ErrorNotSent),
        // The proof of work was refused twice: not a connection problem, so said differently.
        Some(PageError::PowRefused) => Some(Msg::ErrorCheckFailed),
        _ => None,
    }
    .map(|message| {
        view! {
            <ErrorSummary title=s.get(Msg::ErrorSummaryTitle).to_string() message=s.get(message).to_string() target="chorus-send".to_string()/>
        }
    });
    // A missing or refused invite code is put right here, in its own box, above the button.
    let invite_wrong = matches!(
        journey.error.get_untracked(),
        Some(PageError::InviteMissing | PageError::InviteRefused)
    );
    let invite_summary = invite_summary(&journey);
    let invite = invite_wrong.then(|| invite_input(&journey));
    let hidden_invite = (!invite_wrong).then(|| carried_invite(&journey));
    let on_submit = journey.submit_handler();
    let sending = journey.sending;
    let back = Step::Check
        .back(&form)
        .map(|b| b.url(&form, &via))
        .unwrap_or_default();
    // Said only when sending takes long: solving a proof-of-work challenge on a slow phone.
    let slow = journey.slow;
    let slow_text = s.get(Msg::SendingSlow).to_string();
    let slow_note = move || {
        (sending.get() && slow.get())
            .then(|| view! { <p class="chorus-body">{slow_text.clone()}</p> })
    };
    let send_label = {
        let s = s.clone();
        move || {
            if sending.get() {
                s.get(Msg::Sending).to_string()
            } else {
                s.get(Msg::Send).to_string()
            }
        }
    };

    view! {
        <form class="chorus-form" method="post" action=Step::Submit.url(&form, &via) novalidate="" on:submit=on_submit>
            <button type="submit" class="chorus-back-link" formaction=back formnovalidate="">{s.get(Msg::Back).to_string()}</button>
            {not_sent}
            {invite_summary}
            <h1 class="chorus-heading-l" tabindex="-1">{s.get(Msg::CheckTitle).to_string()}</h1>
            {carried_inputs(&journey, None)}
            <dl class="chorus-summary">{rows}</dl>
            {invite}
            {hidden_invite}
            <div role="status">{slow_note}</div>
            <button type="submit" id="chorus-send" class="chorus-button" disabled=move || sending.get()>{send_label}</button>
            <SaveLater journey=journey.clone()/>
        </form>
    }
}
