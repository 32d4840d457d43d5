//! The start page: what the form is about, how long it takes, what anonymous means here, and
//! where to get help, before anyone answers anything.

use leptos::prelude::*;

use super::en;

use super::{SupportBlock, carried_inputs, feedback_block, invite_input, invite_summary};
use crate::app::Journey;
use crate::page::{Step, field};
use crate::strings::Msg;

#[component]
pub fn StartPage(journey: Journey) -> impl IntoView {
    let form = journey.form.clone();
    let s = journey.strings.clone();
    let via = journey.via.clone();
    let intro = form
        .intro
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p class="chorus-body" lang=en(&form.intro)>{p.trim().to_string()}</p> })
        .collect_view();
    let note = form
        .content_note
        .clone()
        .map(|n| view! { <div class="chorus-inset" lang=en(&n)>{n.text.clone()}</div> });
    let first = Step::Start.next(&form);
    // A form, not a link: without the wasm, Back from the first question lands here with the
    // answers so far in hidden fields, and "Start now" carries them on.
    let on_submit = journey.submit_handler();
    let hydrated = journey.hydrated;
    let no_save_later = {
        let s = s.clone();
        let offered = form.draft_days > 0;
        move || {
            (offered && !hydrated.get())
                .then(|| view! { <p class="chorus-hint">{s.get(Msg::SaveLaterUnavailable).to_string()}</p> })
        }
    };
    let help_below = form
        .support
        .is_some()
        .then(|| s.get(Msg::HelpBelow).to_string());
    let para = |m: Msg| view! { <p class="chorus-body">{s.get(m).to_string()}</p> };
    // A closed session: the code from the card, asked for here and checked when "Start now" is
    // pressed (whether it is still unused, only when the answers are sent).
    let invite_only = form.invite_only;
    let summary = invite_only.then(|| invite_summary(&journey));
    let invite = invite_only.then(|| invite_input(&journey));
    let start_name = invite_only.then_some(field::START);
    let feedback = feedback_block(&journey);
    view! {
        {summary}
        <h1 class="chorus-heading-l" tabindex="-1" lang=en(&form.title)>{form.title.text.clone()}</h1>
        {intro}
        <p class="chorus-body">{s.get(Msg::StartTime).to_string()}" "{s.get(Msg::StartSkip).to_string()}</p>
        {note}
        <h2 class="chorus-heading-m">{s.get(Msg::AnonymousTitle).to_string()}</h2>
        {para(Msg::AnonymousBody)}
        {para(Msg::KeptBody)}
        <p class="chorus-body"><a href=format!("{}/privacy{}", Step::Start.path(&form), via.query())>{s.get(Msg::PrivacyTitle).to_string()}</a></p>
        <p class="chorus-body">{s.get(Msg::NoReply).to_string()}" "{help_below}</p>
        <form class="chorus-form" method="post" action=first.url(&form, &via) novalidate="" on:submit=on_submit>
            {carried_inputs(&journey, None)}
            {invite}
            <button type="submit" class="chorus-button chorus-button--start" name=start_name value=start_name.map(|_| "1")>{s.get(Msg::StartNow).to_string()}</button>
        </form>
        {no_save_later}
        {feedback}
        <SupportBlock form=form.clone() strings=s.clone() collapsed=false/>
    }
}
