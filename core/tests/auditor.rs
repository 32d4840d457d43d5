//! The attacker: given everything a release shows and how its numbers add up, can any true
//! count between 1 and the small limit be pinned down? Random tallies (proptest) go through
//! [`release`]; an integer program then finds, for each truly small count, the smallest and
//! largest values consistent with every released number. If they meet, the count is exposed.
//!
//! The auditor knows only what a coordinator with every export knows: the form, the policy,
//! each slice's channels and every shown value. It is written apart from the release's own
//! check, and proven able to catch a naive release below.

use std::collections::BTreeMap;

use chorus_core::release::{ALL, Policy, RawCounts, RawTallies, Release, Released, release};
use chorus_core::schema::{Channel, Choice, Form, Kind, Question};
use microlp::{ComparisonOp, OptimizationDirection, Problem, Variable};
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
            q("t", Kind::Text, &[]),
            q("d", Kind::Diversity, &["p", "q", "prefer-not-to-say"]),
        ],
        ..Form::default()
    }
}

const CHANNELS: &[&str] = &["c1", "c2", "c3", "direct", "other"];

/// One person's answers: channel, single (3 = skipped), multiple (bits; 0 = skipped), text
/// answered, diversity (3 = skipped), language.
type Response = (usize, usize, u8, bool, usize, usize);

