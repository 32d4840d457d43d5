//! How the page's data travels from the server to the wasm inside the page.
//!
//! A flat list of text fields rather than JSON: a JSON parser (serde_json and its error paths,
//! float formatting included) would be the largest single part of the wasm, and this data is
//! only ever written by our own server. Both directions live here and are tested together.

use chorus_core::answers::Answer;
use chorus_core::schema::{Bucket, Choice, Form, Kind, Link, Logo, Question, Support, Text};

use crate::page::{Draft, Feedback, PageData, PageError, Step, Via};
use crate::strings::{CountStrings, QuestionStrings, Strings};

/// Between fields. Escaped inside them, with `\` and anything HTML would alter in a `<script>`.
const SEP: char = '\u{1f}';

/// Writes page data as text that can sit in a `<script type="text/plain">` unchanged.
pub fn encode(data: &PageData) -> String {
    let mut w = Writer(String::new());
    let form = &data.form;
    w.str(&form.id);
    w.text(&form.title);
    w.text(&form.intro);
    w.num(form.minutes as usize);
    w.opt_text(form.content_note.as_ref());
    match &form.support {
        None => w.str("0"),
        Some(s) => {
            w.str("1");
            w.text(&s.title);
            w.text(&s.text);
            w.num(s.links.len());
            for l in &s.links {
                w.text(&l.label);
                w.str(&l.href);
            }
        }
    }
    w.str(&form.exit_url);
    w.str(if form.exit_clears_draft { "1" } else { "0" });
    w.num(form.draft_days as usize);
    w.str(if form.invite_only { "1" } else { "0" });
    w.str(if form.proof_of_work { "1" } else { "0" });
    w.list(&form.embed_origins);
    match &form.logo {
        None => w.str("0"),
        Some(l) => {
            w.str("1");
            w.str(&l.src);
            w.text(&l.alt);
        }
    }
    w.num(form.buckets.len());
    for b in &form.buckets {
        w.str(&b.id);
        w.text(&b.title);
    }
    w.num(form.questions.len());
    for q in &form.questions {
        w.str(&q.id);
        w.str(q.kind.as_str());
        w.str(&q.bucket);
        w.text(&q.title);
        w.opt_text(q.hint.as_ref());
        w.num(q.options.len());
        for o in &q.options {
            w.str(&o.id);
            w.text(&o.label);
        }
        w.opt_num(q.max_choices);
        w.opt_num(q.max_length);
    }
    let s = &data.strings;
    w.str(&s.lang);
    w.str(&data.via.lang);
    w.str(&data.via.channel);
    w.str(if s.rtl { "1" } else { "0" });
    w.num(s.languages.len());
    for (tag, name) in &s.languages {
        w.str(tag);
        w.str(name);
    }
    w.num(s.messages.len());
    for m in &s.messages {
        w.str(m);
    }
    w.num(s.questions.len());
    for q in &s.questions {
        w.str(&q.progress);
        w.str(&q.left);
        w.opt(q.error.as_deref());
        w.opt(q.limit.as_deref());
        w.opt(q.other_error.as_deref());
    }
    w.num(s.counts.len());
    for c in &s.counts {
        w.str(&c.category);
        w.str(&c.left);
        w.str(&c.over);
    }
    w.step(data.step);
    w.answers(&data.answers);
    match data.error {
        None => w.str("-"),
        Some(PageError::Invalid { question }) => {
            w.str("i");
            w.num(question);
        }
        Some(PageError::OtherInvalid { question }) => {
            w.str("o");
            w.num(question);
        }
        Some(PageError::MayIdentify { question }) => {
            w.str("m");
            w.num(question);
        }
        Some(PageError::NotSent) => w.str("n"),
        Some(PageError::InviteMissing) => w.str("I"),
        Some(PageError::InviteRefused) => w.str("R"),
        Some(PageError::PowRefused) => w.str("p"),
    }
    w.str(&data.invite);
    w.num(data.feedback.len());
    for f in &data.feedback {
        w.str(&f.lang);
        w.str(&f.you_said);
        w.str(&f.we_did);
    }
    w.0
}

