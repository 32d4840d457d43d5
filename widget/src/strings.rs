//! The interface text of the widget, already resolved for one language.
//!
//! Fluent runs on the server (chorus-app loads `locales/` with i18n-embed): shipping Fluent in
//! the wasm would cost about half of the phone budget. The server resolves every message the
//! widget may show, including the per-question ones that take numbers, and sends them inside the
//! page, so the server's render and the hydrated wasm show the very same text.

macro_rules! messages {
    ($($variant:ident => $id:literal,)*) => {
        /// A message of the widget, by its Fluent id in `locales/<lang>/widget.ftl`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($variant,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$variant,)*];

            pub fn id(self) -> &'static str {
                match self { $(Msg::$variant => $id,)* }
            }
        }
    };
}

messages! {
    Continue => "continue",
    Skip => "skip-question",
    Back => "back",
    CheckTitle => "check-title",
    Change => "change",
    NotAnswered => "not-answered",
    Send => "send",
    Sending => "sending",
    SendingSlow => "sending-slow",
    DoneTitle => "done-title",
    DoneBody => "done-body",
    ErrorSummaryTitle => "error-summary-title",
    ErrorPrefix => "error-prefix",
    ErrorNotSent => "error-not-sent",
    ErrorCheckFailed => "error-check-failed",
    StartNow => "start-now",
    StartTime => "start-time",
    StartSkip => "start-skip",
    AnonymousTitle => "start-anonymous-title",
    AnonymousBody => "start-anonymous-body",
    KeptBody => "start-kept-body",
    NoReply => "start-no-reply",
    InviteLabel => "invite-label",
    InviteHint => "invite-hint",
    InviteMissing => "invite-missing",
    InviteRefused => "invite-refused",
    GetHelp => "get-help",
    LeavePage => "leave-page",
    LeavePageHint => "leave-page-hint",
    QueuedTitle => "done-queued-title",
    QueuedBody => "done-queued-body",
    RefusedTitle => "done-refused-title",
    RefusedBody => "done-refused-body",
    HelpBelow => "start-help-below",
    SaveLater => "save-later",
    SaveLaterUnavailable => "save-later-unavailable",
    SavedTitle => "saved-title",
    SavedBody => "saved-body",
    SavedReturn => "saved-return",
    ContinueAnswering => "continue-answering",
    ResumeTitle => "resume-title",
    ResumeBody => "resume-body",
    ResumeContinue => "resume-continue",
    ResumeRestart => "resume-restart",
    ForgetDevice => "forget-device",
    DraftRemoved => "draft-removed",
    TextHint => "text-hint",
    HelpPointer => "help-pointer",
    LanguageNav => "language-nav",
    OtherLabel => "other-label",
    IdentifyTitle => "identify-title",
    IdentifyBody => "identify-body",
    IdentifyRemove => "identify-remove",
    IdentifyKeep => "identify-keep",
    NamesReminder => "names-reminder",
    LimitedBody => "done-limited-body",
    PrivacyTitle => "privacy-title",
    FeedbackTitle => "feedback-title",
    FeedbackYouSaid => "feedback-you-said",
    FeedbackWeDid => "feedback-we-did",
    FeedbackAll => "feedback-all",
}

/// Messages whose text depends on the question (they carry numbers Fluent must place and inflect).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuestionStrings {
    /// "Question 3 of 9".
    pub progress: String,
    /// "6 questions left", said to screen readers with the progress.
    pub left: String,
    /// For questions with a limit people can break (text length, boxes ticked): what to do.
    pub error: Option<String>,
    /// For text questions: "You can enter up to 1200 characters".
    pub limit: Option<String>,
    /// For questions with an `other` option: the error when its text is too long.
    pub other_error: Option<String>,
}

/// Every string the widget shows, in one language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Strings {
    /// The BCP 47 tag of the language these are in, for `lang` attributes.
    pub lang: String,
    /// Whether the language is written right to left (`dir="rtl"`).
    pub rtl: bool,
    /// The languages a person may switch to: (tag, the language's name in itself).
    pub languages: Vec<(String, String)>,
    /// Indexed by `Msg as usize`.
    pub messages: Vec<String>,
    /// One per question of the form, in order.
    pub questions: Vec<QuestionStrings>,
    /// The character count's messages, one per plural category of the language. The browser
    /// picks the category (`Intl.PluralRules`) and puts the number in place of `{n}`.
    pub counts: Vec<CountStrings>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CountStrings {
    /// A CLDR plural category: "zero", "one", "two", "few", "many" or "other".
    pub category: String,
    /// "You have {n} characters remaining".
    pub left: String,
    /// "You have {n} characters too many".
    pub over: String,
}

impl Strings {
    /// The character count for `n` characters left (negative: over the limit), given the
    /// language's plural category of `|n|`.
    pub fn count(&self, n: i64, category: &str) -> String {
        let Some(c) = self
            .counts
            .iter()
            .find(|c| c.category == category)
            .or_else(|| self.counts.iter().find(|c| c.category == "other"))
            .or(self.counts.last())
        else {
            return n.to_string();
        };
        let template = if n < 0 { &c.over } else { &c.left };
        template.replace("{n}", &n.unsigned_abs().to_string())
    }
}

impl Strings {
    pub fn get(&self, msg: Msg) -> &str {
        self.messages
            .get(msg as usize)
            .map_or(msg.id(), String::as_str)
    }

    pub fn question(&self, index: usize) -> &QuestionStrings {
        static EMPTY: QuestionStrings = QuestionStrings {
            progress: String::new(),
            left: String::new(),
            error: None,
            limit: None,
            other_error: None,
        };
        self.questions.get(index).unwrap_or(&EMPTY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_indexed_by_variant() {
        let strings = Strings {
            lang: "en-GB".into(),
            messages: Msg::ALL
                .iter()
                .map(|m| format!("text of {}", m.id()))
                .collect(),
            ..Strings::default()
        };
        assert_eq!(strings.get(Msg::Back), "text of back");
        assert_eq!(strings.get(Msg::ErrorNotSent), "text of error-not-sent");
        let counts = Strings {
            counts: vec![
                CountStrings {
                    category: "one".into(),
                    left: "{n} character left".into(),
                    over: "{n} character too many".into(),
                },
                CountStrings {
                    category: "other".into(),
                    left: "{n} characters left".into(),
                    over: "{n} characters too many".into(),
                },
            ],
            ..Strings::default()
        };
        assert_eq!(counts.count(1, "one"), "1 character left");
        assert_eq!(counts.count(-12, "other"), "12 characters too many");
        assert_eq!(
            counts.count(5, "few"),
            "5 characters left",
            "an unknown category falls back to \"other\""
        );
        // A missing message shows its id rather than nothing, so the gap is visible.
        assert_eq!(Strings::default().get(Msg::Skip), "skip-question");
    }
}
