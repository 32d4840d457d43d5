//! What a page of the journey is made of, and how a posted page leads to the next one.
//!
//! The journey's state lives in the page itself (hidden inputs carry earlier answers), so the
//! server keeps nothing per respondent. Without wasm the browser posts the page to the next
//! step's URL and the server renders it; with wasm the same [`advance`] runs in the browser and
//! no page load happens. Both sides therefore take the same path from the same input.

use chorus_core::answers::{self, Answer, AnswerError, OTHER_FIELD_SUFFIX, RawAnswer, Submission};
use chorus_core::schema::OTHER_OPTION;
use chorus_core::schema::{Form, Kind};

use crate::strings::Strings;

/// The language of pages and forms when nothing else is asked for.
pub const DEFAULT_LANG: &str = "en-GB";

/// Everything a page needs, rendered on the server and read back by the wasm to hydrate.
#[derive(Debug, Clone, PartialEq)]
pub struct PageData {
    pub form: Form,
    pub strings: Strings,
    pub step: Step,
    /// One per question, in the form's order.
    pub answers: Vec<Answer>,
    pub error: Option<PageError>,
    pub via: Via,
    /// The invite code typed on the start page of an invite-only form, carried from page to
    /// page like the answers; empty for none (and on other forms).
    pub invite: String,
    /// The latest "you said, we did" entries, newest first, in the page's language: shown on
    /// the start and confirmation pages, so people see that listening leads somewhere.
    pub feedback: Vec<Feedback>,
}

/// One "you said, we did" entry, as a coordinator wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Feedback {
    /// The language it is written in: the page's, or English when not written in it.
    pub lang: String,
    pub you_said: String,
    pub we_did: String,
}

/// What a page's links carry to the next page, in the URL (never a cookie): the language when
/// it was chosen by link or switcher, and the channel the person came through. Empty parts are
/// left out: an empty language leaves it to the browser's Accept-Language, which chose it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Via {
    pub lang: String,
    /// A channel the form declares, or "other"; never text the server did not check.
    pub channel: String,
}

impl Via {
    pub fn with_lang(&self, lang: &str) -> Via {
        Via {
            lang: lang.to_string(),
            channel: self.channel.clone(),
        }
    }

    /// `?lang=…&channel=…`, or nothing.
    pub fn query(&self) -> String {
        let mut out = String::new();
        for (name, value) in [("lang", &self.lang), ("channel", &self.channel)] {
            if !value.is_empty() {
                out.push(if out.is_empty() { '?' } else { '&' });
                out.push_str(name);
                out.push('=');
                out.push_str(value);
            }
        }
        out
    }
}

/// A page of the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// What the form is about, what is kept, and "Start now".
    Start,
    /// The question at this index of the form.
    Question(usize),
    /// The question at this index, opened from "Check your answers" to change it: it leads back there.
    Change(usize),
    /// "Check your answers".
    Check,
    /// Sending the answers (a POST target, never shown).
    Submit,
    /// The confirmation.
    Done,
    /// "Your answers are saved on this device" (only reached with the wasm).
    Saved,
}

/// Answers kept on the device to finish later: never sent anywhere.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// When it was saved, in milliseconds since 1970 (integers: see `wire`).
    pub saved_ms: u64,
    /// The language it was answered in: it reopens in that language.
    pub lang: String,
    /// The channel it came through: still counted there when finished later.
    pub channel: String,
    /// Saved on the way to another language's page: picked up there without asking.
    pub carry_on: bool,
    /// Where the person was.
    pub step: Step,
    pub answers: Vec<Answer>,
    /// The invite code, on an invite-only form: the person's own, kept with their answers.
    pub invite: String,
}

/// What can go wrong on a page without anyone tampering with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageError {
    /// The answer to this question breaks its limit (text too long, too many ticked); the
    /// question's own error message says which.
    Invalid { question: usize },
    /// The "other" text of this question is over its limit.
    OtherInvalid { question: usize },
    /// The answers could not be sent (network or server trouble): they are still on the page.
    NotSent,
    /// The free text of this question looks like it holds an email address, phone number,
    /// postcode or other detail that identifies someone: the person may remove it or keep it.
    MayIdentify { question: usize },
    /// An invite-only form, and no invite code was typed (on the start page, or found when
    /// sending).
    InviteMissing,
    /// An invite-only form, and the code cannot be one, or the server refused it: used already,
    /// unknown or expired.
    InviteRefused,
    /// A proof-of-work form, and the server refused the solution, and a second one from a
    /// fresh challenge too: the answers are still on the page, to send again.
    PowRefused,
}