fn tallies(responses: &[Response]) -> RawTallies {
    let mut raw = RawTallies::default();
    let add = |counts: &mut RawCounts, q: &str, o: &str| {
        *counts.entry((q.to_string(), o.to_string())).or_default() += 1;
    };
    for &(channel, s, m, t, d, lang) in responses {
        let channel = CHANNELS[channel];
        *raw.channel_totals.entry(channel.to_string()).or_default() += 1;
        *raw.language_totals
            .entry(LANGS[lang].to_string())
            .or_default() += 1;
        let counts = raw.by_channel.entry(channel.to_string()).or_default();
        add(counts, "s", ["a", "b", "c", "_skipped"][s]);
        if m == 0 {
            add(counts, "m", "_skipped");
        }
        if m & 1 != 0 {
            add(counts, "m", "x");
        }
        if m & 2 != 0 {
            add(counts, "m", "y");
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

/// What a shown value tells: the range the true count lies in.
fn range(shown: Released, policy: &Policy, top: f64) -> (f64, f64) {
    let small = policy.small_max() as f64;
    match shown {
        Released::Count(0) => (0.0, 0.0),
        Released::Count(n) => {
            let slack = (policy.rounding() / 2) as f64;
            let n = n as f64;
            if slack == 0.0 {
                (n, n)
            } else {
                ((n - slack).max(small + 1.0), n + slack)
            }
        }
        Released::Small(_) => (1.0, small),
        Released::Hidden => (small + 1.0, top),
        Released::Withheld => (0.0, top),
    }
}

/// Terms (variable, coefficient), comparison, right-hand side.
type Constraint = (Vec<(usize, f64)>, ComparisonOp, f64);
/// A slice's total and its cells by (question, option).
type SliceVars = (usize, BTreeMap<(String, String), usize>);

/// Every truly small count the release lets an attacker pin down, as "slice,question,option".
fn audit(form: &Form, raw: &RawTallies, r: &Release, policy: &Policy) -> Vec<String> {
    let top = 10_000.0;
    // The model: a variable per released number, bounded by what it shows.
    let mut problem_vars: Vec<(f64, f64)> = Vec::new();
    let mut cells: Vec<(usize, u64, String, Released)> = Vec::new();
    let mut constraints: Vec<Constraint> = Vec::new();
    let mut new_var = |bounds: (f64, f64)| {
        problem_vars.push(bounds);
        problem_vars.len() - 1
    };
    let mut slice_vars: Vec<SliceVars> = Vec::new();
    for slice in &r.slices {
        let total = new_var(range(slice.total, policy, top));
        cells.push((
            total,
            slice_truth(raw, &slice.channels),
            format!("{},total", slice.id),
            slice.total,
        ));
        let mut by_key = BTreeMap::new();
        for row in &slice.rows {
            let v = new_var(range(row.count, policy, top));
            let t = truth(raw, &slice.channels, &row.question, &row.option);
            cells.push((
                v,
                t,
                format!("{},{},{}", slice.id, row.question, row.option),
                row.count,
            ));
            by_key.insert((row.question.clone(), row.option.clone()), v);
            // No count is larger than its slice's total.
            constraints.push((vec![(v, 1.0), (total, -1.0)], ComparisonOp::Le, 0.0));
        }
        for q in &form.questions {
            if q.kind == Kind::Multiple {
                continue;
            }
            let rows: Vec<usize> = by_key
                .iter()
                .filter(|((question, _), _)| *question == q.id)
                .map(|(_, &v)| v)
                .collect();
            if rows.is_empty() {
                continue;
            }
            let mut terms: Vec<(usize, f64)> = rows.iter().map(|&v| (v, 1.0)).collect();
            terms.push((total, -1.0));
            constraints.push((terms, ComparisonOp::Eq, 0.0));
        }
        slice_vars.push((total, by_key));
    }
    // The channels' slices add up to the whole form.
    if slice_vars.len() > 1 {
        let (all_total, all_cells) = &slice_vars[0];
        let mut terms = vec![(*all_total, 1.0)];
        terms.extend(slice_vars[1..].iter().map(|(t, _)| (*t, -1.0)));
        constraints.push((terms, ComparisonOp::Eq, 0.0));
        for (key, &v) in all_cells {
            if key.0 == "d" {
                continue;
            }
            let mut terms = vec![(v, 1.0)];
            terms.extend(slice_vars[1..].iter().map(|(_, cells)| (cells[key], -1.0)));
            constraints.push((terms, ComparisonOp::Eq, 0.0));
        }
    }
    // Languages add up to the whole form.
    let mut terms = vec![(slice_vars[0].0, 1.0)];
    for (lang, shown) in &r.languages {
        let v = new_var(range(*shown, policy, top));
        let t = raw.language_totals.get(lang).copied().unwrap_or(0);
        cells.push((v, t, format!("language,{lang}"), *shown));
        terms.push((v, -1.0));
    }
    constraints.push((terms, ComparisonOp::Eq, 0.0));

    let small = 1..=policy.small_max();
    let solve = |target: usize, direction| -> Option<f64> {
        let mut p = Problem::new(direction);
        let vars: Vec<Variable> = problem_vars
            .iter()
            .enumerate()
            .map(|(i, &(lo, hi))| {
                let objective = if i == target { 1.0 } else { 0.0 };
                p.add_integer_var(objective, (lo as i32, hi as i32))
            })
            .collect();
        for (terms, op, rhs) in &constraints {
            let terms: Vec<(Variable, f64)> = terms.iter().map(|&(v, c)| (vars[v], c)).collect();
            p.add_constraint(&terms, *op, *rhs);
        }
        p.solve()
            .ok()
            .and_then(|o| o.into_solution().ok())
            .map(|s| s.objective().round())
    };
    let mut exposed = Vec::new();
    for (v, t, name, _) in &cells {
        if !small.contains(t) {
            continue;
        }
        let Some(min) = solve(*v, OptimizationDirection::Minimize) else {
            exposed.push(format!(
                "{name}: the released numbers contradict each other"
            ));
            continue;
        };
        if min < *t as f64 {
            continue;
        }
        let max = solve(*v, OptimizationDirection::Maximize).unwrap_or(min);
        if max <= min {
            exposed.push(format!("{name} = {t}"));
        }
    }
    exposed
}

fn responses() -> impl Strategy<Value = Vec<Response>> {
    // Channels weighted so some are large, some small, some empty.
    let one = (
        prop_oneof![4 => Just(0usize), 3 => Just(1), 1 => Just(2), 1 => Just(3), 1 => Just(4)],
        prop_oneof![5 => Just(0usize), 2 => Just(1), 1 => Just(2), 2 => Just(3)],
        0u8..4,
        any::<bool>(),
        prop_oneof![5 => Just(0usize), 1 => Just(1), 2 => Just(2), 1 => Just(3)],
        prop_oneof![6 => Just(0usize), 2 => Just(1), 1 => Just(2)],
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
    naive
}

#[test]
fn the_auditor_catches_a_naive_release() {
    // 12 through c1, 10 through c2; one person through c2 chose "b".
    let mut responses: Vec<Response> = vec![(0, 0, 1, false, 2, 0); 12];
    responses.extend(vec![(1, 0, 1, false, 2, 0); 9]);
    responses.push((1, 1, 1, false, 2, 0));
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
        responses.extend(std::iter::repeat_n((channel, s, 0, false, 0, 0), n));
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
