//! One person's answers: the submission format of the public API, and checking it against a form.
//!
//! Answers are read permissively first ([`RawAnswers`] keeps duplicates, `null`s and wrong
//! types) so that [`check`] can say exactly what is wrong, with the question it concerns.

use std::fmt;

use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

use crate::schema::{Form, Kind, OTHER_MAX_LENGTH, OTHER_OPTION};

/// The body of `POST /api/forms/{form}/responses`. Later fields (channel, language, …) sit
/// beside `answers`, never inside it.
///
/// serde's derive also reads a struct from a JSON array of its fields in order, so
/// `[{"answers":{}}]` would be taken as answers to a question called "answers"; the impls below
/// take an object only, and say so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Submission {
    pub answers: RawAnswers,
    /// "Other (please tell us)" texts by question id, for questions whose option `other` was chosen.
    #[serde(default, skip_serializing_if = "RawAnswers::is_empty")]
    pub other: RawAnswers,
    /// The language the form was answered in (a tag such as "cy"), for totals by language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The community group or venue it came through (`?channel=` on the link): counted as one
    /// of the form's channels, or as "other" (see [`Form::counted_channel`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The one-time invite code of an invite-only form, as typed (see [`crate::invite`]). It
    /// opens the form once and is never stored beside the answers; other forms ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite: Option<String>,
    /// A solved proof-of-work challenge, for forms that ask for one: base64 of its JSON
    /// (ALTCHA's payload; see `pow` in the server). Other forms ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pow: Option<String>,
}

/// Answers as sent, in the order sent, before checking.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawAnswers(pub Vec<(String, RawAnswer)>);

#[derive(Debug, Clone, PartialEq)]
pub enum RawAnswer {
    /// An option id (single, diversity) or free text (text).
    Text(String),
    /// Option ids (multiple).
    List(Vec<String>),
    Null,
    /// Any other JSON value; the text says what it was, for the error message.
    Other(&'static str),
}

/// A checked answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Skipped,
    Choice(String),
    Choices(Vec<String>),
    Text(String),
    /// Choices that include `other`, with what the person wrote for it.
    Other {
        choices: Vec<String>,
        text: String,
    },
}

impl Answer {
    pub fn is_skipped(&self) -> bool {
        matches!(self, Answer::Skipped)
    }

    /// Whether this answer includes option `id`.
    pub fn has_choice(&self, id: &str) -> bool {
        match self {
            Answer::Choice(c) => c == id,
            Answer::Choices(cs) | Answer::Other { choices: cs, .. } => cs.iter().any(|c| c == id),
            _ => false,
        }
    }
}

/// Why a submission was refused. Each says what to do instead. Messages may repeat ids that were
/// sent (to the sender only); they are never logged.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnswerError {
    #[error("this form has no question \"{0}\": use the question ids from the form definition")]
    UnknownQuestion(String),
    #[error("question \"{0}\" is answered more than once: send each question once")]
    DuplicateQuestion(String),
    #[error("question \"{0}\" is null: to skip a question, leave it out")]
    Null(String),
    #[error(
        "question \"{question}\" has option \"{option}\", but ids starting with '_' are reserved: send one of the question's option ids"
    )]
    ReservedOption { question: String, option: String },
    #[error(
        "question \"{question}\" has no option \"{option}\": send one of the question's option ids"
    )]
    UnknownOption { question: String, option: String },
    #[error("question \"{question}\" needs {expected}, not {got}")]
    WrongKind {
        question: String,
        expected: &'static str,
        got: &'static str,
    },
    #[error(
        "question \"{question}\" has option \"{option}\" more than once: send each option once"
    )]
    RepeatedOption { question: String, option: String },
    #[error("question \"{question}\" allows at most {max} choices, {got} were sent: choose fewer")]
    TooManyChoices {
        question: String,
        max: usize,
        got: usize,
    },
    #[error(
        "question \"{question}\" has other text but its \"other\" option was not chosen: choose it, or leave the text out"
    )]
    OtherNotChosen { question: String },
    #[error(
        "the answer to question \"{question}\" is {got} characters long, the limit is {max}: shorten it"
    )]
    TooLong {
        question: String,
        max: usize,
        got: usize,
    },
}