impl Step {
    /// The URL path of this step of form `form`.
    pub fn path(self, form: &Form) -> String {
        let id = &form.id;
        match self {
            Step::Start => format!("/f/{id}"),
            Step::Question(i) => format!("/f/{id}/q/{}", form.questions[i].id),
            Step::Change(i) => format!("/f/{id}/change/{}", form.questions[i].id),
            Step::Check => format!("/f/{id}/check"),
            Step::Submit => format!("/f/{id}/submit"),
            Step::Done => format!("/f/{id}/done"),
            Step::Saved => format!("/f/{id}/saved"),
        }
    }

    /// This step's URL, carrying `via` (see [`Via`]).
    pub fn url(self, form: &Form, via: &Via) -> String {
        self.path(form) + &via.query()
    }

    /// The step a URL path (or path and query) names, if it is one of this form's.
    pub fn from_path(form: &Form, path: &str) -> Option<Step> {
        let path = path.split('?').next().unwrap_or_default();
        let rest = path.strip_prefix("/f/")?.strip_prefix(form.id.as_str())?;
        let rest = rest.trim_end_matches('/');
        let question = |prefix: &str| {
            rest.strip_prefix(prefix)
                .and_then(|q| form.question_index(q))
        };
        match rest {
            "" => Some(Step::Start),
            "/check" => Some(Step::Check),
            "/submit" => Some(Step::Submit),
            "/done" => Some(Step::Done),
            "/saved" => Some(Step::Saved),
            _ => question("/q/")
                .map(Step::Question)
                .or_else(|| question("/change/").map(Step::Change)),
        }
    }

    /// The question this step shows, if it shows one.
    pub fn question(self) -> Option<usize> {
        match self {
            Step::Question(i) | Step::Change(i) => Some(i),
            _ => None,
        }
    }

    /// Where "Continue" and "Skip" lead from here.
    pub fn next(self, form: &Form) -> Step {
        match self {
            Step::Start => Step::Question(0),
            Step::Question(i) if i + 1 < form.questions.len() => Step::Question(i + 1),
            Step::Question(_) | Step::Change(_) => Step::Check,
            Step::Check | Step::Submit | Step::Done | Step::Saved => Step::Submit,
        }
    }

    /// Where "Back" leads from here, if anywhere.
    pub fn back(self, form: &Form) -> Option<Step> {
        match self {
            Step::Start | Step::Submit | Step::Done | Step::Saved => None,
            Step::Question(0) => Some(Step::Start),
            Step::Question(i) => Some(Step::Question(i - 1)),
            Step::Change(_) => Some(Step::Check),
            Step::Check => Some(Step::Question(form.questions.len() - 1)),
        }
    }
}

/// Field names of the page's own controls; answers use question ids, which never start with `_`.
pub mod field {
    /// Set by "Skip this question" to the id of the question skipped.
    pub const SKIP: &str = "_skip";
    /// Present on a question opened from "Check your answers", so an error keeps it that way.
    pub const CHANGING: &str = "_change";
    /// The id of the question a page asks, so only what was just written is checked.
    pub const QUESTION: &str = "_q";
    /// "Remove the marked details", with the question's id.
    pub const SCRUB: &str = "_scrub";
    /// "Keep my answer as it is", with the question's id.
    pub const KEEP: &str = "_keep";
    /// The invite code of an invite-only form: typed on the start page (and on "Check your
    /// answers" after it was refused), then carried in a hidden field.
    pub const INVITE: &str = "_invite";
    /// "Start now" of an invite-only form, so that a missing code is said on the start page.
    pub const START: &str = "_start";
}

/// The invite code a posted page carries, trimmed; empty for none, and on forms that are not
/// invite-only (whatever was posted).
pub fn posted_invite<'a>(
    form: &Form,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> String {
    if !form.invite_only {
        return String::new();
    }
    pairs
        .into_iter()
        .find(|(name, _)| *name == field::INVITE)
        .map(|(_, code)| code.trim().to_string())
        .unwrap_or_default()
}

