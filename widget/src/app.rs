//! The journey's state and how it moves, shared by the server render and the hydrated wasm.

use std::sync::Arc;

use chorus_core::answers::Answer;
use chorus_core::schema::Form;
use leptos::either::EitherOf5;
use leptos::prelude::*;

use crate::page::{
    Draft, Feedback, PageData, PageError, Step, Via, advance, error_step, posted_invite,
    start_error,
};
use crate::pages::LanguageNav;
use crate::pages::saved::{ForgetDevice, ResumeOffer, SavedPage};
use crate::pages::{
    QuickExit, SupportBlock, check::CheckPage, done::DonePage, question::QuestionPage,
    start::StartPage,
};
use crate::strings::{Msg, Strings};

/// What became of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Counted,
    /// In the device's outbox, waiting for a connection.
    Waiting,
    /// Sent later from the outbox, but refused (the form changed since).
    Refused,
    /// Too many answers came from this connection lately: in the outbox, sent later.
    Limited,
}

/// The state of one person's journey. Cheap to clone: shared data and signal handles.
#[derive(Clone)]
pub struct Journey {
    pub form: Arc<Form>,
    pub strings: Arc<Strings>,
    /// What links carry from page to page.
    pub via: Arc<Via>,
    pub step: RwSignal<Step>,
    pub answers: RwSignal<Vec<Answer>>,
    /// The invite code typed on an invite-only form's start page (empty for none).
    pub invite: RwSignal<String>,
    /// The latest "you said, we did" entries (see [`crate::page::PageData::feedback`]).
    pub feedback: Arc<Vec<Feedback>>,
    pub error: RwSignal<Option<PageError>>,
    pub sending: RwSignal<bool>,
    /// Sending takes long (solving a proof-of-work challenge on a slow device): the check page
    /// says so.
    pub slow: RwSignal<bool>,
    /// Said by screen readers when the page changes without a page load.
    pub announce: RwSignal<String>,
    /// What became of the answers sent last: the confirmation page says it.
    pub delivery: RwSignal<Delivery>,
    /// True once the wasm runs the page: saving to finish later and offline need it.
    pub hydrated: RwSignal<bool>,
    /// Answers found saved on this device when the page opened, offered to continue.
    pub draft: RwSignal<Option<Draft>>,
    /// Whether answers are saved on this device now, so they can be removed.
    pub stored: RwSignal<bool>,
    /// Where "Save and finish later" was pressed, for "Continue answering".
    pub paused_at: RwSignal<Step>,
    /// Bumped to draw the page afresh with the same step (answers restored in place).
    pub generation: RwSignal<u32>,
    /// A short message shown at the top of the next page ("Your answers have been removed…").
    pub notice: RwSignal<Option<Msg>>,
}

impl Journey {
    pub fn new(data: PageData) -> Journey {
        Journey {
            form: Arc::new(data.form),
            strings: Arc::new(data.strings),
            via: Arc::new(data.via),
            step: RwSignal::new(data.step),
            answers: RwSignal::new(data.answers),
            invite: RwSignal::new(data.invite),
            feedback: Arc::new(data.feedback),
            error: RwSignal::new(data.error),
            sending: RwSignal::new(false),
            slow: RwSignal::new(false),
            announce: RwSignal::new(String::new()),
            delivery: RwSignal::new(Delivery::Counted),
            hydrated: RwSignal::new(false),
            draft: RwSignal::new(None),
            stored: RwSignal::new(false),
            paused_at: RwSignal::new(Step::Start),
            notice: RwSignal::new(None),
            generation: RwSignal::new(0),
        }
    }

    /// Draws the current page again, from the current answers.
    pub fn refresh(&self) {
        self.generation.update(|g| *g += 1);
    }

    /// "Continue where you left off": the saved answers, on the page where they were saved, in
    /// the language they were answered in, counted under the channel they came through.
    pub fn resume(&self) {
        if let Some(draft) = self.draft.get_untracked() {
            #[cfg(feature = "hydrate")]
            if draft.lang != self.strings.lang || draft.channel != self.via.channel {
                crate::browser::reopen_in(&self.form, draft);
                return;
            }
            self.draft.set(None);
            self.answers.set(draft.answers);
            self.invite.set(draft.invite);
            self.show(draft.step, None);
        }
    }

    /// "Start again": the saved answers go; a sent submission still waiting to go does not.
    pub fn start_again(&self) {
        #[cfg(feature = "hydrate")]
        crate::browser::remove_draft(&self.form.id);
        self.draft.set(None);
        self.stored.set(false);
        self.announce
            .set(self.strings.get(Msg::DraftRemoved).to_string());
    }

    /// "Remove my answers from this device": saved answers and unsent submissions alike.
    pub fn forget_device(&self) {
        #[cfg(feature = "hydrate")]
        {
            crate::browser::remove_draft(&self.form.id);
            crate::browser::clear_outbox(&self.form.id);
        }
        self.stored.set(false);
        self.draft.set(None);
        self.answers
            .set(vec![Answer::Skipped; self.form.questions.len()]);
        self.invite.set(String::new());
        self.show(Step::Start, None);
        self.notice.set(Some(Msg::DraftRemoved));
        self.announce
            .set(self.strings.get(Msg::DraftRemoved).to_string());
    }

