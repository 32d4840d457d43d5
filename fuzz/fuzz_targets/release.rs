//! The release function (core/src/release.rs): random forms and responses, counted with the
//! server's own `tally`, summed as storage sums them, then released the ways the server releases
//! them (app/src/routes/export.rs: `next_step`, then `release_grouped` on the step, or `release`
//! before the first step).
//!
//! Nothing may panic, and every release keeps its documented promises: a count from 1 to the
//! small limit is shown as small or not at all, a shown count is the true one (rounded under the
//! strict policy), a hidden one is never zero or small, nothing is shown under the base, the
//! channels' slices are disjoint and each has at least `base` responses, and a release step
//! only moves once every set of channels comparable across two steps gained 0 or at least `base`
//! responses. When the data is consistent (no question added to a live form, every response in
//! a week), the attacker of core/src/audit.rs must find nothing.
//!
//! Sizes are bounded (3 questions of up to 4 options, 6 channels, 32 kinds of response, 2
//! steps) so most inputs take a millisecond or two. Thresholds near 20 with multiple-choice
//! questions are the slow ones (up to a few hundred milliseconds): many small counts, each an
//! integer program, in the release and again in the auditor.

#![no_main]

use std::collections::BTreeSet;

use arbitrary::Arbitrary;
use chorus_core::answers::Answer;
use chorus_core::audit::exposed;
use chorus_core::release::{
    ALL, Group, OTHER_CHANNELS, Policy, RawTallies, Release, Released, Step, fold_channels,
    next_step, release, release_grouped,
};
use chorus_core::schema::{
    Bucket, CHANNEL_DIRECT, CHANNEL_OTHER, Channel, Choice, Form, Kind, PREFER_NOT_TO_SAY, Question,
};
use chorus_core::tally::tally;
use libfuzzer_sys::fuzz_target;

const LANGS: &[&str] = &["en-GB", "cy", "ar", "und"];
/// A channel the form no longer lists: its counts still count, under its own name.
const RETIRED: &str = "retired";

#[derive(Debug, Arbitrary)]
struct Input {
    questions: Vec<QuestionSpec>,
    channels: u8,
    strict: bool,
    threshold: u8,
    base: u8,
    responses: Vec<ResponseSpec>,
    /// Where release steps are taken (the first two), as fractions (of 255) of the responses.
    steps: Vec<u8>,
    /// Data as a live form has it: questions added after responses came in, responses from
    /// before weeks were kept, counters of an option since removed.
    drift: bool,
}

#[derive(Debug, Arbitrary)]
struct QuestionSpec {
    kind: u8,
    options: u8,
    max_choices: u8,
    /// In drift, the response from which this question is counted.
    added_at: u8,
}

#[derive(Debug, Arbitrary)]
struct ResponseSpec {
    /// How many people answered exactly this way.
    weight: u8,
    channel: u8,
    answers: [u8; 3],
    lang: u8,
    week: u8,
}

fn form(specs: &[QuestionSpec], channels: u8) -> Form {
    let questions = specs
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, s)| {
            let kind = [Kind::Single, Kind::Multiple, Kind::Text, Kind::Diversity]
                [usize::from(s.kind % 4)];
            let mut options: Vec<String> = match kind {
                Kind::Text => vec![],
                _ => (0..2 + s.options % 3).map(|o| format!("o{o}")).collect(),
            };
            if kind == Kind::Diversity {
                options.push(PREFER_NOT_TO_SAY.into());
            }
            let max_choices = (kind == Kind::Multiple && s.max_choices % 2 == 1)
                .then(|| 1 + u32::from(s.max_choices / 2) % options.len() as u32);
            Question {
                id: format!("q{i}"),
                kind,
                bucket: "b".into(),
                title: format!("Q{i}").into(),
                hint: None,
                options: options
                    .into_iter()
                    .map(|id| Choice {
                        label: id.as_str().into(),
                        id,
                    })
                    .collect(),
                max_choices,
                max_length: None,
            }
        })
        .collect();
    Form {
        id: "f".into(),
        title: "F".into(),
        channels: (0..channels % 4)
            .map(|c| Channel {
                id: format!("c{c}"),
                name: format!("C{c}"),
            })
            .collect(),
        buckets: vec![Bucket {
            id: "b".into(),
            title: "B".into(),
        }],
        questions,
        ..Form::default()
    }
}

/// One response's answers, as `check` would return them.
fn answers(form: &Form, bytes: &[u8; 3]) -> Vec<Answer> {
    form.questions
        .iter()
        .zip(bytes)
        .map(|(q, &b)| {
            let n = q.options.len();
            match q.kind {
                Kind::Text if b % 2 == 1 => Answer::Text("words".into()),
                Kind::Text => Answer::Skipped,
                Kind::Multiple => {
                    let ticked: Vec<String> = q
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(o, _)| b & (1 << o) != 0)
                        .map(|(_, o)| o.id.clone())
                        .take(q.choice_limit())
                        .collect();
                    if ticked.is_empty() {
                        Answer::Skipped
                    } else {
                        Answer::Choices(ticked)
                    }
                }
                _ if usize::from(b) % (n + 1) == n => Answer::Skipped,
                _ => Answer::Choice(q.options[usize::from(b) % (n + 1)].id.clone()),
            }
        })
        .collect()
}