/// "Start now" pressed on an invite-only form with no code, or one that cannot be a code: said
/// on the start page, before any question. Whether the code is still waiting is only known
/// when the answers are sent.
pub fn start_error<'a>(
    form: &Form,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    invite: &str,
) -> Option<PageError> {
    if !form.invite_only || !pairs.into_iter().any(|(name, _)| name == field::START) {
        None
    } else if invite.is_empty() {
        Some(PageError::InviteMissing)
    } else if chorus_core::invite::normalise(invite).is_none() {
        Some(PageError::InviteRefused)
    } else {
        None
    }
}

/// Reads a posted page: its answers, less the question that was skipped, checked against the form.
///
/// An answer over its limit (text too long, too many boxes ticked, an "other" text too long) is
/// kept, so the person can put it right, and reported as a [`PageError`]; any other error means
/// the page was not ours, and is returned as `Err`.
pub fn advance<'a>(
    form: &Form,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
) -> Result<(Vec<Answer>, Option<PageError>), AnswerError> {
    let pairs_for_check = pairs.clone();
    let skip = pairs
        .clone()
        .into_iter()
        .find(|(name, _)| *name == field::SKIP)
        .map(|(_, qid)| qid);
    let kept = pairs.into_iter().filter(|(name, _)| {
        Some(*name) != skip && Some(name.trim_end_matches(OTHER_FIELD_SUFFIX)) != skip
    });
    let mut sub = Submission::from_pairs(form, kept);
    let (answers, mut error) = match answers::check(form, &sub.answers) {
        Ok(checked) => (checked, None),
        Err(
            AnswerError::TooLong { question, .. } | AnswerError::TooManyChoices { question, .. },
        ) => {
            let index = form.question_index(&question).unwrap_or(0);
            let at = sub
                .answers
                .0
                .iter()
                .position(|(q, _)| *q == question)
                .unwrap_or(0);
            let kept = match sub.answers.0.remove(at).1 {
                RawAnswer::Text(t) => Answer::Text(t.trim().to_string()),
                RawAnswer::List(l) => Answer::Choices(l),
                RawAnswer::Null | RawAnswer::Other(_) => Answer::Skipped,
            };
            let mut checked = answers::check(form, &sub.answers)?;
            checked[index] = kept;
            (checked, Some(PageError::Invalid { question: index }))
        }
        Err(e) => return Err(e),
    };
    // A text left in the box of an "other" that was then unticked is not an answer.
    sub.other.0.retain(|(q, _)| {
        form.question_index(q)
            .is_some_and(|i| answers[i].has_choice(OTHER_OPTION))
    });
    let result = match answers::attach_other(form, answers.clone(), &sub.other) {
        Ok(with_other) => Ok((with_other, error)),
        Err(AnswerError::TooLong { question, .. }) => {
            let index = form.question_index(&question).unwrap_or(0);
            let text = sub
                .other
                .0
                .iter()
                .find(|(q, _)| *q == question)
                .map(|(_, a)| a.clone());
            sub.other.0.retain(|(q, _)| *q != question);
            let mut with_other = answers::attach_other(form, answers, &sub.other)?;
            if let (Some(RawAnswer::Text(t)), Answer::Choice(_) | Answer::Choices(_)) =
                (text, &with_other[index])
            {
                let choices = match &with_other[index] {
                    Answer::Choice(c) => vec![c.clone()],
                    Answer::Choices(cs) => cs.clone(),
                    _ => Vec::new(),
                };
                with_other[index] = Answer::Other {
                    choices,
                    text: t.trim().to_string(),
                };
            }
            error = error.or(Some(PageError::OtherInvalid { question: index }));
            Ok((with_other, error))
        }
        Err(e) => Err(e),
    };
    result.map(|(answers, error)| match error {
        Some(e) => (answers, Some(e)),
        None => look_for_identifying_details(form, pairs_for_check, answers),
    })
}

