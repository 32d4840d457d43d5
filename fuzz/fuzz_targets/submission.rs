//! Submission parsing and checking: bytes as the body of `POST /api/forms/{form}/responses`
//! (JSON) and as a page posted without JavaScript (`name=value&…`), checked against every form
//! of the project with the functions the server uses (app/src/routes/api.rs `submit`).
//!
//! Nothing may panic, and whatever is accepted keeps the promises in `chorus_fuzz`: the form's
//! own ids only, each question counted once, clean quotes, and answers that check again.

#![no_main]

use chorus_core::answers::{RawAnswer, RawAnswers, Submission, check_submission};
use chorus_core::invite;
use chorus_core::schema::Form;
use chorus_core::tally::tally;
use chorus_fuzz::{FORMS, assert_answers, assert_round_trip, assert_tally};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(sub) = serde_json::from_slice::<Submission>(data) {
        json(&sub);
    }
    // A page's post, decoded as the server decodes it (app/src/routes/mod.rs).
    if let Ok(pairs) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(data) {
        posted(&pairs);
    }
});

fn json(sub: &Submission) {
    // The hand-written JSON (the widget's, without serde_json) says what serde would, and reads
    // back as what was sent; values that were not text or lists come back as null.
    let written = sub.to_json();
    let ours: serde_json::Value = serde_json::from_str(&written).expect("to_json writes JSON");
    assert_eq!(
        ours,
        serde_json::to_value(sub).expect("serialise"),
        "{written}"
    );
    let back: Submission = serde_json::from_str(&written).expect("to_json writes a submission");
    let nulled = |raw: &RawAnswers| {
        RawAnswers(
            raw.0
                .iter()
                .map(|(k, v)| match v {
                    RawAnswer::Other(_) => (k.clone(), RawAnswer::Null),
                    v => (k.clone(), v.clone()),
                })
                .collect(),
        )
    };
    assert_eq!(back.answers, nulled(&sub.answers));
    assert_eq!(back.other, nulled(&sub.other));
    assert_eq!(
        (&back.lang, &back.channel, &back.invite, &back.pow),
        (&sub.lang, &sub.channel, &sub.invite, &sub.pow)
    );

    // An invite code as the server reads it (app/src/routes/api.rs `invite_code`).
    if let Some(code) = sub.invite.as_deref().and_then(invite::normalise) {
        assert_eq!(code.len(), invite::LEN, "{code}");
        assert!(
            code.bytes().all(|b| invite::ALPHABET.contains(&b)),
            "{code}"
        );
        assert_eq!(invite::normalise(&code).as_deref(), Some(code.as_str()));
        assert_eq!(
            invite::normalise(&invite::grouped(&code)),
            Some(code.clone())
        );
    }
    for form in FORMS.iter() {
        let channel = form.counted_channel(sub.channel.as_deref());
        assert!(
            form.counted_channels().any(|c| c == channel),
            "counted under {channel:?}, not one of the form's channels"
        );
        check(form, sub);
    }
}

fn posted(pairs: &[(String, String)]) {
    for form in FORMS.iter() {
        let sub = Submission::from_pairs(form, pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        // The page's own controls (names starting with '_') are never answers.
        for (name, _) in sub.answers.0.iter().chain(&sub.other.0) {
            assert!(!name.starts_with('_'), "{name:?} kept as an answer");
        }
        let sent = pairs.iter().filter(|(n, _)| !n.starts_with('_')).count();
        let kept: usize = sub.other.0.len()
            + sub
                .answers
                .0
                .iter()
                .map(|(_, v)| match v {
                    RawAnswer::List(l) => l.len(),
                    _ => 1,
                })
                .sum::<usize>();
        assert_eq!(
            kept, sent,
            "every field but the page's own is an answer or other text"
        );
        check(form, &sub);
    }
}

/// The server's checks: an accepted submission keeps every promise, a refused one names a
/// question that was sent.
fn check(form: &Form, sub: &Submission) {
    match check_submission(form, sub) {
        Ok(answers) => {
            assert_answers(form, &answers);
            let t = tally(form, &answers);
            assert_tally(form, &answers, &t);
            assert_round_trip(form, &answers);
        }
        Err(e) => {
            let q = e.question();
            assert!(
                sub.answers
                    .0
                    .iter()
                    .chain(&sub.other.0)
                    .any(|(k, _)| k == q),
                "the error names {q:?}, which was not sent: {e}"
            );
            assert!(!e.code().is_empty() && e.to_string().len() > 20, "{e}");
        }
    }
}
