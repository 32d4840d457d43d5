//! The attacker: given everything a release shows and how its numbers add up, can any true
//! count between 1 and the small limit be pinned down? Random tallies (proptest) go through
//! [`release`]; the auditor (`chorus_core::audit`, written apart from the release's own check)
//! finds, for each count shown as small or not shown, the smallest and largest values
//! consistent with every released number. If they meet, the count is exposed. Knowing the true
//! tallies, the test also checks that every small count is shown as small or not at all.
//!
//! The auditor knows only what a coordinator with every export knows: the form, the policy,
//! each slice's channels and every shown value. It is proven able to catch a naive release
//! below.

use chorus_core::audit::exposed;
use chorus_core::release::{ALL, Policy, RawCounts, RawTallies, Release, Released, release};
use chorus_core::schema::{Channel, Choice, Form, Kind, Question};
use proptest::prelude::*;

const LANGS: &[&str] = &["en-GB", "cy", "ar"];

fn form() -> Form {
    let q = |id: &str, kind, options: &[&str]| Question {
        id: id.into(),
        kind,
        bucket: "b".into(),
        title: id.into(),
        hint: None,
        options: options
            .iter()
            .map(|o| Choice {
                id: o.to_string(),
                label: o.to_string().into(),
            })
            .collect(),
        max_choices: None,
        max_length: None,
    };
    Form {
        id: "f".into(),
        title: "F".into(),
        channels: ["c1", "c2", "c3"]
            .iter()
            .map(|c| Channel {
                id: c.to_string(),
                name: c.to_string(),
            })
            .collect(),
        questions: vec![
            q("s", Kind::Single, &["a", "b", "c"]),
            q("m", Kind::Multiple, &["x", "y"]),
            Question {
                max_choices: Some(2),
                ..q("k", Kind::Multiple, &["u", "v", "w"])
            },
            q("t", Kind::Text, &[]),
            q("d", Kind::Diversity, &["p", "q", "prefer-not-to-say"]),
        ],
        ..Form::default()
    }
}

const CHANNELS: &[&str] = &["c1", "c2", "c3", "direct", "other"];

/// One person's answers: channel, single (3 = skipped), the multiple-choice questions (bits 0
/// and 1 for "m", bits 2 to 4 for "k", at most two of those; none = skipped), text answered,
/// diversity (3 = skipped), language, week.
type Response = (usize, usize, u8, bool, usize, usize, usize);

fn tallies(responses: &[Response]) -> RawTallies {
    let mut raw = RawTallies::default();
    let add = |counts: &mut RawCounts, q: &str, o: &str| {
        *counts.entry((q.to_string(), o.to_string())).or_default() += 1;
    };
    for &(channel, s, m, t, d, lang, week) in responses {
        *raw.week_totals
            .entry(format!("2026-W{:02}", 45 + week))
            .or_default() += 1;
        let channel = CHANNELS[channel];
        *raw.channel_totals.entry(channel.to_string()).or_default() += 1;
        *raw.language_totals
            .entry(LANGS[lang].to_string())
            .or_default() += 1;
        let counts = raw.by_channel.entry(channel.to_string()).or_default();
        add(counts, "s", ["a", "b", "c", "_skipped"][s]);
        if m & 3 == 0 {
            add(counts, "m", "_skipped");
        }
        if m & 1 != 0 {
            add(counts, "m", "x");
        }
        if m & 2 != 0 {
            add(counts, "m", "y");
        }
        let k = m >> 2;
        if k == 0 {
            add(counts, "k", "_skipped");
        }
        for (bit, option) in ["u", "v", "w"].iter().enumerate() {
            if k & (1 << bit) != 0 {
                add(counts, "k", option);
            }
        }
        add(counts, "t", if t { "_answered" } else { "_skipped" });
        add(
            &mut raw.diversity,
            "d",
            ["p", "q", "prefer-not-to-say", "_skipped"][d],
        );
    }
    raw
}

/// The true count behind a released cell, worked out here from the raw tallies.
fn truth(raw: &RawTallies, channels: &[String], question: &str, option: &str) -> u64 {
    let key = (question.to_string(), option.to_string());
    if question == "d" {
        return raw.diversity.get(&key).copied().unwrap_or(0);
    }
    channels
        .iter()
        .filter_map(|c| raw.by_channel.get(c))
        .filter_map(|c| c.get(&key))
        .sum()
}

fn slice_truth(raw: &RawTallies, channels: &[String]) -> u64 {
    channels
        .iter()
        .filter_map(|c| raw.channel_totals.get(c))
        .sum()
}

/// Every truly small count the release lets an attacker pin down, or shows as anything but
/// small or withheld.
fn audit(form: &Form, raw: &RawTallies, r: &Release, policy: &Policy) -> Vec<String> {
    let mut found = exposed(form, r);
    let small = 1..=policy.small_max();
    let mut check = |name: String, shown: Released, truth: u64| {
        if small.contains(&truth) && !matches!(shown, Released::Small(_) | Released::Withheld) {
            found.push(format!("{name} = {truth} shown as {shown}"));
        }
    };
    for slice in &r.slices {
        check(
            format!("{},total", slice.id),
            slice.total,
            slice_truth(raw, &slice.channels),
        );
        for row in &slice.rows {
            check(
                format!("{},{},{}", slice.id, row.question, row.option),
                row.count,
                truth(raw, &slice.channels, &row.question, &row.option),
            );
        }
    }
    for (lang, shown) in &r.languages {
        let t = raw.language_totals.get(lang).copied().unwrap_or(0);
        check(format!("language,{lang}"), *shown, t);
    }
    for (week, shown) in &r.weeks {
        let t = raw.week_totals.get(week).copied().unwrap_or(0);
        check(format!("week,{week}"), *shown, t);
    }
    // Past weeks never change: a small week is never shown beside ones an earlier step showed,
    // whatever this one release alone would allow.
    for (week, shown) in &r.weeks {
        if matches!(shown, Released::Small(_)) {
            found.push(format!("week,{week} shown as small"));
        }
    }
    found
}