/// Before free text leaves the page it was written on, looks for details that identify
/// someone (see [`chorus_core::scrub`]): removes them if the person asked to, lets them through
/// if they chose to keep them, and otherwise stops on the page to ask.
fn look_for_identifying_details<'a>(
    form: &Form,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    mut answers: Vec<Answer>,
) -> (Vec<Answer>, Option<PageError>) {
    let (mut asked, mut scrub, mut keep) = (None, false, false);
    for (name, value) in pairs {
        match name {
            field::QUESTION => asked = form.question_index(value),
            field::SCRUB => scrub = true,
            field::KEEP => keep = true,
            _ => {}
        }
    }
    let Some(index) = asked else {
        return (answers, None);
    };
    let text = match &mut answers[index] {
        Answer::Text(t) | Answer::Other { text: t, .. } => t,
        _ => return (answers, None),
    };
    let found = chorus_core::scrub::find(text);
    if found.is_empty() || keep {
        return (answers, None);
    }
    if scrub {
        *text = chorus_core::scrub::remove(text, &found);
        return (answers, None);
    }
    (answers, Some(PageError::MayIdentify { question: index }))
}

/// The page to show again when the answer to question `index` of a posted page needs fixing.
pub fn error_step<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>, index: usize) -> Step {
    if pairs.into_iter().any(|(name, _)| name == field::CHANGING) {
        Step::Change(index)
    } else {
        Step::Question(index)
    }
}

/// The hidden inputs that carry earlier answers through a page, except question `except`.
pub fn carried(form: &Form, answers: &[Answer], except: Option<usize>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, (q, a)) in form.questions.iter().zip(answers).enumerate() {
        if Some(i) == except {
            continue;
        }
        match a {
            Answer::Skipped => {}
            Answer::Choice(v) | Answer::Text(v) => out.push((q.id.clone(), v.clone())),
            Answer::Choices(vs) => out.extend(vs.iter().map(|v| (q.id.clone(), v.clone()))),
            Answer::Other { choices, text } => {
                out.extend(choices.iter().map(|v| (q.id.clone(), v.clone())));
                out.push((format!("{}{OTHER_FIELD_SUFFIX}", q.id), text.clone()));
            }
        }
    }
    out
}

