//! The confirmation: what was kept, and that nothing says who sent it. When the device is
//! offline it says the answers wait on this device and will be sent by themselves.

use leptos::prelude::*;

use super::SupportBlock;
use crate::app::Journey;
use crate::strings::Msg;

#[component]
pub fn DonePage(journey: Journey) -> impl IntoView {
    let s = journey.strings.clone();
    let queued = journey.queued;
    let text = move |waiting: Msg, done: Msg| {
        let s = s.clone();
        move || s.get(if queued.get() { waiting } else { done }).to_string()
    };
    view! {
        <div class="chorus-panel">
            <h1 class="chorus-heading-l" tabindex="-1">{text(Msg::QueuedTitle, Msg::DoneTitle)}</h1>
        </div>
        <p class="chorus-body">{text(Msg::QueuedBody, Msg::DoneBody)}</p>
        <SupportBlock form=journey.form.clone() strings=journey.strings.clone() collapsed=false/>
    }
}