fn responses() -> impl Strategy<Value = Vec<Response>> {
    // Channels weighted so some are large, some small, some empty.
    let one = (
        prop_oneof![4 => Just(0usize), 3 => Just(1), 1 => Just(2), 1 => Just(3), 1 => Just(4)],
        prop_oneof![5 => Just(0usize), 2 => Just(1), 1 => Just(2), 2 => Just(3)],
        (0u8..4, prop_oneof![3 => Just(0u8), 2 => Just(1), 1 => Just(2), 1 => Just(4), 2 => Just(3), 1 => Just(5), 1 => Just(6)])
            .prop_map(|(m, k)| m | (k << 2)),
        any::<bool>(),
        prop_oneof![5 => Just(0usize), 1 => Just(1), 2 => Just(2), 1 => Just(3)],
        prop_oneof![6 => Just(0usize), 2 => Just(1), 1 => Just(2)],
        prop_oneof![5 => Just(0usize), 3 => Just(1), 1 => Just(2)],
    );
    proptest::collection::vec(one, 0..70)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("AUDITOR_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(10_000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_release_pins_down_a_small_count(responses in responses(), strict in any::<bool>()) {
        let form = form();
        let raw = tallies(&responses);
        let policy = if strict { Policy::Strict { base: 10 } } else { Policy::default() };
        let r = release(&form, &raw, &policy, LANGS);
        prop_assert_eq!(r.all().id.as_str(), ALL);
        let exposed = audit(&form, &raw, &r, &policy);
        prop_assert!(exposed.is_empty(), "exposed: {:?}\nrelease: {:#?}", exposed, r);
    }
}

/// The same tables with only the small counts hidden: what a naive export would show.
fn naive(r: &Release, raw: &RawTallies, policy: &Policy) -> Release {
    let mut naive = r.clone();
    for slice in &mut naive.slices {
        slice.total = policy.show(slice_truth(raw, &slice.channels));
        for row in &mut slice.rows {
            row.count = policy.show(truth(raw, &slice.channels, &row.question, &row.option));
        }
    }
    for (lang, shown) in &mut naive.languages {
        *shown = policy.show(raw.language_totals.get(lang).copied().unwrap_or(0));
    }
    for (week, shown) in &mut naive.weeks {
        *shown = policy.show(raw.week_totals.get(week).copied().unwrap_or(0));
    }
    naive
}

#[test]
fn the_auditor_catches_a_naive_release() {
    // 12 through c1, 10 through c2; one person through c2 chose "b".
    let mut responses: Vec<Response> = vec![(0, 0, 1, false, 2, 0, 0); 12];
    responses.extend(vec![(1, 0, 1, false, 2, 0, 0); 9]);
    responses.push((1, 1, 1, false, 2, 0, 0));
    let form = form();
    let raw = tallies(&responses);
    let policy = Policy::default();
    let r = release(&form, &raw, &policy, LANGS);
    assert!(audit(&form, &raw, &r, &policy).is_empty());
    let exposed = audit(&form, &raw, &naive(&r, &raw, &policy), &policy);
    assert!(exposed.contains(&"all,s,b = 1".to_string()), "{exposed:?}");
    assert!(exposed.contains(&"c2,s,b = 1".to_string()), "{exposed:?}");
}

/// Found by the property test: three small channels' answers crossing in a two-way table.
#[test]
fn three_channels_with_small_counts_in_a_two_way_table() {
    let mut responses: Vec<Response> = Vec::new();
    let mut add = |channel: usize, s: usize, n: usize| {
        responses.extend(std::iter::repeat_n((channel, s, 0, false, 0, 0, 0), n));
    };
    add(0, 0, 6);
    add(0, 1, 5);
    add(0, 2, 1);
    add(1, 0, 7);
    add(1, 1, 3);
    add(2, 0, 7);
    add(2, 2, 2);
    add(2, 3, 1);
    let form = form();
    let raw = tallies(&responses);
    let policy = Policy::default();
    let r = release(&form, &raw, &policy, LANGS);
    let exposed = audit(&form, &raw, &r, &policy);
    assert!(exposed.is_empty(), "{exposed:?}");
}

/// Found by the property test once the auditor knew multiple-choice bounds: 24 people
/// answered, 20 ticked only "y", so "x" is at least 4; shown as `<5`, it would be exactly 4.
#[test]
fn a_multiple_choice_count_pinned_by_ticks_alone_is_protected() {
    let mut responses: Vec<Response> = vec![(3, 0, 1, false, 0, 0, 0); 4];
    responses.extend(vec![(3, 0, 2, false, 0, 0, 0); 20]);
    let form = form();
    let raw = tallies(&responses);
    let policy = Policy::default();
    let naive = naive(&release(&form, &raw, &policy, LANGS), &raw, &policy);
    assert!(
        audit(&form, &raw, &naive, &policy).contains(&"all,m,x = 4".to_string()),
        "the auditor misses the leak"
    );
    let r = release(&form, &raw, &policy, LANGS);
    let exposed = audit(&form, &raw, &r, &policy);
    assert!(exposed.is_empty(), "{exposed:?}\n{r:#?}");
}