/// What an answer says, for "Check your answers"; `None` when skipped.
pub fn answer_text(form: &Form, index: usize, answer: &Answer) -> Option<String> {
    let q = &form.questions[index];
    let label = |id: &String| {
        q.option(id)
            .map_or_else(|| id.clone(), |o| o.label.text.clone())
    };
    match (q.kind, answer) {
        (_, Answer::Skipped) => None,
        (Kind::Text, Answer::Text(t)) => Some(t.clone()),
        (_, Answer::Choice(c)) => Some(label(c)),
        (_, Answer::Choices(cs)) => Some(cs.iter().map(label).collect::<Vec<_>>().join(", ")),
        (_, Answer::Other { choices, text }) => Some(format!(
            "{}: {text}",
            choices.iter().map(label).collect::<Vec<_>>().join(", ")
        )),
        (_, Answer::Text(t)) => Some(t.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chorus_core::schema::{Bucket, Choice, Question};

    fn form() -> Form {
        let q = |id: &str, kind, options: Vec<Choice>| Question {
            id: id.into(),
            kind,
            bucket: "b".into(),
            title: id.into(),
            hint: None,
            options,
            max_choices: None,
            max_length: Some(3),
        };
        let ab = vec![
            Choice {
                id: "a".into(),
                label: "Apple".into(),
            },
            Choice {
                id: "b".into(),
                label: "Bean".into(),
            },
        ];
        Form {
            id: "demo".into(),
            title: "Demo".into(),
            buckets: vec![Bucket {
                id: "b".into(),
                title: "B".into(),
            }],
            questions: vec![
                q("one", Kind::Single, ab.clone()),
                q("many", Kind::Multiple, ab),
                q("say", Kind::Text, vec![]),
            ],
            ..Form::default()
        }
    }

    #[test]
    fn paths_round_trip() {
        let f = form();
        for step in [
            Step::Start,
            Step::Change(1),
            Step::Question(0),
            Step::Question(1),
            Step::Question(2),
            Step::Check,
            Step::Submit,
            Step::Done,
            Step::Saved,
        ] {
            assert_eq!(
                Step::from_path(&f, &step.path(&f)),
                Some(step),
                "{}",
                step.path(&f)
            );
        }
        assert_eq!(Step::Question(1).path(&f), "/f/demo/q/many");
        assert_eq!(Step::from_path(&f, "/f/demo/q/nope"), None);
        assert_eq!(Step::from_path(&f, "/f/other"), None);
        assert_eq!(Step::from_path(&f, "/f/demox"), None);
        let via = |lang: &str, channel: &str| Via {
            lang: lang.into(),
            channel: channel.into(),
        };
        assert_eq!(
            Step::Question(1).url(&f, &via("cy", "")),
            "/f/demo/q/many?lang=cy"
        );
        assert_eq!(
            Step::Question(1).url(&f, &via("en-GB", "")),
            "/f/demo/q/many?lang=en-GB"
        );
        assert_eq!(Step::Question(1).url(&f, &via("", "")), "/f/demo/q/many");
        assert_eq!(
            Step::Check.url(&f, &via("", "riverside-mind")),
            "/f/demo/check?channel=riverside-mind"
        );
        assert_eq!(
            Step::Check.url(&f, &via("ar", "other").with_lang("cy")),
            "/f/demo/check?lang=cy&channel=other"
        );
        assert_eq!(
            Step::from_path(&f, "/f/demo/q/many?lang=cy&channel=x"),
            Some(Step::Question(1))
        );
    }

    #[test]
    fn journey_order() {
        let f = form();
        assert_eq!(Step::Question(0).next(&f), Step::Question(1));
        assert_eq!(Step::Question(2).next(&f), Step::Check);
        assert_eq!(Step::Check.next(&f), Step::Submit);
        assert_eq!(Step::Start.next(&f), Step::Question(0));
        assert_eq!(Step::Question(0).back(&f), Some(Step::Start));
        assert_eq!(Step::Start.back(&f), None);
        assert_eq!(Step::Check.back(&f), Some(Step::Question(2)));
        // Changing an answer from "Check your answers" leads back there either way.
        assert_eq!(Step::Change(0).next(&f), Step::Check);
        assert_eq!(Step::Change(0).back(&f), Some(Step::Check));
        assert_eq!(Step::Change(1).path(&f), "/f/demo/change/many");
    }

    #[test]
    fn skip_drops_only_the_skipped_question() {
        let f = form();
        let pairs = [
            ("one", "a"),
            ("many", "a"),
            ("many", "b"),
            ("_skip", "many"),
        ];
        let (answers, error) = advance(&f, pairs).unwrap();
        assert_eq!(
            answers,
            vec![Answer::Choice("a".into()), Answer::Skipped, Answer::Skipped]
        );
        assert_eq!(error, None);
    }

    #[test]
    fn too_long_text_is_kept_and_reported() {
        let (answers, error) = advance(&form(), [("one", "b"), ("say", " four ")]).unwrap();
        assert_eq!(error, Some(PageError::Invalid { question: 2 }));
        assert_eq!(
            answers,
            vec![
                Answer::Choice("b".into()),
                Answer::Skipped,
                Answer::Text("four".into())
            ]
        );
        let tampered = advance(&form(), [("one", "z"), ("say", "four")]).unwrap_err();
        assert_eq!(tampered.code(), "unknown_option");
    }

    #[test]
    fn too_many_choices_are_kept_and_reported() {
        let mut f = form();
        f.questions[1].max_choices = Some(1);
        let (answers, error) = advance(&f, [("many", "a"), ("many", "b")]).unwrap();
        assert_eq!(error, Some(PageError::Invalid { question: 1 }));
        assert_eq!(answers[1], Answer::Choices(vec!["a".into(), "b".into()]));
    }

    #[test]
    fn carried_answers_and_their_text() {
        let f = form();
        let answers = vec![
            Answer::Choice("b".into()),
            Answer::Choices(vec!["a".into(), "b".into()]),
            Answer::Skipped,
        ];
        assert_eq!(
            carried(&f, &answers, Some(0)),
            vec![
                ("many".to_string(), "a".to_string()),
                ("many".to_string(), "b".to_string())
            ]
        );
        assert_eq!(
            answer_text(&f, 1, &answers[1]).as_deref(),
            Some("Apple, Bean")
        );
        assert_eq!(answer_text(&f, 2, &answers[2]), None);
    }

    #[test]
    fn details_that_may_identify_someone_are_asked_about_on_their_own_page() {
        let mut f = form();
        f.questions[2].max_length = None;
        let with = |pairs: &[(&str, &str)]| advance(&f, pairs.iter().copied()).unwrap();
        let text = "Ring 07700 900123 any time";
        // Posted from its own page: stop and ask.
        let (answers, error) = with(&[("say", text), ("_q", "say")]);
        assert_eq!(error, Some(PageError::MayIdentify { question: 2 }));
        assert_eq!(answers[2], Answer::Text(text.into()));
        // "Remove the marked details".
        let (answers, error) = with(&[("say", text), ("_q", "say"), ("_scrub", "say")]);
        assert_eq!(error, None);
        assert_eq!(answers[2], Answer::Text("Ring [removed] any time".into()));
        // "Keep my answer as it is", and carried from earlier pages: not asked again.
        assert_eq!(
            with(&[("say", text), ("_q", "say"), ("_keep", "say")]).1,
            None
        );
        assert_eq!(with(&[("say", text), ("_q", "one")]).1, None);
        // Skipped: nothing to ask about.
        assert_eq!(
            with(&[("say", text), ("_q", "say"), ("_skip", "say")]),
            (vec![Answer::Skipped; 3], None)
        );
    }

    #[test]
    fn an_invite_code_travels_and_is_checked_on_the_start_page() {
        let mut f = form();
        let start = [("_invite", " abcd-efgh "), ("_start", "")];
        // Forms anyone may answer ignore it.
        assert_eq!(posted_invite(&f, start), "");
        assert_eq!(start_error(&f, start, ""), None);
        f.invite_only = true;
        assert_eq!(posted_invite(&f, start), "abcd-efgh");
        assert_eq!(start_error(&f, start, "abcd-efgh"), None);
        assert_eq!(
            start_error(&f, [("_start", "")], ""),
            Some(PageError::InviteMissing)
        );
        assert_eq!(
            start_error(&f, [("_invite", "ABCD-0000"), ("_start", "")], "ABCD-0000"),
            Some(PageError::InviteRefused)
        );
        // Only "Start now" asks: later pages carry the code on, and sending checks it.
        assert_eq!(start_error(&f, [("one", "a")], ""), None);
        // The code is never an answer.
        let (answers, error) = advance(&f, [("_invite", "ABCD-EFGH"), ("one", "a")]).unwrap();
        assert_eq!(
            (answers[0].clone(), error),
            (Answer::Choice("a".into()), None)
        );
    }

    #[test]
    fn other_texts_follow_their_option() {
        let mut f = form();
        f.questions[1].options.push(Choice {
            id: "other".into(),
            label: "Other".into(),
        });
        let with = |pairs: &[(&str, &str)]| advance(&f, pairs.iter().copied());
        let (answers, error) =
            with(&[("many", "a"), ("many", "other"), ("many:other", " Bus ")]).unwrap();
        assert_eq!(
            answers[1],
            Answer::Other {
                choices: vec!["a".into(), "other".into()],
                text: "Bus".into()
            }
        );
        assert_eq!(error, None);
        assert_eq!(
            answer_text(&f, 1, &answers[1]).as_deref(),
            Some("Apple, Other: Bus")
        );
        assert_eq!(
            carried(&f, &answers, None)[2],
            ("many:other".to_string(), "Bus".to_string())
        );
        // Unticked "other": its text is dropped, not an error.
        let (answers, _) = with(&[("many", "a"), ("many:other", "Bus")]).unwrap();
        assert_eq!(answers[1], Answer::Choices(vec!["a".into()]));
        // Skipped: the text goes with the answer.
        let (answers, _) =
            with(&[("many", "other"), ("many:other", "Bus"), ("_skip", "many")]).unwrap();
        assert_eq!(answers[1], Answer::Skipped);
        // Too long: kept, and said.
        let long = "x".repeat(501);
        let (answers, error) = with(&[("many", "other"), ("many:other", &long)]).unwrap();
        assert_eq!(error, Some(PageError::OtherInvalid { question: 1 }));
        assert_eq!(
            answers[1],
            Answer::Other {
                choices: vec!["other".into()],
                text: long
            }
        );
    }
}
