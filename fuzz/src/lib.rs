//! What the fuzz targets share: the forms submissions are checked against, and the promises a
//! checked submission, its tally and its quotes must keep whatever was sent.
//!
//! Every check here restates a rule from chorus-core's documentation in the plainest terms, so
//! that a fuzzer input breaking it is a bug in core (or in its documentation), not here.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use chorus_core::answers::{Answer, Submission, check_submission};
use chorus_core::reserved::{ANSWERED, SKIPPED};
use chorus_core::schema::{self, Form, Kind, OTHER_MAX_LENGTH, OTHER_OPTION, hides_words};
use chorus_core::scrub;
use chorus_core::tally::Tally;

/// A small form with tight limits, so short inputs reach "too long" and "too many choices".
const TIGHT: &str = r#"
id = "tight"
title = "Tight"
channels = [{ id = "cafe", name = "Café" }]

[[buckets]]
id = "b"
title = "B"

[[questions]]
id = "one"
kind = "single"
bucket = "b"
title = "One"
options = [{ id = "a", label = "A" }, { id = "other", label = "Other" }]

[[questions]]
id = "many"
kind = "multiple"
bucket = "b"
title = "Many"
max_choices = 2
options = [{ id = "x", label = "X" }, { id = "y", label = "Y" }, { id = "other", label = "Other" }]

[[questions]]
id = "say"
kind = "text"
bucket = "b"
title = "Say"
max_length = 5

[[questions]]
id = "age"
kind = "diversity"
bucket = "b"
title = "Age"
options = [{ id = "young", label = "Young" }, { id = "prefer-not-to-say", label = "Prefer not to say" }]
"#;

/// The project's own forms (forms/*.toml, read when the target is built) and [`TIGHT`], parsed
/// once with the server's parser.
pub static FORMS: LazyLock<Vec<Form>> = LazyLock::new(|| {
    [
        include_str!("../../forms/demo.toml"),
        include_str!("../../forms/drop-in-session.toml"),
        include_str!("../../forms/riverside-drop-in.toml"),
        TIGHT,
    ]
    .iter()
    .map(|text| schema::parse_toml(text).expect("the project's forms are fine"))
    .collect()
});

/// Free text as kept: no character that hides words, nothing to trim, not empty.
pub fn assert_clean(text: &str, what: &str) {
    assert!(!text.is_empty(), "{what}: empty text kept");
    assert_eq!(text, text.trim(), "{what}: text kept untrimmed");
    if let Some(c) = text.chars().find(|&c| hides_words(c)) {
        panic!("{what}: U+{:04X} kept in {text:?}", u32::from(c));
    }
    // What `hides_words` lets through is only line breaks, tabs and visible characters.
    for c in text.chars() {
        assert!(
            !c.is_control() || c == '\n' || c == '\t',
            "{what}: control character U+{:04X} kept",
            u32::from(c)
        );
        assert!(
            !('\u{202a}'..='\u{202e}').contains(&c) && !('\u{2066}'..='\u{2069}').contains(&c),
            "{what}: direction override U+{:04X} kept",
            u32::from(c)
        );
    }
}

/// The checked answers of `form`: one per question, each the kind the question asks for, with
/// only the question's own option ids, within its limits.
pub fn assert_answers(form: &Form, answers: &[Answer]) {
    assert_eq!(
        answers.len(),
        form.questions.len(),
        "one answer per question"
    );
    for (q, a) in form.questions.iter().zip(answers) {
        let what = format!("form {} question {}", form.id, q.id);
        let own = |id: &str| {
            assert!(!id.starts_with('_'), "{what}: reserved option {id:?} kept");
            assert!(
                q.option(id).is_some(),
                "{what}: option {id:?} not in the form"
            );
        };
        let choices = |cs: &[String]| {
            assert!(!cs.is_empty(), "{what}: no choices kept as choices");
            for (n, c) in cs.iter().enumerate() {
                own(c);
                assert!(!cs[..n].contains(c), "{what}: option {c:?} twice");
            }
            assert!(cs.len() <= q.choice_limit(), "{what}: over max_choices");
        };
        match (q.kind, a) {
            (_, Answer::Skipped) => {}
            (Kind::Single | Kind::Diversity, Answer::Choice(c)) => own(c),
            (Kind::Multiple, Answer::Choices(cs)) => choices(cs),
            (
                Kind::Single | Kind::Diversity | Kind::Multiple,
                Answer::Other { choices: cs, text },
            ) => {
                choices(cs);
                if q.kind != Kind::Multiple {
                    assert_eq!(cs.len(), 1, "{what}: one choice");
                }
                assert!(
                    cs.iter().any(|c| c == OTHER_OPTION),
                    "{what}: other text without other"
                );
                assert_clean(text, &what);
                assert!(
                    text.chars().count() <= OTHER_MAX_LENGTH,
                    "{what}: other text too long"
                );
            }
            (Kind::Text, Answer::Text(t)) => {
                assert_clean(t, &what);
                assert!(
                    t.chars().count() <= q.text_limit(),
                    "{what}: text over max_length"
                );
            }
            (kind, a) => panic!("{what}: a {} question answered with {a:?}", kind.as_str()),
        }
    }
}