impl AnswerError {
    /// A stable machine-readable code for the API's error body.
    pub fn code(&self) -> &'static str {
        match self {
            AnswerError::UnknownQuestion(_) => "unknown_question",
            AnswerError::DuplicateQuestion(_) => "duplicate_answer",
            AnswerError::Null(_) => "null_answer",
            AnswerError::ReservedOption { .. } => "reserved_option",
            AnswerError::UnknownOption { .. } => "unknown_option",
            AnswerError::WrongKind { .. } => "wrong_kind",
            AnswerError::RepeatedOption { .. } => "repeated_option",
            AnswerError::TooManyChoices { .. } => "too_many_choices",
            AnswerError::TooLong { .. } => "too_long",
            AnswerError::OtherNotChosen { .. } => "other_not_chosen",
        }
    }

    /// The question the error is about.
    pub fn question(&self) -> &str {
        match self {
            AnswerError::UnknownQuestion(q)
            | AnswerError::DuplicateQuestion(q)
            | AnswerError::Null(q) => q,
            AnswerError::ReservedOption { question, .. }
            | AnswerError::UnknownOption { question, .. }
            | AnswerError::WrongKind { question, .. }
            | AnswerError::RepeatedOption { question, .. }
            | AnswerError::TooManyChoices { question, .. }
            | AnswerError::TooLong { question, .. }
            | AnswerError::OtherNotChosen { question } => question,
        }
    }
}

/// Checks answers against the form. Returns one answer per question, in the form's order;
/// a question left out, an empty list and blank text are all [`Answer::Skipped`].
pub fn check(form: &Form, raw: &RawAnswers) -> Result<Vec<Answer>, AnswerError> {
    let mut answers = vec![Answer::Skipped; form.questions.len()];
    // Plain lists, not hash sets: they hold at most one entry per question or option, and
    // the widget's wasm is smaller without hashing.
    let mut seen: Vec<&str> = Vec::new();
    for (qid, value) in &raw.0 {
        let Some(index) = form.question_index(qid) else {
            return Err(AnswerError::UnknownQuestion(qid.clone()));
        };
        if seen.contains(&qid.as_str()) {
            return Err(AnswerError::DuplicateQuestion(qid.clone()));
        }
        seen.push(qid);
        let question = &form.questions[index];
        let wrong = |expected, got| AnswerError::WrongKind {
            question: qid.clone(),
            expected,
            got,
        };
        let option = |id: &str| -> Result<(), AnswerError> {
            if id.starts_with('_') {
                Err(AnswerError::ReservedOption {
                    question: qid.clone(),
                    option: id.to_string(),
                })
            } else if question.option(id).is_none() {
                Err(AnswerError::UnknownOption {
                    question: qid.clone(),
                    option: id.to_string(),
                })
            } else {
                Ok(())
            }
        };
        let expected = match question.kind {
            Kind::Single | Kind::Diversity => "one option id as a string",
            Kind::Multiple => "a list of option ids",
            Kind::Text => "text as a string",
        };
        answers[index] = match (question.kind, value) {
            (_, RawAnswer::Null) => return Err(AnswerError::Null(qid.clone())),
            (_, RawAnswer::Other(got)) => return Err(wrong(expected, got)),
            (Kind::Single | Kind::Diversity, RawAnswer::Text(id)) => {
                if id.is_empty() {
                    Answer::Skipped
                } else {
                    option(id)?;
                    Answer::Choice(id.clone())
                }
            }
            (Kind::Multiple, RawAnswer::List(ids)) => {
                for (n, id) in ids.iter().enumerate() {
                    option(id)?;
                    if ids[..n].contains(id) {
                        return Err(AnswerError::RepeatedOption {
                            question: qid.clone(),
                            option: id.clone(),
                        });
                    }
                }
                let max = question.choice_limit();
                if ids.len() > max {
                    return Err(AnswerError::TooManyChoices {
                        question: qid.clone(),
                        max,
                        got: ids.len(),
                    });
                }
                if ids.is_empty() {
                    Answer::Skipped
                } else {
                    Answer::Choices(ids.clone())
                }
            }
            (Kind::Text, RawAnswer::Text(text)) => {
                let text = clean_text(text);
                let text = text.as_str();
                let got = text.chars().count();
                let max = question.text_limit();
                if got > max {
                    return Err(AnswerError::TooLong {
                        question: qid.clone(),
                        max,
                        got,
                    });
                }
                if got == 0 {
                    Answer::Skipped
                } else {
                    Answer::Text(text.to_string())
                }
            }
            (_, RawAnswer::Text(_)) => return Err(wrong(expected, "a string")),
            (_, RawAnswer::List(_)) => return Err(wrong(expected, "a list")),
        };
    }
    Ok(answers)
}