/// The tallies of the first `n` responses, summed as storage sums them.
fn tallies(form: &Form, input: &Input, responses: &[ResponseSpec]) -> RawTallies {
    let mut raw = RawTallies::default();
    let channels: Vec<&str> = form
        .channels
        .iter()
        .map(|c| c.id.as_str())
        .chain([CHANNEL_DIRECT, CHANNEL_OTHER, RETIRED])
        .collect();
    for (i, r) in responses.iter().enumerate() {
        let w = u64::from(1 + r.weight % 16) * if r.weight >= 240 { 7 } else { 1 };
        let channel = channels[usize::from(r.channel) % channels.len()].to_string();
        let t = tally(form, &answers(form, &r.answers));
        let counted = |question: &str| {
            let q = form.question_index(question).unwrap_or(0);
            !input.drift || i >= usize::from(input.questions[q].added_at % 8)
        };
        let by_channel = raw.by_channel.entry(channel.clone()).or_default();
        for k in t.counters.iter().filter(|k| counted(&k.question)) {
            *by_channel
                .entry((k.question.clone(), k.option.clone()))
                .or_default() += w;
        }
        for k in t.diversity.iter().filter(|k| counted(&k.question)) {
            *raw.diversity
                .entry((k.question.clone(), k.option.clone()))
                .or_default() += w;
        }
        if input.drift && r.lang >= 200 {
            *by_channel
                .entry(("q0".into(), "removed-option".into()))
                .or_default() += w;
        }
        *raw.channel_totals.entry(channel).or_default() += w;
        *raw.language_totals
            .entry(LANGS[usize::from(r.lang) % LANGS.len()].into())
            .or_default() += w;
        if !input.drift || r.week < 200 {
            let week = format!("2026-W{:02}", 40 + r.week % 3);
            *raw.week_totals.entry(week).or_default() += w;
        }
    }
    raw
}

fn channel_total(raw: &RawTallies, channels: &[String]) -> u64 {
    channels
        .iter()
        .filter_map(|c| raw.channel_totals.get(c))
        .sum()
}

/// Every released number against the truth it stands for.
fn assert_release(form: &Form, raw: &RawTallies, policy: &Policy, r: &Release) {
    let total: u64 = raw.channel_totals.values().sum();
    assert_eq!(r.policy, *policy);
    assert_eq!(r.enough, total >= policy.base());
    let small = 1..=policy.small_max();
    let check = |name: &str, shown: Released, truth: u64| {
        let ok = match shown {
            _ if !r.enough => shown == Released::Withheld,
            Released::Count(_) => !small.contains(&truth) && shown == policy.show(truth),
            Released::Small(p) => p == *policy && small.contains(&truth),
            Released::Hidden => truth > policy.small_max(),
            Released::Withheld => true,
        };
        assert!(ok, "{name}: {truth} shown as {shown:?}\n{r:#?}");
    };
    let all_channels: Vec<String> = raw.channel_totals.keys().cloned().collect();
    assert_eq!(r.all().id, ALL);
    assert_eq!(
        r.all().channels,
        form.counted_channels()
            .map(str::to_string)
            .collect::<Vec<_>>()
    );
    for (n, slice) in r.slices.iter().enumerate() {
        let channels = if n == 0 {
            &all_channels
        } else {
            &slice.channels
        };
        check(
            &format!("{},total", slice.id),
            slice.total,
            channel_total(raw, channels),
        );
        // One row per option, then `_answered` for text and `_skipped` for every question.
        let mut layout = Vec::new();
        for q in &form.questions {
            if n > 0 && q.kind == Kind::Diversity {
                continue;
            }
            layout.extend(q.options.iter().map(|o| (q.id.clone(), o.id.clone())));
            if q.kind == Kind::Text {
                layout.push((q.id.clone(), "_answered".into()));
            }
            layout.push((q.id.clone(), "_skipped".into()));
        }
        let rows: Vec<(String, String)> = slice
            .rows
            .iter()
            .map(|row| (row.question.clone(), row.option.clone()))
            .collect();
        assert_eq!(rows, layout, "{} rows", slice.id);
        for row in &slice.rows {
            let key = (row.question.clone(), row.option.clone());
            let truth = if form
                .question(&row.question)
                .is_some_and(|q| q.kind == Kind::Diversity)
            {
                raw.diversity.get(&key).copied().unwrap_or(0)
            } else {
                channels
                    .iter()
                    .filter_map(|c| raw.by_channel.get(c))
                    .filter_map(|c| c.get(&key))
                    .sum()
            };
            check(
                &format!("{},{},{}", slice.id, row.question, row.option),
                row.count,
                truth,
            );
        }
    }
    let langs: Vec<&str> = r.languages.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(langs, LANGS);
    for (lang, shown) in &r.languages {
        check(
            &format!("language,{lang}"),
            *shown,
            raw.language_totals.get(lang).copied().unwrap_or(0),
        );
    }
    let weeks: Vec<&String> = r.weeks.iter().map(|(w, _)| w).collect();
    assert_eq!(weeks, raw.week_totals.keys().collect::<Vec<_>>());
    for (week, shown) in &r.weeks {
        check(&format!("week,{week}"), *shown, raw.week_totals[week]);
        // A past week never changes: while any week is small, every week is withheld.
        assert!(
            !matches!(shown, Released::Small(_)),
            "week {week} shown as small"
        );
    }
}

