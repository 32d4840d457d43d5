//! Form files: bytes as a `forms/*.toml` file, read as the server and `chorus check` read it
//! (app/src/catalog.rs: UTF-8, then `schema::parse_toml`, which parses and checks).
//!
//! Nothing may panic. A refused file gets at least one problem to fix. A form that passes keeps
//! every rule `FormFile::check` states, answers can be checked and counted against it, its JSON
//! (what the pages and the API get) reads back as the same form, and its English written back as
//! a form file passes again as the same form.

#![no_main]

use chorus_core::answers::{Answer, Submission, check_submission};
use chorus_core::look::{Colour, MIN_CONTRAST};
use chorus_core::release::{Policy, RawTallies, Released, release};
use chorus_core::schema::{
    self, ASSETS_PREFIX, CHANNEL_DIRECT, CHANNEL_OTHER, ENGLISH, Form, Kind, LIMIT_MAX_LENGTH,
    Limits, MAX_CHANNELS, MAX_SUBMISSIONS_PER_HOUR, OTHER_MAX_LENGTH, OTHER_OPTION,
    PREFER_NOT_TO_SAY, ReleaseSettings, TEXT_BUDGET, hides_words, is_slug,
};
use chorus_core::tally::tally;
use chorus_fuzz::{assert_answers, assert_tally};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The server reads form files with read_to_string: not UTF-8 is a problem of its own.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match schema::parse_toml(text) {
        Err(problems) => {
            assert!(!problems.is_empty(), "refused without a problem");
            for p in &problems {
                assert!(p.to_string().len() > 10, "{p:?}");
            }
        }
        Ok(form) => {
            assert_rules(&form);
            assert_answerable(&form);
            assert_json_round_trip(&form);
            assert_toml_round_trip(&form);
        }
    }
});

