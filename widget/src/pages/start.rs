//! The start page: what the form is about, how long it takes, what anonymous means here, and
//! where to get help, before anyone answers anything.

use leptos::prelude::*;

use super::SupportBlock;
use crate::app::Journey;
use crate::page::Step;
use crate::strings::Msg;

#[component]
pub fn StartPage(journey: Journey) -> impl IntoView {
    let form = journey.form.clone();
    let s = journey.strings.clone();
    let intro = form
        .intro
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p class="chorus-body">{p.trim().to_string()}</p> })
        .collect_view();
    let note = form
        .content_note
        .clone()
        .map(|n| view! { <div class="chorus-inset">{n}</div> });
    let first = Step::Start.next(&form);
    let on_click = {
        let journey = journey.clone();
        move |ev: leptos::ev::MouseEvent| {
            #[cfg(feature = "hydrate")]
            {
                ev.prevent_default();
                journey.show(first, None);
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&journey, ev);
        }
    };
    let para = |m: Msg| view! { <p class="chorus-body">{s.get(m).to_string()}</p> };
    view! {
        <h1 class="chorus-heading-l" tabindex="-1">{form.title.clone()}</h1>
        {intro}
        <p class="chorus-body">{s.get(Msg::StartTime).to_string()}" "{s.get(Msg::StartSkip).to_string()}</p>
        {note}
        <h2 class="chorus-heading-m">{s.get(Msg::AnonymousTitle).to_string()}</h2>
        {para(Msg::AnonymousBody)}
        {para(Msg::KeptBody)}
        {para(Msg::NoReply)}
        <a href=first.path(&form) role="button" draggable="false" class="chorus-button chorus-button--start" on:click=on_click>
            {s.get(Msg::StartNow).to_string()}
        </a>
        <SupportBlock form=form.clone() strings=s.clone() collapsed=false/>
    }
}