/// The channels' groups: disjoint, every channel that has responses in one, at most one
/// "other channels", and (when there are two or more, so they are shown) each at least `base`.
fn assert_groups(raw: &RawTallies, groups: &[Group], base: u64) {
    let mut seen = BTreeSet::new();
    for (_, members) in groups {
        for c in members {
            assert!(seen.insert(c), "channel {c} in two groups: {groups:?}");
        }
    }
    for (c, n) in &raw.channel_totals {
        assert!(
            *n == 0 || seen.contains(c),
            "channel {c} in no group: {groups:?}"
        );
    }
    assert!(groups.iter().filter(|(id, _)| id == OTHER_CHANNELS).count() <= 1);
    if groups.len() >= 2 {
        for (id, members) in groups {
            assert!(
                channel_total(raw, members) >= base,
                "group {id} under the base: {groups:?}"
            );
        }
    }
}

/// The finest sets of channels that are unions of groups of both steps.
fn comparable(a: &[Group], b: &[Group]) -> Vec<Vec<String>> {
    let mut parts: Vec<BTreeSet<String>> = Vec::new();
    for (_, members) in a.iter().chain(b) {
        let mut joined: BTreeSet<String> = members.iter().cloned().collect();
        parts.retain(|p| {
            if p.is_disjoint(&joined) {
                true
            } else {
                joined.extend(p.iter().cloned());
                false
            }
        });
        parts.push(joined);
    }
    parts.into_iter().map(|p| p.into_iter().collect()).collect()
}

fuzz_target!(|input: Input| {
    if input.questions.is_empty() {
        return;
    }
    let form = form(&input.questions, input.channels);
    let base = 2 + u64::from(input.base % 40);
    let policy = if input.strict {
        Policy::Strict { base }
    } else {
        Policy::Standard {
            threshold: 2 + u64::from(input.threshold % 19),
            base,
        }
    };
    let responses = &input.responses[..input.responses.len().min(32)];

    // Release steps as the server takes them, each released as every view shows it.
    let mut cuts: Vec<usize> = input
        .steps
        .iter()
        .take(2)
        .map(|&s| responses.len() * usize::from(s) / 255)
        .collect();
    cuts.sort_unstable();
    let mut previous: Option<Step> = None;
    for (k, &cut) in cuts.iter().enumerate() {
        let live = tallies(&form, &input, &responses[..cut]);
        let total: u64 = live.channel_totals.values().sum();
        let day = format!("2026-12-{:02}", k + 1);
        let next = next_step(&form, previous.as_ref(), &live, base, &day);
        match (&previous, &next) {
            (None, _) => {
                assert_eq!(
                    next.is_some(),
                    total >= base,
                    "a first step once there are `base`"
                );
                if let Some(s) = &next {
                    assert_eq!(s.groups, fold_channels(&form, &live, base));
                }
            }
            (Some(p), None) => {
                let before: u64 = p.raw.channel_totals.values().sum();
                assert!(
                    total - before < base,
                    "no step after {} more",
                    total - before
                );
            }
            (Some(p), Some(s)) => {
                let before: u64 = p.raw.channel_totals.values().sum();
                assert!(
                    total - before >= base,
                    "a step after only {} more",
                    total - before
                );
                for part in comparable(&p.groups, &s.groups) {
                    let grown = channel_total(&live, &part) - channel_total(&p.raw, &part);
                    assert!(
                        grown == 0 || grown >= base,
                        "channels {part:?} gained {grown} between steps\n{:?}\n{:?}",
                        p.groups,
                        s.groups
                    );
                }
            }
        }
        if let Some(s) = next {
            assert_eq!(s.raw, live);
            assert_groups(&s.raw, &s.groups, base);
            previous = Some(s);
        }
        if let Some(s) = &previous {
            let r = release_grouped(&form, &s.raw, &policy, LANGS, &s.groups);
            assert_release(&form, &s.raw, &policy, &r);
        }
    }

    // Before any step, and as the property test (core/tests/auditor.rs) releases.
    let raw = tallies(&form, &input, responses);
    let r = release(&form, &raw, &policy, LANGS);
    assert_release(&form, &raw, &policy, &r);
    let groups = fold_channels(&form, &raw, base);
    assert_groups(&raw, &groups, base);
    assert_eq!(
        r.slices.len(),
        if groups.len() >= 2 {
            groups.len() + 1
        } else {
            1
        }
    );
    if r.enough && !input.drift {
        let found = exposed(&form, &r);
        assert!(found.is_empty(), "exposed: {found:?}\n{r:#?}");
    }
});