/// What one checked submission adds: every question counted (a multiple-choice question once
/// per option ticked, every other question exactly once), only the question's own options or
/// the reserved rows, diversity apart, and a clean quote for each text.
pub fn assert_tally(form: &Form, answers: &[Answer], t: &Tally) {
    let mut seen = BTreeSet::new();
    for (keys, diversity) in [(&t.counters, false), (&t.diversity, true)] {
        for k in keys {
            let what = format!("form {} counter {}/{}", form.id, k.question, k.option);
            let q = form
                .question(&k.question)
                .unwrap_or_else(|| panic!("{what}: no such question"));
            assert_eq!(
                q.kind == Kind::Diversity,
                diversity,
                "{what}: diversity counted apart"
            );
            assert!(
                seen.insert((&k.question, &k.option)),
                "{what}: counted twice"
            );
            let ok = q.option(&k.option).is_some()
                || k.option == SKIPPED
                || (k.option == ANSWERED && q.kind == Kind::Text);
            assert!(ok, "{what}: not a row of the question");
        }
    }
    let mut quotes = 0;
    for (q, a) in form.questions.iter().zip(answers) {
        let rows: Vec<&str> = t
            .counters
            .iter()
            .chain(&t.diversity)
            .filter(|k| k.question == q.id)
            .map(|k| k.option.as_str())
            .collect();
        let what = format!("form {} question {}", form.id, q.id);
        match q.kind {
            Kind::Multiple => assert!(
                !rows.is_empty() && rows.len() <= q.choice_limit().max(1),
                "{what}: counted {rows:?}"
            ),
            _ => assert_eq!(rows.len(), 1, "{what}: counted {rows:?}"),
        }
        assert_eq!(
            rows.contains(&SKIPPED),
            a.is_skipped(),
            "{what}: skipped iff skipped"
        );
        if matches!(a, Answer::Text(_) | Answer::Other { .. }) {
            quotes += 1;
        }
    }
    assert_eq!(t.quotes.len(), quotes, "one quote per text");
    for quote in &t.quotes {
        let q = form.question(&quote.question).expect("a quote's question");
        assert_eq!(
            quote.bucket, q.bucket,
            "a quote keeps its question's bucket"
        );
        assert!(
            q.kind == Kind::Text || q.option(OTHER_OPTION).is_some(),
            "a quote from a question without text"
        );
        assert_clean(&quote.text, "quote");
        assert_scrub(&quote.text);
    }
}

/// The identifying-detail finder the server runs on every quote: sorted, non-overlapping
/// ranges on char boundaries, and a removal that keeps the rest.
pub fn assert_scrub(text: &str) {
    let found = scrub::find(text);
    let mut at = 0;
    for f in &found {
        assert!(
            f.start >= at && f.start < f.end && f.end <= text.len(),
            "{found:?}"
        );
        assert!(
            text.get(f.start..f.end).is_some(),
            "not on char boundaries: {found:?}"
        );
        at = f.end;
    }
    let removed = scrub::remove(text, &found);
    assert!(
        removed.matches(scrub::REMOVED).count() >= found.len(),
        "one [removed] per part found"
    );
}

/// A checked submission's answers, sent again as the API form of them, come back the same:
/// what the widget sends after a person's own answers were checked is never refused.
pub fn assert_round_trip(form: &Form, answers: &[Answer]) {
    let again = Submission::from_answers(form, answers);
    assert_eq!(
        check_submission(form, &again).as_deref(),
        Ok(answers),
        "form {}: checked answers sent again",
        form.id
    );
    let json = again.to_json();
    let parsed: Submission = serde_json::from_str(&json).expect("to_json writes a submission");
    assert_eq!(parsed, again, "to_json round trip");
}