/// Checks a whole submission: its answers, then its "other" texts, which join their answers.
pub fn check_submission(form: &Form, submission: &Submission) -> Result<Vec<Answer>, AnswerError> {
    let answers = check(form, &submission.answers)?;
    attach_other(form, answers, &submission.other)
}

/// Adds "other" texts to checked answers. A text for a question whose `other` option was not
/// chosen is an error: it would be a quote without its answer.
pub fn attach_other(
    form: &Form,
    mut answers: Vec<Answer>,
    other: &RawAnswers,
) -> Result<Vec<Answer>, AnswerError> {
    let mut seen: Vec<&str> = Vec::new();
    for (qid, value) in &other.0 {
        let Some(index) = form.question_index(qid) else {
            return Err(AnswerError::UnknownQuestion(qid.clone()));
        };
        if seen.contains(&qid.as_str()) {
            return Err(AnswerError::DuplicateQuestion(qid.clone()));
        }
        seen.push(qid);
        let text = match value {
            RawAnswer::Text(t) => clean_text(t),
            RawAnswer::Null => return Err(AnswerError::Null(qid.clone())),
            RawAnswer::List(_) => return Err(other_kind(qid, "a list")),
            RawAnswer::Other(got) => return Err(other_kind(qid, got)),
        };
        if text.is_empty() {
            continue;
        }
        let choices = match &answers[index] {
            Answer::Choice(c) if c == OTHER_OPTION => vec![c.clone()],
            Answer::Choices(cs) if cs.iter().any(|c| c == OTHER_OPTION) => cs.clone(),
            _ => {
                return Err(AnswerError::OtherNotChosen {
                    question: qid.clone(),
                });
            }
        };
        let got = text.chars().count();
        if got > OTHER_MAX_LENGTH {
            return Err(AnswerError::TooLong {
                question: qid.clone(),
                max: OTHER_MAX_LENGTH,
                got,
            });
        }
        answers[index] = Answer::Other { choices, text };
    }
    Ok(answers)
}

/// Free text as it is kept: the person's words, without what could only hide or disguise
/// them. Control characters go (NUL, escape sequences; a line break stays, as `\n`), and so do
/// the explicit direction overrides, embeddings and isolates (U+202A to U+202E, U+2066 to
/// U+2069), which can make a quote display other than it reads on a coordinator's screen or
/// in a spreadsheet. Joiners and direction marks stay: scripts need them. Then trimmed.
pub fn clean_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = text
        .chars()
        .filter(|&c| !crate::schema::hides_words(c))
        .collect();
    kept.trim().to_string()
}

fn other_kind(question: &str, got: &'static str) -> AnswerError {
    AnswerError::WrongKind {
        question: question.to_string(),
        expected: "the other text as a string",
        got,
    }
}