/// Reads what [`encode`] wrote; `None` if it is not that.
pub fn decode(text: &str) -> Option<PageData> {
    let mut r = Reader(text.split(SEP));
    let id = r.str()?;
    let title = r.text()?;
    let intro = r.text()?;
    let minutes = r.num()? as u32;
    let content_note = r.opt_text()?;
    let support = match r.0.next()? {
        "0" => None,
        "1" => Some(Support {
            title: r.text()?,
            text: r.text()?,
            links: r.list(|r| {
                Some(Link {
                    label: r.text()?,
                    href: r.str()?,
                })
            })?,
        }),
        _ => return None,
    };
    let exit_url = r.str()?;
    let exit_clears_draft = r.str()? == "1";
    let draft_days = r.num()? as u32;
    let invite_only = r.str()? == "1";
    let proof_of_work = r.str()? == "1";
    let embed_origins = r.list(Reader::str)?;
    let logo = match r.0.next()? {
        "0" => None,
        "1" => Some(Logo {
            src: r.str()?,
            alt: r.text()?,
        }),
        _ => return None,
    };
    let buckets = r.list(|r| {
        Some(Bucket {
            id: r.str()?,
            title: r.text()?,
        })
    })?;
    let questions = r.list(|r| {
        Some(Question {
            id: r.str()?,
            kind: Kind::parse(&r.str()?)?,
            bucket: r.str()?,
            title: r.text()?,
            hint: r.opt_text()?,
            options: r.list(|r| {
                Some(Choice {
                    id: r.str()?,
                    label: r.text()?,
                })
            })?,
            max_choices: r.opt_num()?,
            max_length: r.opt_num()?,
        })
    })?;
    let lang = r.str()?;
    let via = Via {
        lang: r.str()?,
        channel: r.str()?,
    };
    let strings = Strings {
        lang,
        rtl: r.str()? == "1",
        languages: r.list(|r| Some((r.str()?, r.str()?)))?,
        messages: r.list(Reader::str)?,
        questions: r.list(|r| {
            Some(QuestionStrings {
                progress: r.str()?,
                left: r.str()?,
                error: r.opt()?,
                limit: r.opt()?,
                other_error: r.opt()?,
            })
        })?,
        counts: r.list(|r| {
            Some(CountStrings {
                category: r.str()?,
                left: r.str()?,
                over: r.str()?,
            })
        })?,
    };
    let step = r.step()?;
    let answers = r.answers()?;
    let error = match r.str()?.as_str() {
        "-" => None,
        "i" => Some(PageError::Invalid { question: r.num()? }),
        "o" => Some(PageError::OtherInvalid { question: r.num()? }),
        "m" => Some(PageError::MayIdentify { question: r.num()? }),
        "n" => Some(PageError::NotSent),
        "I" => Some(PageError::InviteMissing),
        "R" => Some(PageError::InviteRefused),
        "p" => Some(PageError::PowRefused),
        _ => return None,
    };
    let invite = r.str()?;
    let feedback = (0..r.num()?)
        .map(|_| {
            Some(Feedback {
                lang: r.str()?,
                you_said: r.str()?,
                we_did: r.str()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    // The page carries its form already in one language: the list of languages stays behind.
    let form = Form {
        id,
        title,
        intro,
        languages: Vec::new(),
        minutes,
        content_note,
        support,
        exit_url,
        exit_clears_draft,
        draft_days,
        invite_only,
        proof_of_work,
        embed_origins,
        logo,
        buckets,
        questions,
        ..Form::default()
    };
    // Indexes must point inside the form, or the pages would panic.
    let n = form.questions.len();
    let step_ok = step.question().is_none_or(|i| i < n);
    let error_ok = !matches!(error, Some(PageError::Invalid { question } | PageError::OtherInvalid { question } | PageError::MayIdentify { question }) if question >= n);
    (n > 0 && answers.len() == n && step_ok && error_ok && r.0.next().is_none()).then_some(
        PageData {
            form,
            strings,
            step,
            answers,
            error,
            via,
            invite,
            feedback,
        },
    )
}

/// Writes answers saved on the device to finish later (a versioned record, so an old draft
/// from an earlier Chorus is dropped rather than misread).
pub fn encode_draft(draft: &Draft) -> String {
    let mut w = Writer(String::new());
    w.str("d4");
    w.str(&draft.saved_ms.to_string());
    w.str(&draft.lang);
    w.str(&draft.channel);
    w.str(if draft.carry_on { "1" } else { "0" });
    w.step(draft.step);
    w.answers(&draft.answers);
    w.str(&draft.invite);
    w.0
}

/// Reads a draft for a form of `questions` questions; `None` if it is not one, or does not fit.
pub fn decode_draft(text: &str, questions: usize) -> Option<Draft> {
    let mut r = Reader(text.split(SEP));
    // d2 drafts, saved before channels, came through no channel; d2 and d3, saved before
    // invite codes, have none.
    let version = r.str()?;
    if !matches!(version.as_str(), "d2" | "d3" | "d4") {
        return None;
    }
    let saved_ms = r.str()?.parse().ok()?;
    let lang = r.str()?;
    let channel = if version != "d2" {
        r.str()?
    } else {
        String::new()
    };
    let carry_on = r.str()? == "1";
    let step = r.step()?;
    let answers = r.answers()?;
    let invite = if version == "d4" {
        r.str()?
    } else {
        String::new()
    };
    let fits = answers.len() == questions && step.question().is_none_or(|i| i < questions);
    (fits && r.0.next().is_none()).then_some(Draft {
        saved_ms,
        lang,
        channel,
        carry_on,
        step,
        answers,
        invite,
    })
}

struct Writer(String);

impl Writer {
    fn str(&mut self, s: &str) {
        if !self.0.is_empty() {
            self.0.push(SEP);
        }
        for c in s.chars() {
            match c {
                '\\' => self.0.push_str("\\\\"),
                SEP => self.0.push_str("\\s"),
                // Inside <script>, "<" could start "</script" or "<!--"; the HTML parser also
                // rewrites CR and NUL.
                '<' => self.0.push_str("\\l"),
                '\r' => self.0.push_str("\\r"),
                '\0' => self.0.push_str("\\0"),
                c => self.0.push(c),
            }
        }
    }

    fn num(&mut self, n: usize) {
        self.str(&n.to_string());
    }

    fn opt(&mut self, s: Option<&str>) {
        match s {
            None => self.str("0"),
            Some(s) => {
                self.str("1");
                self.str(s);
            }
        }
    }

    /// A form text, with whether it is English standing in for a translation.
    fn text(&mut self, t: &Text) {
        self.str(if t.fallback { "e" } else { "t" });
        self.str(&t.text);
    }

    fn opt_text(&mut self, t: Option<&Text>) {
        match t {
            None => self.str("0"),
            Some(t) => {
                self.str("1");
                self.text(t);
            }
        }
    }

    fn list(&mut self, items: &[String]) {
        self.num(items.len());
        for i in items {
            self.str(i);
        }
    }

    fn step(&mut self, step: Step) {
        match step {
            Step::Start => self.str("b"),
            Step::Question(i) => {
                self.str("q");
                self.num(i);
            }
            Step::Change(i) => {
                self.str("x");
                self.num(i);
            }
            Step::Check => self.str("c"),
            Step::Submit => self.str("s"),
            Step::Done => self.str("d"),
            Step::Saved => self.str("v"),
        }
    }

    fn answers(&mut self, answers: &[Answer]) {
        self.num(answers.len());
        for a in answers {
            match a {
                Answer::Skipped => self.str("-"),
                Answer::Choice(c) => {
                    self.str("c");
                    self.str(c);
                }
                Answer::Text(t) => {
                    self.str("t");
                    self.str(t);
                }
                Answer::Choices(cs) => {
                    self.str("m");
                    self.list(cs);
                }
                Answer::Other { choices, text } => {
                    self.str("o");
                    self.list(choices);
                    self.str(text);
                }
            }
        }
    }

    fn opt_num(&mut self, n: Option<u32>) {
        self.opt(n.map(|n| n.to_string()).as_deref());
    }
}

struct Reader<'a>(std::str::Split<'a, char>);

impl Reader<'_> {
    fn str(&mut self) -> Option<String> {
        let raw = self.0.next()?;
        let mut out = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            out.push(if c == '\\' {
                match chars.next()? {
                    '\\' => '\\',
                    's' => SEP,
                    'l' => '<',
                    'r' => '\r',
                    '0' => '\0',
                    _ => return None,
                }
            } else {
                c
            });
        }
        Some(out)
    }

    fn num(&mut self) -> Option<usize> {
        self.0.next()?.parse().ok()
    }

    fn opt(&mut self) -> Option<Option<String>> {
        match self.0.next()? {
            "0" => Some(None),
            "1" => self.str().map(Some),
            _ => None,
        }
    }

    fn opt_num(&mut self) -> Option<Option<u32>> {
        match self.opt()? {
            None => Some(None),
            Some(n) => n.parse().ok().map(Some),
        }
    }

    fn text(&mut self) -> Option<Text> {
        let fallback = match self.0.next()? {
            "e" => true,
            "t" => false,
            _ => return None,
        };
        Some(Text {
            text: self.str()?,
            fallback,
            translations: Default::default(),
        })
    }

    fn opt_text(&mut self) -> Option<Option<Text>> {
        match self.0.next()? {
            "0" => Some(None),
            "1" => self.text().map(Some),
            _ => None,
        }
    }

    fn step(&mut self) -> Option<Step> {
        Some(match self.str()?.as_str() {
            "b" => Step::Start,
            "q" => Step::Question(self.num()?),
            "x" => Step::Change(self.num()?),
            "c" => Step::Check,
            "s" => Step::Submit,
            "d" => Step::Done,
            "v" => Step::Saved,
            _ => return None,
        })
    }

    fn answers(&mut self) -> Option<Vec<Answer>> {
        self.list(|r| {
            Some(match r.str()?.as_str() {
                "-" => Answer::Skipped,
                "c" => Answer::Choice(r.str()?),
                "t" => Answer::Text(r.str()?),
                "m" => Answer::Choices(r.list(Reader::str)?),
                "o" => Answer::Other {
                    choices: r.list(Reader::str)?,
                    text: r.str()?,
                },
                _ => return None,
            })
        })
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.num()?;
        // Each item takes at least one field: a bad count cannot make us allocate much.
        let mut out = Vec::with_capacity(n.min(1024));
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> PageData {
        let q = |id: &str, kind, options: Vec<Choice>| Question {
            id: id.into(),
            kind,
            bucket: "b".into(),
            title: Text {
                text: format!("Title of {id} <script>"),
                fallback: id == "say",
                translations: Default::default(),
            },
            hint: None,
            options,
            max_choices: None,
            max_length: None,
        };
        let mut many = q(
            "many",
            Kind::Multiple,
            vec![
                Choice {
                    id: "a".into(),
                    label: "A & \\ \u{1f}".into(),
                },
                Choice {
                    id: "b".into(),
                    label: "</script><!--".into(),
                },
            ],
        );
        many.max_choices = Some(1);
        many.hint = Some(Text::default());
        let mut say = q("say", Kind::Text, vec![]);
        say.max_length = Some(40);
        say.hint = Some("Line one\r\nline two \0".into());
        PageData {
            form: Form {
                id: "demo".into(),
                title: "Demo".into(),
                buckets: vec![Bucket {
                    id: "b".into(),
                    title: "B".into(),
                }],
                questions: vec![many, say, q("age", Kind::Diversity, vec![])],
                minutes: 4,
                content_note: Some("Hard <b>things</b>".into()),
                support: Some(Support {
                    title: "Help now".into(),
                    text: Text::default(),
                    links: vec![Link {
                        label: "Samaritans".into(),
                        href: "tel:116123".into(),
                    }],
                }),
                logo: Some(Logo {
                    src: "/assets/partners/logo.svg".into(),
                    alt: "Riverside Mind".into(),
                }),
                ..Form::default()
            },
            strings: Strings {
                lang: "cy".into(),
                rtl: true,
                languages: vec![
                    ("en-GB".into(), "English".into()),
                    ("cy".into(), "Cymraeg".into()),
                ],
                messages: vec!["Parhau".into(), String::new(), "\\s".into()],
                questions: vec![
                    QuestionStrings {
                        progress: "1/3".into(),
                        left: "2 left".into(),
                        error: Some("Too many".into()),
                        limit: None,
                        other_error: None,
                    },
                    QuestionStrings {
                        progress: "2/3".into(),
                        left: "1 left".into(),
                        error: None,
                        limit: Some("Up to 40".into()),
                        other_error: Some("Shorter".into()),
                    },
                ],
                counts: vec![CountStrings {
                    category: "few".into(),
                    left: "{n} left".into(),
                    over: "{n} over".into(),
                }],
            },
            step: Step::Question(2),
            answers: vec![
                Answer::Choices(vec!["a".into(), "b".into()]),
                Answer::Other {
                    choices: vec!["a".into(), "other".into()],
                    text: "ਪੰਜਾਬੀ \u{1f} </script>".into(),
                },
                Answer::Skipped,
            ],
            error: Some(PageError::Invalid { question: 0 }),
            via: Via {
                lang: "cy".into(),
                channel: "riverside-mind".into(),
            },
            invite: "abcd-EFGH \u{1f}<".into(),
            feedback: vec![
                Feedback {
                    lang: "en-GB".into(),
                    you_said: "More in the evenings </script> \u{1f}".into(),
                    we_did: "Opened on Thursdays & Fridays \\".into(),
                },
                Feedback::default(),
            ],
        }
    }

    #[test]
    fn round_trip() {
        let data = sample();
        let text = encode(&data);
        assert!(
            !text.contains('<') && !text.contains('\r') && !text.contains('\0'),
            "{text}"
        );
        assert_eq!(decode(&text), Some(data));
        let plain = PageData {
            form: Form {
                support: None,
                content_note: None,
                logo: None,
                ..sample().form
            },
            ..sample()
        };
        assert_eq!(decode(&encode(&plain)), Some(plain));
        let closed = PageData {
            form: Form {
                invite_only: true,
                ..sample().form
            },
            invite: String::new(),
            ..sample()
        };
        assert_eq!(decode(&encode(&closed)), Some(closed));
        let quiet = PageData {
            feedback: Vec::new(),
            ..sample()
        };
        assert_eq!(decode(&encode(&quiet)), Some(quiet));
        let guarded = PageData {
            form: Form {
                proof_of_work: true,
                ..sample().form
            },
            ..sample()
        };
        assert_eq!(decode(&encode(&guarded)), Some(guarded.clone()));
        assert!(decode(&encode(&guarded)).unwrap().form.proof_of_work);
        assert!(!decode(&encode(&sample())).unwrap().form.proof_of_work);
        for (step, error) in [
            (Step::Start, None),
            (Step::Change(1), Some(PageError::Invalid { question: 1 })),
            (Step::Check, Some(PageError::NotSent)),
            (
                Step::Question(0),
                Some(PageError::OtherInvalid { question: 0 }),
            ),
            (
                Step::Change(1),
                Some(PageError::MayIdentify { question: 1 }),
            ),
            (Step::Done, None),
            (Step::Submit, None),
            (Step::Start, Some(PageError::InviteMissing)),
            (Step::Check, Some(PageError::InviteRefused)),
            (Step::Check, Some(PageError::PowRefused)),
        ] {
            let data = PageData {
                step,
                error,
                ..sample()
            };
            assert_eq!(decode(&encode(&data)), Some(data));
        }
    }

    #[test]
    fn drafts_round_trip_and_must_fit_the_form() {
        let draft = Draft {
            saved_ms: 1_795_000_000_000,
            lang: "cy".into(),
            channel: "riverside-mind".into(),
            carry_on: true,
            step: Step::Change(1),
            answers: sample().answers,
            invite: "ABCD-EFGH".into(),
        };
        let text = encode_draft(&draft);
        assert_eq!(decode_draft(&text, 3), Some(draft.clone()));
        // Saved by the Chorus before invite codes: still read, with none.
        let before_invites = text
            .replacen("d4", "d3", 1)
            .replacen("\u{1f}ABCD-EFGH", "", 1);
        assert_eq!(
            decode_draft(&before_invites, 3),
            Some(Draft {
                invite: String::new(),
                ..draft.clone()
            })
        );
        // Saved by the Chorus before channels: still read, as no channel.
        let old = before_invites
            .replacen("d3", "d2", 1)
            .replacen("\u{1f}riverside-mind", "", 1);
        assert_eq!(
            decode_draft(&old, 3),
            Some(Draft {
                channel: String::new(),
                invite: String::new(),
                ..draft
            })
        );
        assert_eq!(decode_draft(&text, 4), None, "the form has changed since");
        assert_eq!(decode_draft("d0\u{1f}1", 3), None);
        assert_eq!(decode_draft("", 3), None);
    }

    #[test]
    fn anything_else_is_refused() {
        let text = encode(&sample());
        assert_eq!(decode(""), None);
        assert_eq!(decode("{\"form\":{}}"), None);
        assert_eq!(decode(&text[..text.len() - 3]), None);
        assert_eq!(decode(&format!("{text}\u{1f}extra")), None);
        for step in [Step::Question(7), Step::Change(3)] {
            let out_of_range = PageData { step, ..sample() };
            assert_eq!(decode(&encode(&out_of_range)), None);
        }
    }
}
