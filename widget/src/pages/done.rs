//! The confirmation: what was kept, and that nothing says who sent it. When the device is
//! offline it says the answers wait on this device and will be sent by themselves.

use leptos::prelude::*;

use super::{SupportBlock, feedback_block};
use crate::app::{Delivery, Journey};
use crate::strings::Msg;

#[component]
pub fn DonePage(journey: Journey) -> impl IntoView {
    let s = journey.strings.clone();
    let delivery = journey.delivery;
    let text = move |[counted, waiting, refused, limited]: [Msg; 4]| {
        let s = s.clone();
        move || {
            let msg = match delivery.get() {
                Delivery::Counted => counted,
                Delivery::Waiting => waiting,
                Delivery::Refused => refused,
                Delivery::Limited => limited,
            };
            s.get(msg).to_string()
        }
    };
    view! {
        <div class="chorus-panel">
            <h1 class="chorus-heading-l" tabindex="-1">{text([Msg::DoneTitle, Msg::QueuedTitle, Msg::RefusedTitle, Msg::QueuedTitle])}</h1>
        </div>
        <p class="chorus-body">{text([Msg::DoneBody, Msg::QueuedBody, Msg::RefusedBody, Msg::LimitedBody])}</p>
        {feedback_block(&journey)}
        <SupportBlock form=journey.form.clone() strings=journey.strings.clone() collapsed=false/>
    }
}