/// The suffix of a page's field for the "other" text of a question: `<question id>:other`.
/// Ids cannot contain ':', so it never meets a question id.
pub const OTHER_FIELD_SUFFIX: &str = ":other";

impl Submission {
    /// A submission from an HTML form post (`name=value` pairs, names repeated for checkboxes,
    /// `<question id>:other` for "other" texts). Names starting with `_` are the page's own
    /// controls and are not answers.
    pub fn from_pairs<'a>(
        form: &Form,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Submission {
        let mut answers = Vec::new();
        let mut other = Vec::new();
        for (name, value) in pairs {
            if name.starts_with('_') {
                continue;
            }
            match name.strip_suffix(OTHER_FIELD_SUFFIX) {
                Some(qid) => other.push((qid.to_string(), RawAnswer::Text(value.to_string()))),
                None => answers.push((name, value)),
            }
        }
        Submission {
            answers: RawAnswers::from_pairs(form, answers),
            other: RawAnswers(other),
            lang: None,
            channel: None,
            invite: None,
            pow: None,
        }
    }

    /// The API form of checked answers: skipped questions are left out.
    pub fn from_answers(form: &Form, answers: &[Answer]) -> Submission {
        let mut other = Vec::new();
        let pairs = form.questions.iter().zip(answers).filter_map(|(q, a)| {
            let value = match a {
                Answer::Skipped => return None,
                Answer::Choice(c) => RawAnswer::Text(c.clone()),
                Answer::Text(t) => RawAnswer::Text(t.clone()),
                Answer::Choices(cs) => RawAnswer::List(cs.clone()),
                Answer::Other { choices, text } => {
                    other.push((q.id.clone(), RawAnswer::Text(text.clone())));
                    if q.kind == Kind::Multiple {
                        RawAnswer::List(choices.clone())
                    } else {
                        RawAnswer::Text(choices.first().cloned().unwrap_or_default())
                    }
                }
            };
            Some((q.id.clone(), value))
        });
        let answers = RawAnswers(pairs.collect());
        Submission {
            answers,
            other: RawAnswers(other),
            lang: None,
            channel: None,
            invite: None,
            pow: None,
        }
    }
}

impl RawAnswers {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Answers from `name=value` pairs, names repeated for checkboxes.
    fn from_pairs<'a>(
        form: &Form,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> RawAnswers {
        let mut out: Vec<(String, RawAnswer)> = Vec::new();
        for (name, value) in pairs {
            let multiple = form
                .question(name)
                .is_some_and(|q| q.kind == Kind::Multiple);
            if multiple {
                if let Some((_, RawAnswer::List(list))) = out.iter_mut().find(|(n, _)| n == name) {
                    list.push(value.to_string());
                    continue;
                }
                out.push((name.to_string(), RawAnswer::List(vec![value.to_string()])));
            } else {
                out.push((name.to_string(), RawAnswer::Text(value.to_string())));
            }
        }
        RawAnswers(out)
    }
}