    /// Takes a posted page (its fields, and the URL it was posted to) and moves on, exactly as
    /// the server does for the same post when there is no wasm.
    pub fn post(&self, action: &str, pairs: &[(String, String)]) {
        let Some(target) = Step::from_path(&self.form, action) else {
            return;
        };
        // Anything but an over-long text means the page was not ours: stay put.
        let fields = || pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
        let Ok((answers, error)) = advance(&self.form, fields()) else {
            return;
        };
        self.answers.set(answers);
        let invite = posted_invite(&self.form, fields());
        let invite_error = start_error(&self.form, fields(), &invite);
        self.invite.set(invite);
        if invite_error.is_some() {
            return self.show(Step::Start, invite_error);
        }
        match error {
            Some(
                PageError::Invalid { question }
                | PageError::OtherInvalid { question }
                | PageError::MayIdentify { question },
            ) => {
                let pairs = pairs.iter().map(|(n, v)| (n.as_str(), v.as_str()));
                self.show(error_step(pairs, question), error)
            }
            _ if target == Step::Submit => self.send(),
            // "Save and finish later": this page's answers too, then say where they are.
            _ if target == Step::Saved => {
                self.paused_at.set(self.step.get_untracked());
                self.show(Step::Saved, None);
            }
            _ => self.show(target, None),
        }
    }

    /// What a page's `<form>` does on submit: with the wasm, what the server would do with the
    /// post, without a page load (see [`Journey::post`]); on the server, nothing.
    pub fn submit_handler(
        &self,
    ) -> impl Fn(leptos::ev::SubmitEvent) + Clone + Send + Sync + 'static + use<> {
        let journey = self.clone();
        move |ev: leptos::ev::SubmitEvent| {
            #[cfg(feature = "hydrate")]
            crate::browser::on_submit(&journey, ev);
            #[cfg(not(feature = "hydrate"))]
            let _ = (&journey, ev);
        }
    }

    /// Shows a step, as a new entry in the browser's history.
    pub fn show(&self, step: Step, error: Option<PageError>) {
        self.announce
            .set(announcement(&self.form, &self.strings, step));
        self.notice.set(None);
        // Moving on answers the offer to continue: it was not taken.
        if step != Step::Start {
            self.draft.set(None);
        }
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
        // Only an invite code can be wrong on the start page.
        Step::Start if error.is_some() => {
            return format!("{} {}", strings.get(Msg::ErrorPrefix), form.title);
        }
        Step::Start => return form.title.text.clone(),
        Step::Question(i) | Step::Change(i) => form.questions[i].title.text.as_str(),
        Step::Check => strings.get(Msg::CheckTitle),
        Step::Submit | Step::Done => strings.get(Msg::DoneTitle),
        Step::Saved => strings.get(Msg::SavedTitle),
    };
    // Details that may identify someone are a question to the person, not an error.
    let prefix = if error.is_some_and(|e| !matches!(e, PageError::MayIdentify { .. })) {
        format!("{} ", strings.get(Msg::ErrorPrefix))
    } else {
        String::new()
    };
    format!("{prefix}{what} – {}", form.title)
}

/// What a screen reader hears when a page changes in place: where the person is, then the page.
fn announcement(form: &Form, strings: &Strings, step: Step) -> String {
    match step.question() {
        Some(i) => format!(
            "{}, {}: {}",
            strings.question(i).progress,
            strings.question(i).left,
            form.questions[i].title
        ),
        None => title(form, strings, step, None),
    }
}

/// The whole widget: one page of the journey at a time.
#[component]
pub fn Survey(data: PageData) -> impl IntoView {
    let journey = Journey::new(data);
    #[cfg(feature = "hydrate")]
    crate::browser::listen(journey.clone());
    let journey_for_pages = journey.clone();
    // Keyed by page: each page gets fresh elements. Patching one page's inputs into the next
    // would carry the browser's checked state across questions.
    let page = move || {
        (
            journey.step.get(),
            journey.error.get(),
            journey.generation.get(),
        )
    };
    let announce = journey.announce;
    let notice = journey.notice;
    let form = journey.form.clone();
    let strings = journey.strings.clone();
    let notice_text = {
        let strings = strings.clone();
        move || {
            notice.get().map(|m| view! { <p class="chorus-notice" role="status">{strings.get(m).to_string()}</p> })
        }
    };
    let lang = strings.lang.clone();
    let dir = if strings.rtl { "rtl" } else { "ltr" };
    // The partner's logo: whose form this is, on every page.
    let logo = form.logo.clone().map(|logo| {
        view! {
            <div class="chorus-brand">
                <img class="chorus-brand__logo" src=logo.src alt=logo.alt.text.clone() lang=crate::pages::en(&logo.alt)/>
            </div>
        }
    });
    view! {
        <div class="chorus-root" lang=lang dir=dir>
        <QuickExit form=form.clone() strings=strings.clone() hydrated=journey.hydrated/>
        <div class="chorus-width">
            {logo}
            <LanguageNav journey=journey.clone()/>
            <SupportBlock form=form strings=strings collapsed=true/>
            <ResumeOffer journey=journey.clone()/>
            <main class="chorus-main" id="main-content">
                {notice_text}
                <For
                    each=move || std::iter::once(page())
                    key=|key| *key
                    children=move |(step, _, _)| {
                        let j = journey_for_pages.clone();
                        match step {
                            Step::Start => EitherOf5::A(view! { <StartPage journey=j/> }),
                            Step::Question(_) | Step::Change(_) => EitherOf5::B(view! { <QuestionPage journey=j step/> }),
                            Step::Check => EitherOf5::C(view! { <CheckPage journey=j/> }),
                            Step::Submit | Step::Done => EitherOf5::D(view! { <DonePage journey=j/> }),
                            Step::Saved => EitherOf5::E(view! { <SavedPage journey=j/> }),
                        }
                    }
                />
            </main>
            <ForgetDevice journey=journey.clone()/>
            <p class="chorus-visually-hidden" aria-live="polite" aria-atomic="true">{move || announce.get()}</p>
        </div>
        </div>
    }
}
