//! The confirmation: what was kept, and that nothing says who sent it.

use leptos::prelude::*;

use super::SupportBlock;
use crate::app::Journey;
use crate::strings::Msg;

#[component]
pub fn DonePage(journey: Journey) -> impl IntoView {
    let s = journey.strings.clone();
    view! {
        <div class="chorus-panel">
            <h1 class="chorus-heading-l" tabindex="-1">{s.get(Msg::DoneTitle).to_string()}</h1>
        </div>
        <p class="chorus-body">{s.get(Msg::DoneBody).to_string()}</p>
        <SupportBlock form=journey.form.clone() strings=s.clone() collapsed=false/>
    }
}