impl Submission {
    /// The submission as JSON, written by hand so the widget's wasm needs no JSON library.
    pub fn to_json(&self) -> String {
        let mut out = String::from(r#"{"answers":"#);
        json_map(&mut out, &self.answers);
        if !self.other.is_empty() {
            out.push_str(r#","other":"#);
            json_map(&mut out, &self.other);
        }
        if let Some(lang) = &self.lang {
            out.push_str(r#","lang":"#);
            json_string(&mut out, lang);
        }
        if let Some(channel) = &self.channel {
            out.push_str(r#","channel":"#);
            json_string(&mut out, channel);
        }
        if let Some(invite) = &self.invite {
            out.push_str(r#","invite":"#);
            json_string(&mut out, invite);
        }
        if let Some(pow) = &self.pow {
            out.push_str(r#","pow":"#);
            json_string(&mut out, pow);
        }
        out.push('}');
        out
    }
}

fn json_map(out: &mut String, map: &RawAnswers) {
    out.push('{');
    for (n, (question, value)) in map.0.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        json_string(out, question);
        out.push(':');
        match value {
            RawAnswer::Text(t) => json_string(out, t),
            RawAnswer::List(items) => {
                out.push('[');
                for (m, item) in items.iter().enumerate() {
                    if m > 0 {
                        out.push(',');
                    }
                    json_string(out, item);
                }
                out.push(']');
            }
            RawAnswer::Null | RawAnswer::Other(_) => out.push_str("null"),
        }
    }
    out.push('}');
}

fn json_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // Short escapes for what people type; they count against the 64 KiB body limit.
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Serialize for RawAnswers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            match v {
                RawAnswer::Text(t) => map.serialize_entry(k, t)?,
                RawAnswer::List(l) => map.serialize_entry(k, l)?,
                RawAnswer::Null | RawAnswer::Other(_) => map.serialize_entry(k, &())?,
            }
        }
        map.end()
    }
}

impl Serialize for Submission {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Submission::serialize(self, serializer)
    }
}

impl<'de> Deserialize<'de> for Submission {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor;
        impl<'de> Visitor<'de> for ObjectVisitor {
            type Value = Submission;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"an object such as {"answers": {…}}"#)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Submission, A::Error> {
                Submission::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer.deserialize_map(ObjectVisitor)
    }
}

impl<'de> Deserialize<'de> for RawAnswers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor;
        impl<'de> Visitor<'de> for MapVisitor {
            type Value = RawAnswers;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of question ids to answers")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawAnswers, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, RawAnswer>()? {
                    out.push((k, v));
                }
                Ok(RawAnswers(out))
            }
        }
        deserializer.deserialize_map(MapVisitor)
    }
}

