//! One file per page of the journey, plus the pieces they share.

pub mod check;
pub mod done;
pub mod question;

use leptos::prelude::*;

use crate::app::Journey;
use crate::page::carried;

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
