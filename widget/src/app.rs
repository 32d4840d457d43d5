//! The journey's state and how it moves, shared by the server render and the hydrated wasm.

use std::sync::Arc;

use chorus_core::answers::Answer;
use chorus_core::schema::Form;
use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::page::{PageData, PageError, Step, advance};
use crate::pages::{check::CheckPage, done::DonePage, question::QuestionPage};
use crate::strings::{Msg, Strings};

/// The state of one person's journey. Cheap to clone: shared data and signal handles.
#[derive(Clone)]
pub struct Journey {
    pub form: Arc<Form>,
    pub strings: Arc<Strings>,
    pub step: RwSignal<Step>,
    pub answers: RwSignal<Vec<Answer>>,
    pub error: RwSignal<Option<PageError>>,
    pub sending: RwSignal<bool>,
}

impl Journey {
    pub fn new(data: PageData) -> Journey {
        Journey {
            form: Arc::new(data.form),
            strings: Arc::new(data.strings),
            step: RwSignal::new(data.step),
            answers: RwSignal::new(data.answers),
            error: RwSignal::new(data.error),
            sending: RwSignal::new(false),
        }
    }

    /// Takes a posted page (its fields, and the URL it was posted to) and moves on, exactly as
    /// the server does for the same post when there is no wasm.
    pub fn post(&self, action: &str, pairs: &[(String, String)]) {
        let Some(target) = Step::from_path(&self.form, action) else {
            return;
        };
        // Anything but an over-long text means the page was not ours: stay put.
        let Ok((answers, error)) = advance(
            &self.form,
            pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        ) else {
            return;
        };
        self.answers.set(answers);
        match error {
            Some(PageError::Invalid { question }) => self.show(Step::Question(question), error),
            _ if target == Step::Submit => self.send(),
            _ => self.show(target, None),
        }
    }

    /// Shows a step, as a new entry in the browser's history.
    pub fn show(&self, step: Step, error: Option<PageError>) {
        self.error.set(error);
        self.step.set(step);
        #[cfg(feature = "hydrate")]
        crate::browser::after_show(self, step);
    }

    fn send(&self) {
        #[cfg(feature = "hydrate")]
        crate::browser::send(self.clone());
    }
}

/// The page title: what the page is about first, then the form, "Error: " when it has one.
pub fn title(form: &Form, strings: &Strings, step: Step, error: Option<PageError>) -> String {
    let what = match step {
        Step::Question(i) => form.questions[i].title.as_str(),
        Step::Check => strings.get(Msg::CheckTitle),
        Step::Submit | Step::Done => strings.get(Msg::DoneTitle),
    };
    let prefix = if error.is_some() {
        format!("{} ", strings.get(Msg::ErrorPrefix))
    } else {
        String::new()
    };
    format!("{prefix}{what} – {}", form.title)
}

/// The whole widget: one page of the journey at a time.
#[component]
pub fn Survey(data: PageData) -> impl IntoView {
    let journey = Journey::new(data);
    #[cfg(feature = "hydrate")]
    crate::browser::follow_history(journey.clone());
    let journey_for_pages = journey.clone();
    // Keyed by page: each page gets fresh elements. Patching one page's inputs into the next
    // would carry the browser's checked state across questions.
    let page = move || (journey.step.get(), journey.error.get());
    view! {
        <div class="chorus-width">
            <main class="chorus-main" id="main-content">
                <For
                    each=move || std::iter::once(page())
                    key=|key| *key
                    children=move |(step, _)| {
                        let j = journey_for_pages.clone();
                        match step {
                            Step::Question(index) => EitherOf3::A(view! { <QuestionPage journey=j index/> }),
                            Step::Check => EitherOf3::B(view! { <CheckPage journey=j/> }),
                            Step::Submit | Step::Done => EitherOf3::C(view! { <DonePage journey=j/> }),
                        }
                    }
                />
            </main>
        </div>
    }
}
