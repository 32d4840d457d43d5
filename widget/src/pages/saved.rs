//! Save and finish later, on the device only: the button, the page that says what was kept and
//! where, the offer to continue on return, and removing the answers from the device.
//! All of it appears once the wasm runs: the device's storage is out of reach of plain HTML.

use leptos::prelude::*;

use crate::app::Journey;
use crate::page::Step;
use crate::strings::Msg;

/// "Save and finish later", under the buttons of questions and of "Check your answers". A submit
/// button of the page's form, so the answer on the page is saved too.
#[component]
pub fn SaveLater(journey: Journey) -> impl IntoView {
    let hydrated = journey.hydrated;
    let enabled = journey.form.draft_days > 0;
    let label = journey.strings.get(Msg::SaveLater).to_string();
    let action = Step::Saved.url(&journey.form, &journey.via);
    move || {
        (enabled && hydrated.get()).then(|| {
            view! {
                <button type="submit" class="chorus-link-button chorus-save-later" formaction=action.clone() formnovalidate="">
                    {label.clone()}
                </button>
            }
        })
    }
}

/// "Your answers are saved on this device".
#[component]
pub fn SavedPage(journey: Journey) -> impl IntoView {
    let s = journey.strings.clone();
    let back = journey.clone();
    let forget = journey.clone();
    view! {
        <h1 class="chorus-heading-l" tabindex="-1">{s.get(Msg::SavedTitle).to_string()}</h1>
        <p class="chorus-body">{s.get(Msg::SavedBody).to_string()}</p>
        <p class="chorus-body">{s.get(Msg::SavedReturn).to_string()}</p>
        <div class="chorus-button-group">
            <button type="button" class="chorus-button" on:click=move |_| {
                let step = back.paused_at.get_untracked();
                back.show(step, None)
            }>
                {s.get(Msg::ContinueAnswering).to_string()}
            </button>
            <button type="button" class="chorus-button chorus-button--warning" on:click=move |_| forget.forget_device()>
                {s.get(Msg::ForgetDevice).to_string()}
            </button>
        </div>
    }
}

/// On return: "Continue where you left off" or "Start again".
#[component]
pub fn ResumeOffer(journey: Journey) -> impl IntoView {
    let draft = journey.draft;
    move || {
        let journey = journey.clone();
        draft.get().map(move |_| {
            let s = journey.strings.clone();
            let resume = journey.clone();
            view! {
                <div class="chorus-notification" role="region" aria-labelledby="chorus-resume-title">
                    <h2 class="chorus-heading-m" id="chorus-resume-title">{s.get(Msg::ResumeTitle).to_string()}</h2>
                    <p class="chorus-body">{s.get(Msg::ResumeBody).to_string()}</p>
                    <div class="chorus-button-group">
                        <button type="button" class="chorus-button" on:click=move |_| resume.resume()>
                            {s.get(Msg::ResumeContinue).to_string()}
                        </button>
                        <button type="button" class="chorus-button chorus-button--secondary" on:click=move |_| journey.start_again()>
                            {s.get(Msg::ResumeRestart).to_string()}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

/// "Remove my answers from this device", on every page while anything is saved there.
#[component]
pub fn ForgetDevice(journey: Journey) -> impl IntoView {
    let stored = journey.stored;
    move || {
        let journey = journey.clone();
        stored.get().then(move || {
            let label = journey.strings.get(Msg::ForgetDevice).to_string();
            view! {
                <p class="chorus-forget">
                    <button type="button" class="chorus-link-button" on:click=move |_| journey.forget_device()>{label}</button>
                </p>
            }
        })
    }
}