impl<'de> Deserialize<'de> for RawAnswer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = RawAnswer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an answer")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Text(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Null)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Other("true or false"))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Other("a number"))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Other("a number"))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawAnswer, E> {
                Ok(RawAnswer::Other("a number"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawAnswer, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(RawAnswer::Other("an object"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawAnswer, A::Error> {
                let mut items = Vec::new();
                let mut all_text = true;
                while let Some(item) = seq.next_element::<RawAnswer>()? {
                    match item {
                        RawAnswer::Text(t) => items.push(t),
                        _ => all_text = false,
                    }
                }
                Ok(if all_text {
                    RawAnswer::List(items)
                } else {
                    RawAnswer::Other("a list with something other than option ids in it")
                })
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::schema::{Bucket, Choice, Question};

    pub(crate) fn form() -> Form {
        let opts = |ids: &[&str]| {
            ids.iter()
                .map(|i| Choice {
                    id: i.to_string(),
                    label: i.to_uppercase().into(),
                })
                .collect()
        };
        let q = |id: &str, kind, options| Question {
            id: id.into(),
            kind,
            bucket: "b".into(),
            title: id.into(),
            hint: None,
            options,
            max_choices: None,
            max_length: None,
        };
        let mut many = q("many", Kind::Multiple, opts(&["x", "y", "z"]));
        many.max_choices = Some(2);
        let mut say = q("say", Kind::Text, vec![]);
        say.max_length = Some(5);
        Form {
            id: "f".into(),
            title: "F".into(),
            buckets: vec![Bucket {
                id: "b".into(),
                title: "B".into(),
            }],
            questions: vec![
                q("one", Kind::Single, opts(&["a", "b"])),
                many,
                say,
                q(
                    "age",
                    Kind::Diversity,
                    opts(&["young", "prefer-not-to-say"]),
                ),
            ],
            ..Form::default()
        }
    }

    fn parse(json: &str) -> Result<Vec<Answer>, AnswerError> {
        let sub: Submission = serde_json::from_str(json).expect("valid JSON");
        check_submission(&form(), &sub)
    }

    #[test]
    fn full_and_empty_answers() {
        let got = parse(
            r#"{"answers":{"one":"a","many":["x","z"],"say":" hi ","age":"prefer-not-to-say"}}"#,
        )
        .unwrap();
        assert_eq!(
            got,
            vec![
                Answer::Choice("a".into()),
                Answer::Choices(vec!["x".into(), "z".into()]),
                Answer::Text("hi".into()),
                Answer::Choice("prefer-not-to-say".into()),
            ]
        );
        let none = parse(r#"{"answers":{"many":[],"say":"   ","one":""}}"#).unwrap();
        assert!(none.iter().all(Answer::is_skipped));
    }

    #[test]
    fn each_error_has_its_code_and_question() {
        let cases = [
            (r#"{"answers":{"nope":"a"}}"#, "unknown_question", "nope"),
            (
                r#"{"answers":{"one":"a","one":"b"}}"#,
                "duplicate_answer",
                "one",
            ),
            (r#"{"answers":{"one":null}}"#, "null_answer", "one"),
            (
                r#"{"answers":{"one":"_skipped"}}"#,
                "reserved_option",
                "one",
            ),
            (
                r#"{"answers":{"many":["_answered"]}}"#,
                "reserved_option",
                "many",
            ),
            (r#"{"answers":{"one":"c"}}"#, "unknown_option", "one"),
            (r#"{"answers":{"one":["a"]}}"#, "wrong_kind", "one"),
            (r#"{"answers":{"many":"x"}}"#, "wrong_kind", "many"),
            (r#"{"answers":{"say":["x"]}}"#, "wrong_kind", "say"),
            (r#"{"answers":{"one":3}}"#, "wrong_kind", "one"),
            (r#"{"answers":{"many":["x",1]}}"#, "wrong_kind", "many"),
            (r#"{"answers":{"one":{"a":1}}}"#, "wrong_kind", "one"),
            (
                r#"{"answers":{"many":["x","x"]}}"#,
                "repeated_option",
                "many",
            ),
            (
                r#"{"answers":{"many":["x","y","z"]}}"#,
                "too_many_choices",
                "many",
            ),
            (r#"{"answers":{"say":"abcdef"}}"#, "too_long", "say"),
        ];
        for (json, code, question) in cases {
            let err = parse(json).expect_err(json);
            assert_eq!(
                (err.code(), err.question()),
                (code, question),
                "{json}: {err}"
            );
        }
    }

    #[test]
    fn text_limit_counts_characters_not_bytes() {
        // Five characters, fifteen bytes in UTF-8.
        assert_eq!(
            parse(r#"{"answers":{"say":"ਪੰਜਾਬੀ"}}"#).unwrap_err().code(),
            "too_long"
        );
        assert_eq!(
            parse(r#"{"answers":{"say":"ĉĉĉĉĉ"}}"#).unwrap()[2],
            Answer::Text("ĉĉĉĉĉ".into())
        );
    }

    #[test]
    fn unknown_top_level_fields_are_refused() {
        assert!(serde_json::from_str::<Submission>(r#"{"answers":{},"extra":1}"#).is_err());
        assert!(serde_json::from_str::<Submission>(r#"{}"#).is_err());
    }

    #[test]
    fn a_submission_is_an_object_not_an_array_of_its_fields() {
        let err = serde_json::from_str::<Submission>(r#"[{"answers":{}}]"#).unwrap_err();
        assert!(err.to_string().contains("an object such as"), "{err}");
        let sub: Submission = serde_json::from_str(r#"{"answers":{},"lang":"cy"}"#).unwrap();
        assert_eq!(sub.lang.as_deref(), Some("cy"));
        let back: Submission = serde_json::from_str(&serde_json::to_string(&sub).unwrap()).unwrap();
        assert_eq!(back, sub);
    }

    #[test]
    fn html_form_pairs_group_checkboxes() {
        let sub = Submission::from_pairs(
            &form(),
            [("_step", "2"), ("many", "x"), ("one", "a"), ("many", "y")],
        );
        assert_eq!(
            check_submission(&form(), &sub).unwrap()[..2],
            [
                Answer::Choice("a".into()),
                Answer::Choices(vec!["x".into(), "y".into()])
            ]
        );
        let twice = Submission::from_pairs(&form(), [("one", "a"), ("one", "b")]);
        assert_eq!(
            check_submission(&form(), &twice).unwrap_err().code(),
            "duplicate_answer"
        );
    }

    #[test]
    fn hand_written_json_is_json() {
        let sub = Submission {
            answers: RawAnswers(vec![
                (
                    "one".into(),
                    RawAnswer::Text("a \"quoted\" \\ line\nbreak \u{1} é ਪੰ".into()),
                ),
                ("many".into(), RawAnswer::List(vec!["x".into(), "y".into()])),
                ("empty".into(), RawAnswer::List(vec![])),
            ]),
            other: RawAnswers(vec![("one".into(), RawAnswer::Text("tab\there".into()))]),
            lang: Some("cy".into()),
            channel: Some("riverside-mind".into()),
            invite: Some("abcd-EFGH".into()),
            pow: Some("eyJhbGdvcml0aG0iOiJTSEEtMjU2In0=".into()),
        };
        let ours: serde_json::Value = serde_json::from_str(&sub.to_json()).unwrap();
        let theirs = serde_json::to_value(&sub).unwrap();
        assert_eq!(ours, theirs);
        assert_eq!(ours["invite"], "abcd-EFGH");
        assert_eq!(ours["pow"], "eyJhbGdvcml0aG0iOiJTSEEtMjU2In0=");
        let none = Submission {
            answers: RawAnswers::default(),
            other: RawAnswers::default(),
            lang: None,
            channel: None,
            invite: None,
            pow: None,
        };
        assert_eq!(none.to_json(), r#"{"answers":{}}"#);
    }

    #[test]
    fn an_invite_code_is_an_optional_field_beside_the_answers() {
        let sub: Submission =
            serde_json::from_str(r#"{"answers":{"one":"a"},"invite":"ABCD-EFGH"}"#).unwrap();
        assert_eq!(sub.invite.as_deref(), Some("ABCD-EFGH"));
        assert_eq!(
            check_submission(&form(), &sub).unwrap()[0],
            Answer::Choice("a".into())
        );
        let without: Submission = serde_json::from_str(r#"{"answers":{}}"#).unwrap();
        assert_eq!(without.invite, None);
        // Still a string or null, like the other optional fields.
        assert!(serde_json::from_str::<Submission>(r#"{"answers":{},"invite":7}"#).is_err());
        assert_eq!(
            serde_json::from_str::<Submission>(r#"{"answers":{},"invite":null}"#)
                .unwrap()
                .invite,
            None
        );
    }

    #[test]
    fn a_proof_of_work_is_an_optional_string_beside_the_answers() {
        let sub: Submission =
            serde_json::from_str(r#"{"answers":{"one":"a"},"pow":"eyJ9"}"#).unwrap();
        assert_eq!(sub.pow.as_deref(), Some("eyJ9"));
        assert_eq!(
            sub.to_json(),
            r#"{"answers":{"one":"a"},"pow":"eyJ9"}"#,
            "written by hand too"
        );
        let without: Submission = serde_json::from_str(r#"{"answers":{}}"#).unwrap();
        assert_eq!(without.pow, None);
        assert!(serde_json::from_str::<Submission>(r#"{"answers":{},"pow":{}}"#).is_err());
    }

    #[test]
    fn round_trip_through_json() {
        let answers = parse(r#"{"answers":{"one":"b","many":["y"],"say":"ok"}}"#).unwrap();
        let sub = Submission::from_answers(&form(), &answers);
        let json = serde_json::to_string(&sub).unwrap();
        assert_eq!(json, r#"{"answers":{"one":"b","many":["y"],"say":"ok"}}"#);
        assert_eq!(parse(&json).unwrap(), answers);
    }

    fn form_with_other() -> Form {
        let mut f = form();
        for q in &mut f.questions[..2] {
            q.options.push(crate::schema::Choice {
                id: "other".into(),
                label: "Other".into(),
            });
        }
        f
    }

    #[test]
    fn other_texts_join_their_answers() {
        let f = form_with_other();
        let check_json = |json: &str| check_submission(&f, &serde_json::from_str(json).unwrap());
        let got = check_json(r#"{"answers":{"one":"other","many":["x","other"]},"other":{"one":" Mosque ","many":"Bus"}}"#).unwrap();
        assert_eq!(
            got[0],
            Answer::Other {
                choices: vec!["other".into()],
                text: "Mosque".into()
            }
        );
        assert_eq!(
            got[1],
            Answer::Other {
                choices: vec!["x".into(), "other".into()],
                text: "Bus".into()
            }
        );
        // Blank other text is no other text.
        assert_eq!(
            check_json(r#"{"answers":{"one":"other"},"other":{"one":"  "}}"#).unwrap()[0],
            Answer::Choice("other".into())
        );
        for (json, code) in [
            (
                r#"{"answers":{"one":"a"},"other":{"one":"x"}}"#,
                "other_not_chosen",
            ),
            (r#"{"answers":{},"other":{"say":"x"}}"#, "other_not_chosen"),
            (r#"{"answers":{},"other":{"nope":"x"}}"#, "unknown_question"),
            (
                r#"{"answers":{"one":"other"},"other":{"one":null}}"#,
                "null_answer",
            ),
            (
                r#"{"answers":{"one":"other"},"other":{"one":["x"]}}"#,
                "wrong_kind",
            ),
            (
                r#"{"answers":{"one":"other"},"other":{"one":"a","one":"b"}}"#,
                "duplicate_answer",
            ),
        ] {
            assert_eq!(check_json(json).unwrap_err().code(), code, "{json}");
        }
        let long = format!(
            r#"{{"answers":{{"one":"other"}},"other":{{"one":"{}"}}}}"#,
            "é".repeat(501)
        );
        assert_eq!(check_json(&long).unwrap_err().code(), "too_long");
        // And back: the API form and the page fields carry the text.
        let sub = Submission::from_answers(&f, &got);
        assert_eq!(
            sub.to_json(),
            r#"{"answers":{"one":"other","many":["x","other"]},"other":{"one":"Mosque","many":"Bus"}}"#
        );
        let posted = Submission::from_pairs(
            &f,
            [
                ("one", "other"),
                ("one:other", "Mosque"),
                ("many", "x"),
                ("many", "other"),
                ("many:other", "Bus"),
            ],
        );
        assert_eq!(check_submission(&f, &posted).unwrap()[..2], got[..2]);
    }
}

#[cfg(test)]
mod cleaning {
    use super::clean_text;

    #[test]
    fn free_text_keeps_words_and_loses_what_hides_them() {
        assert_eq!(
            clean_text("  Peer\u{0} support\r\n on Tuesdays\r"),
            "Peer support\n on Tuesdays"
        );
        assert_eq!(
            clean_text("The \u{202e}gnirts\u{202c} line"),
            "The gnirts line"
        );
        assert_eq!(clean_text("\u{2067}مجموعة\u{2069} دعم"), "مجموعة دعم");
        assert_eq!(clean_text("a\u{1b}[31mb\u{85}c\u{7f}"), "a[31mbc");
        // Joiners and direction marks are part of how scripts are written.
        let kept = "می\u{200c}خواهم \u{200f}x 👩🏽\u{200d}🦱\tend";
        assert_eq!(clean_text(kept), kept);
        assert_eq!(clean_text("\u{202e}\u{0}  "), "");
    }
}