/// `2026-12-01`.
fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Every rule of `FormFile::check`, restated.
fn assert_rules(form: &Form) {
    assert!(is_slug(&form.id) && is_slug(&form.organisation), "{form:?}");
    assert!(!form.title.is_empty());
    assert!((1..=60).contains(&form.minutes));
    assert!(form.draft_days <= 30);
    assert!(
        form.keep_quotes_days
            .is_none_or(|d| (30..=3650).contains(&d))
    );
    assert!(form.opens.as_deref().is_none_or(is_day) && form.closes.as_deref().is_none_or(is_day));
    if let (Some(o), Some(c)) = (&form.opens, &form.closes) {
        assert!(o <= c);
    }
    assert!(form.exit_url.starts_with("https://") && form.exit_url.len() > 8);
    assert!(
        !form
            .exit_url
            .chars()
            .any(|c| c.is_whitespace() || "\"'<>`".contains(c))
    );
    if let Some(s) = &form.support {
        assert!(!s.title.is_empty());
        for l in &s.links {
            assert!(!l.label.is_empty());
            assert!(
                ["https://", "tel:", "sms:", "mailto:"]
                    .iter()
                    .any(|p| l.href.starts_with(p))
            );
            assert!(
                !l.href
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`".contains(c))
            );
        }
    }
    if let Some(accent) = &form.accent {
        let colour = Colour::parse(accent).expect("an accent is a colour");
        assert!(colour.contrast(Colour::WHITE) >= MIN_CONTRAST);
    }
    if let Some(logo) = &form.logo {
        assert!(logo.src.starts_with(ASSETS_PREFIX) && !logo.src.contains(".."));
        assert!(!logo.alt.is_empty());
    }
    for l in &form.languages {
        assert!(
            !l.is_empty()
                && l != ENGLISH
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        );
    }
    for o in &form.embed_origins {
        assert!(
            o.starts_with("https://")
                || o.starts_with("http://localhost")
                || o.starts_with("http://127.0.0.1"),
            "{o}"
        );
    }

    assert!(!form.buckets.is_empty());
    for (n, b) in form.buckets.iter().enumerate() {
        assert!(is_slug(&b.id) && !b.title.is_empty());
        assert!(
            form.buckets[..n].iter().all(|o| o.id != b.id),
            "bucket {} twice",
            b.id
        );
    }
    assert!(!form.questions.is_empty());
    let mut budget = 0;
    for (n, q) in form.questions.iter().enumerate() {
        assert!(is_slug(&q.id) && !q.title.is_empty());
        assert!(
            form.questions[..n].iter().all(|o| o.id != q.id),
            "question {} twice",
            q.id
        );
        assert!(form.buckets.iter().any(|b| b.id == q.bucket));
        for (m, o) in q.options.iter().enumerate() {
            assert!(is_slug(&o.id) && !o.label.is_empty());
            assert!(
                q.options[..m].iter().all(|p| p.id != o.id),
                "option {} twice",
                o.id
            );
        }
        match q.kind {
            Kind::Text => assert!(q.options.is_empty()),
            _ => assert!(q.options.len() >= 2),
        }
        if q.kind == Kind::Diversity {
            assert!(q.option(PREFER_NOT_TO_SAY).is_some());
        }
        if let Some(max) = q.max_choices {
            assert!(q.kind == Kind::Multiple && max >= 1 && max as usize <= q.options.len());
        }
        if let Some(max) = q.max_length {
            assert!(q.kind == Kind::Text && (1..=LIMIT_MAX_LENGTH).contains(&max));
        }
        budget += match q.kind {
            Kind::Text => q.text_limit(),
            _ if q.option(OTHER_OPTION).is_some() => OTHER_MAX_LENGTH,
            _ => 0,
        };
    }
    assert!(budget <= TEXT_BUDGET, "text budget {budget}");

    assert!(form.channels.len() <= MAX_CHANNELS);
    for (n, c) in form.channels.iter().enumerate() {
        assert!(is_slug(&c.id) && c.id != CHANNEL_DIRECT && c.id != CHANNEL_OTHER);
        assert!(!c.name.is_empty());
        assert!(
            form.channels[..n].iter().all(|o| o.id != c.id),
            "channel {} twice",
            c.id
        );
    }
    let limit = 1..=MAX_SUBMISSIONS_PER_HOUR;
    assert!(
        form.limits
            .submissions_per_hour
            .is_none_or(|n| limit.contains(&n))
    );
    for (c, n) in &form.limits.channels {
        assert!(limit.contains(n) && form.channels.iter().any(|ch| &ch.id == c));
    }
    let r = &form.release;
    if let Some(t) = r.threshold {
        assert!(r.strict != Some(true) && (2..=20).contains(&t));
    }
    if let Some(b) = r.base {
        assert!((2..=100).contains(&b) && (r.strict != Some(true) || b >= 8));
    }

    let offered = form.languages.clone();
    form.clone().for_each_text(&mut |place, t| {
        assert!(
            !t.text.is_empty() || t.translations.is_empty(),
            "{place}: no English"
        );
        for words in std::iter::once(&t.text).chain(t.translations.values()) {
            assert!(!words.chars().any(hides_words), "{place}: {words:?}");
        }
        for lang in t.translations.keys() {
            assert!(
                offered.is_empty() || offered.contains(lang),
                "{place}: {lang}"
            );
        }
    });
}

/// Answers can be given to every question of a form that passes: each option alone (and as many
/// as allowed, for multiple choice), a text at its limit, an "other" text; all are counted.
fn assert_answerable(form: &Form) {
    let skipped = vec![Answer::Skipped; form.questions.len()];
    let mut each: Vec<Vec<Answer>> = vec![skipped.clone()];
    for (i, q) in form.questions.iter().enumerate() {
        let mut with = |a: Answer| {
            let mut answers = skipped.clone();
            answers[i] = a;
            each.push(answers);
        };
        match q.kind {
            Kind::Text => with(Answer::Text("é".repeat(q.text_limit()))),
            Kind::Multiple => {
                let most: Vec<String> = q
                    .options
                    .iter()
                    .take(q.choice_limit())
                    .map(|o| o.id.clone())
                    .collect();
                with(Answer::Choices(most));
            }
            Kind::Single | Kind::Diversity => {
                for o in q.options.iter().take(4) {
                    with(Answer::Choice(o.id.clone()));
                }
            }
        }
        if q.option(OTHER_OPTION).is_some() {
            with(Answer::Other {
                choices: vec![OTHER_OPTION.into()],
                text: "x".repeat(OTHER_MAX_LENGTH),
            });
        }
    }
    for answers in each {
        let sub = Submission::from_answers(form, &answers);
        let checked = check_submission(form, &sub).unwrap_or_else(|e| panic!("{answers:?}: {e}"));
        assert_eq!(checked, answers);
        assert_answers(form, &checked);
        assert_tally(form, &checked, &tally(form, &checked));
    }
    // A new form's dashboard: nothing counted yet, nothing shown.
    let r = release(
        form,
        &RawTallies::default(),
        &Policy::default(),
        &[ENGLISH, "und"],
    );
    assert!(!r.enough && r.slices.len() == 1);
    assert!(
        r.all()
            .rows
            .iter()
            .all(|row| row.count == Released::Withheld)
    );
}

/// What `Form`'s JSON carries: everything but the server's own settings (`#[serde(skip)]`), and
/// texts in the one language the form was localised to.
fn public(form: &Form) -> Form {
    let mut f = form.clone();
    f.organisation = String::new();
    f.opens = None;
    f.closes = None;
    f.keep_quotes_days = None;
    f.limits = Limits::default();
    f.release = ReleaseSettings::default();
    f.for_each_text(&mut |_, t| {
        t.fallback = false;
        t.translations.clear();
    });
    f
}

/// The form's JSON, in English and in each of its languages, reads back as the same form.
fn assert_json_round_trip(form: &Form) {
    let langs = std::iter::once(ENGLISH)
        .chain(form.languages.iter().map(String::as_str))
        .chain(["cy"]);
    for lang in langs {
        let local = form.localised(lang);
        let json = serde_json::to_string(&local).expect("a form is JSON");
        let back: Form = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
        assert_eq!(back, public(&local), "{lang}: {json}");
    }
}

/// The English form written back as a form file (its JSON's fields are the file's keys) passes
/// the same checks and gives the same form: no check depends on what the file format cannot say.
fn assert_toml_round_trip(form: &Form) {
    let english = public(&form.localised(ENGLISH));
    let text = toml::to_string(&english).expect("a form's fields are a form file's keys");
    let again = schema::parse_toml(&text).unwrap_or_else(|p| panic!("{p:?}\n{text}"));
    assert_eq!(again.organisation, schema::DEFAULT_ORGANISATION);
    assert_eq!(public(&again), english, "{text}");
}
