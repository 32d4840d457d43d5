//! What may leave the server. Every number shown or exported comes out of [`release`]: one
//! function, so hardening the rules changes every export and page at once.
//!
//! A release is a set of one-way tables (per question, per slice: the whole form, and each
//! channel or group of channels) plus response totals. Small counts would let someone say "the
//! one person from that group who…", so:
//! - a slice with fewer than `base` responses shows nothing;
//! - channels under the base are folded into "Other channels" (and that group, if still under
//!   the base, with the smallest remaining channel);
//! - counts from 1 up to the policy's small limit are shown only as "small";
//! - complementary suppression hides further counts until no small count can be worked out
//!   from the others, from row totals or from the other slices (see [`Engine`]).

use std::collections::BTreeMap;
use std::fmt;

use microlp::{ComparisonOp, OptimizationDirection, Problem, Variable};

use crate::reserved::{ANSWERED, SKIPPED};
use crate::schema::{Form, Kind};

/// The slice of everything, whatever channel it came through.
pub const ALL: &str = "all";
/// The group small channels are folded into.
pub const OTHER_CHANNELS: &str = "other-channels";

/// How counts are released.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Counts from 1 to `threshold - 1` are shown as `<threshold`; the rest exactly.
    Standard { threshold: u64, base: u64 },
    /// In the style of NHS Digital's rules: 1 to 7 shown as `*`, every other count rounded to
    /// the nearest 5.
    Strict { base: u64 },
}

impl Default for Policy {
    fn default() -> Self {
        Policy::Standard {
            threshold: 5,
            base: 10,
        }
    }
}

impl Policy {
    pub fn name(&self) -> &'static str {
        match self {
            Policy::Standard { .. } => "standard",
            Policy::Strict { .. } => "strict",
        }
    }

    /// A slice with fewer responses than this shows no counts at all.
    pub fn base(&self) -> u64 {
        match *self {
            Policy::Standard { base, .. } | Policy::Strict { base } => base,
        }
    }

    /// The largest count shown only as small.
    pub fn small_max(&self) -> u64 {
        match *self {
            Policy::Standard { threshold, .. } => threshold.saturating_sub(1),
            Policy::Strict { .. } => 7,
        }
    }

    /// How far a shown count may be from the true one (rounding).
    pub fn rounding(&self) -> u64 {
        match self {
            Policy::Standard { .. } => 1,
            Policy::Strict { .. } => 5,
        }
    }

    /// A count as shown before any complementary suppression.
    pub fn show(&self, count: u64) -> Released {
        if count == 0 {
            Released::Count(0)
        } else if count <= self.small_max() {
            Released::Small(*self)
        } else {
            let r = self.rounding();
            Released::Count((count + r / 2) / r * r)
        }
    }

    /// One line for exports' metadata and headers: `standard; threshold=5; base=10`.
    pub fn describe(&self) -> String {
        match *self {
            Policy::Standard { threshold, base } => {
                format!("standard; threshold={threshold}; base={base}")
            }
            Policy::Strict { base } => format!("strict; small=1-7; rounding=5; base={base}"),
        }
    }
}

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Released {
    /// The count (rounded under the strict policy).
    Count(u64),
    /// From 1 to the policy's small limit: `<5`, or `*` under the strict policy.
    Small(Policy),
    /// Hidden so that a small count cannot be worked out from it: `[c]`. Never zero or small.
    Hidden,
    /// Not shown: the table or slice could not be shown safely: `[x]`.
    Withheld,
}

impl fmt::Display for Released {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Released::Count(n) => write!(f, "{n}"),
            Released::Small(Policy::Standard { threshold, .. }) => write!(f, "<{threshold}"),
            Released::Small(Policy::Strict { .. }) => f.write_str("*"),
            Released::Hidden => f.write_str("[c]"),
            Released::Withheld => f.write_str("[x]"),
        }
    }
}

/// One row of a slice's table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleasedRow {
    pub question: String,
    pub option: String,
    pub count: Released,
}

/// Raw counters keyed by (question id, option id).
pub type RawCounts = BTreeMap<(String, String), u64>;

/// Everything stored about a form, as read from storage. Only [`release`] reads it for output.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawTallies {
    /// Choice and text counters by channel (diversity questions are never here).
    pub by_channel: BTreeMap<String, RawCounts>,
    /// Diversity-monitoring counters, never split.
    pub diversity: RawCounts,
    /// Responses by channel.
    pub channel_totals: BTreeMap<String, u64>,
    /// Responses by language.
    pub language_totals: BTreeMap<String, u64>,
    /// Responses by ISO week (`2026-W47`), kept since weekly totals were: older responses are
    /// in no week.
    pub week_totals: BTreeMap<String, u64>,
}

/// One slice of a release: the whole form, one channel, or several folded together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slice {
    /// [`ALL`], a channel id, or [`OTHER_CHANNELS`].
    pub id: String,
    /// The channels in it (every channel for [`ALL`]).
    pub channels: Vec<String>,
    pub total: Released,
    /// One row per question and option in the form's order (diversity questions only in
    /// [`ALL`]), then `_answered` for text questions and `_skipped` for every question.
    pub rows: Vec<ReleasedRow>,
}

/// What may be shown of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    pub policy: Policy,
    /// False while the form has fewer responses than the base: nothing is shown.
    pub enough: bool,
    /// [`ALL`] first, then the channels' slices (none when splitting would show nothing new).
    pub slices: Vec<Slice>,
    /// Responses by language, in the order asked for.
    pub languages: Vec<(String, Released)>,
    /// Responses by ISO week, oldest first (weeks nobody answered in are left out).
    pub weeks: Vec<(String, Released)>,
}

impl Release {
    pub fn all(&self) -> &Slice {
        &self.slices[0]
    }

    /// The channels' slices.
    pub fn channels(&self) -> &[Slice] {
        &self.slices[1..]
    }
}

/// The release of `form` from its raw tallies: see the module's documentation. `languages` is
/// the order language totals are listed in (languages missing from it are left out).
pub fn release(form: &Form, raw: &RawTallies, policy: &Policy, languages: &[&str]) -> Release {
    let groups = fold_channels(form, raw, policy.base());
    release_grouped(form, raw, policy, languages, &groups)
}

/// [`release`] with the channels' slices given (see [`Step`]).
pub fn release_grouped(
    form: &Form,
    raw: &RawTallies,
    policy: &Policy,
    languages: &[&str],
    groups: &[Group],
) -> Release {
    let total: u64 = raw.channel_totals.values().sum();
    let enough = total >= policy.base();
    let mut engine = Engine::new(*policy);

    let all_layout = layout(form, true);
    let all_total = engine.var(total, None);
    let all_cells = engine.slice(form, all_total, &all_layout, |q, o| {
        let key = (q.to_string(), o.to_string());
        if form.question(q).is_some_and(|q| q.kind == Kind::Diversity) {
            raw.diversity.get(&key).copied().unwrap_or(0)
        } else {
            raw.by_channel.values().filter_map(|c| c.get(&key)).sum()
        }
    });

    // The channels' slices, only when there are two or more: one would be the whole form again.
    let group_layout = layout(form, false);
    let mut group_slices = Vec::new();
    if groups.len() >= 2 {
        for (_, members) in groups {
            let n = members
                .iter()
                .map(|c| raw.channel_totals.get(c).copied().unwrap_or(0))
                .sum();
            let t = engine.var(n, None);
            let cells = engine.slice(form, t, &group_layout, |q, o| {
                let key = (q.to_string(), o.to_string());
                members
                    .iter()
                    .filter_map(|c| raw.by_channel.get(c))
                    .filter_map(|c| c.get(&key))
                    .sum()
            });
            group_slices.push((t, cells));
        }
        let totals: Vec<usize> = group_slices.iter().map(|(t, _)| *t).collect();
        engine.relate(all_total, &totals);
        // Each of the whole form's cells is the sum of the groups' cells.
        let mut j = 0;
        for (i, (q, o)) in all_layout.iter().enumerate() {
            if group_layout.get(j) != Some(&(q.clone(), o.clone())) {
                continue;
            }
            let parts: Vec<usize> = group_slices.iter().map(|(_, cells)| cells[j]).collect();
            engine.relate(all_cells[i], &parts);
            j += 1;
        }
    }

    // Responses by language add up to the whole.
    let language_cells: Vec<usize> = languages
        .iter()
        .map(|l| {
            let n = raw.language_totals.get(*l).copied().unwrap_or(0);
            engine.var(n, Some(all_total))
        })
        .collect();
    if !language_cells.is_empty() {
        engine.relate(all_total, &language_cells);
        engine.tables.push(language_cells.clone());
    }
    // And by week, when every response is in one (responses from before weeks were kept are
    // not, and then the relation does not hold and is not used). A week that has ended never
    // changes, and an earlier step showed it: hiding it now would not protect a small week, which
    // the total less the other weeks would give away. So while any week is small, every week is
    // withheld.
    let week_cells: Vec<usize> = raw
        .week_totals
        .values()
        .map(|&n| engine.var(n, Some(all_total)))
        .collect();
    let small_week = week_cells
        .iter()
        .any(|&c| engine.vars[c].state == State::Small);
    if small_week {
        for &c in &week_cells {
            engine.vars[c].state = State::Withheld;
        }
    } else if !week_cells.is_empty() {
        engine.relate(all_total, &week_cells);
        engine.tables.push(week_cells.clone());
    }

    if enough {
        engine.protect();
    }
    let shown = |v: usize| {
        if enough {
            engine.shown(v)
        } else {
            Released::Withheld
        }
    };
    let slice = |id: &str,
                 channels: Vec<String>,
                 total: usize,
                 cells: &[usize],
                 layout: &[(String, String)]| Slice {
        id: id.to_string(),
        channels,
        total: shown(total),
        rows: layout
            .iter()
            .zip(cells)
            .map(|((question, option), &c)| ReleasedRow {
                question: question.clone(),
                option: option.clone(),
                count: shown(c),
            })
            .collect(),
    };
    let every: Vec<String> = form.counted_channels().map(str::to_string).collect();
    let mut slices = vec![slice(ALL, every, all_total, &all_cells, &all_layout)];
    for ((id, members), (t, cells)) in groups.iter().zip(&group_slices) {
        slices.push(slice(id, members.clone(), *t, cells, &group_layout));
    }
    Release {
        policy: *policy,
        enough,
        slices,
        languages: languages
            .iter()
            .zip(&language_cells)
            .map(|(l, &c)| (l.to_string(), shown(c)))
            .collect(),
        weeks: raw
            .week_totals
            .keys()
            .zip(&week_cells)
            .map(|(w, &c)| (w.clone(), shown(c)))
            .collect(),
    }
}

/// The rows of a slice, as (question, option), in the form's order.
fn layout(form: &Form, with_diversity: bool) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    for q in &form.questions {
        if q.kind == Kind::Diversity && !with_diversity {
            continue;
        }
        let reserved: &[&str] = match q.kind {
            Kind::Text => &[ANSWERED, SKIPPED],
            _ => &[SKIPPED],
        };
        for option in q
            .options
            .iter()
            .map(|o| o.id.as_str())
            .chain(reserved.iter().copied())
        {
            rows.push((q.id.clone(), option.to_string()));
        }
    }
    rows
}

/// The channels' slices: each channel with at least `base` responses on its own, the rest
/// folded into [`OTHER_CHANNELS`]; while that group has responses but fewer than `base`, the
/// smallest channel left is folded in too. Channels in the form's order, then "direct" and
/// "other".
pub fn fold_channels(form: &Form, raw: &RawTallies, base: u64) -> Vec<Group> {
    let n = |c: &str| raw.channel_totals.get(c).copied().unwrap_or(0);
    // Channels the form no longer lists still count: under their own name.
    let mut channels: Vec<String> = form.counted_channels().map(str::to_string).collect();
    for c in raw.channel_totals.keys() {
        if !channels.contains(c) {
            channels.push(c.clone());
        }
    }
    let (mut alone, mut folded): (Vec<String>, Vec<String>) =
        channels.into_iter().partition(|c| n(c) >= base);
    let mut folded_n: u64 = folded.iter().map(|c| n(c)).sum();
    while folded_n > 0 && folded_n < base && !alone.is_empty() {
        let smallest = (0..alone.len())
            .min_by_key(|&i| (n(&alone[i]), std::cmp::Reverse(i)))
            .unwrap_or(0);
        let c = alone.remove(smallest);
        folded_n += n(&c);
        folded.push(c);
    }
    let mut groups: Vec<(String, Vec<String>)> =
        alone.into_iter().map(|c| (c.clone(), vec![c])).collect();
    // Channels nobody came through add nothing: they are left out.
    if folded_n > 0 {
        groups.push((OTHER_CHANNELS.to_string(), folded));
    }
    groups
}

/// A channels' slice: its id (a channel's, or [`OTHER_CHANNELS`]) and the channels in it.
pub type Group = (String, Vec<String>);

/// What coordinators see of a form, frozen: the tallies and channel groups of its last release
/// step. Views show this, not the live counts, so two views taken either side of one person's
/// submission are the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The day (`YYYY-MM-DD`, UTC) it was taken.
    pub day: String,
    pub raw: RawTallies,
    pub groups: Vec<Group>,
}

/// The next release step, if one is due; `None` keeps showing `previous`.
///
/// The first step comes once the form has `base` responses; each later one only after `base`
/// more, with the channels' slices chosen so that every set of channels a coordinator could
/// compare between the two steps (each group of the new step, joined with every group of the
/// old step it shares a channel with, and so on) has gained no responses or at least `base`:
/// what changes between two views is never the answers of fewer than `base` people. `today`
/// only dates the step.
pub fn next_step(
    form: &Form,
    previous: Option<&Step>,
    live: &RawTallies,
    base: u64,
    today: &str,
) -> Option<Step> {
    let n = |raw: &RawTallies, channels: &[String]| -> u64 {
        channels
            .iter()
            .filter_map(|c| raw.channel_totals.get(c))
            .sum()
    };
    let total = |raw: &RawTallies| raw.channel_totals.values().sum::<u64>();
    let Some(previous) = previous else {
        return (total(live) >= base).then(|| Step {
            day: today.to_string(),
            raw: live.clone(),
            groups: fold_channels(form, live, base),
        });
    };
    let grown = total(live).saturating_sub(total(&previous.raw));
    if grown < base {
        return None;
    }
    let mut groups = fold_channels(form, live, base);
    // Join groups until every set comparable across the two steps has grown by 0 or >= base.
    loop {
        let parts = components(&previous.groups, &groups);
        let small = parts.iter().position(|part| {
            let g = n(live, part).saturating_sub(n(&previous.raw, part));
            g > 0 && g < base
        });
        let Some(small) = small else { break };
        // Join the small part's groups with those of the part that grew least besides it.
        let other = (0..parts.len())
            .filter(|&p| p != small)
            .min_by_key(|&p| n(live, &parts[p]).saturating_sub(n(&previous.raw, &parts[p])));
        let joined: Vec<String> = match other {
            Some(o) => parts[small].iter().chain(&parts[o]).cloned().collect(),
            None => break,
        };
        let mut merged: Vec<String> = Vec::new();
        groups.retain(|(_, members)| {
            if members.iter().any(|c| joined.contains(c)) {
                merged.extend(members.iter().cloned());
                false
            } else {
                true
            }
        });
        groups.push((OTHER_CHANNELS.to_string(), merged));
        if groups.len() == 1 {
            break;
        }
    }
    // Two [`OTHER_CHANNELS`] at most one: the joined group takes the name, any other joins it.
    let others: Vec<String> = groups
        .iter()
        .filter(|(id, _)| id == OTHER_CHANNELS)
        .flat_map(|(_, m)| m.clone())
        .collect();
    groups.retain(|(id, _)| id != OTHER_CHANNELS);
    if !others.is_empty() {
        groups.push((OTHER_CHANNELS.to_string(), others));
    }
    Some(Step {
        day: today.to_string(),
        raw: live.clone(),
        groups,
    })
}

/// The finest sets of channels that are unions of groups in both `a` and `b`.
fn components(a: &[Group], b: &[Group]) -> Vec<Vec<String>> {
    let mut parts: Vec<Vec<String>> = Vec::new();
    for (_, members) in a.iter().chain(b) {
        let mut joined: Vec<String> = members.clone();
        parts.retain(|p| {
            if p.iter().any(|c| joined.contains(c)) {
                joined.extend(p.iter().cloned());
                false
            } else {
                true
            }
        });
        joined.sort();
        joined.dedup();
        parts.push(joined);
    }
    parts
}

/// What a count is, as far as the release goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Exact,
    Small,
    Hidden,
    Withheld,
}

#[derive(Debug, Clone)]
struct Var {
    raw: u64,
    state: State,
    /// The total of its slice: it can be no larger.
    cap: Option<usize>,
    /// A slice's total or a language's: never hidden to protect another count.
    total: bool,
}

/// Complementary suppression. Every count is a variable; every way released numbers add up
/// (a question's rows to its slice's total, the channels' slices to the whole form, languages
/// and weeks to the whole) is a relation. An attacker knows each shown count (within its rounding), that
/// a small one is between 1 and the small limit, that a hidden one is above it, and the
/// relations. [`Engine::protect`] narrows what each small count can be from all of that, and
/// hides more counts until every small count could still be at least two values.
struct Engine {
    policy: Policy,
    vars: Vec<Var>,
    /// Each relation says: the first variable equals the sum of the others.
    relations: Vec<Vec<usize>>,
    /// Groups of variables withheld together when nothing else protects one of them.
    tables: Vec<Vec<usize>>,
    /// Multiple-choice questions, whose rows add up to no total but are still bound to it.
    ticks: Vec<Ticks>,
}

/// A multiple-choice question in one slice. Everyone who answered ticked at least one option
/// and at most all of them (or the question's `max_choices`): so the options add up to at
/// least the slice's total less the `_skipped` row and at most that many times the limit, and
/// none is more than that. A count can be pinned by these alone (two options, one of them
/// large), so the attacker knows them too.
#[derive(Debug, Clone)]
struct Ticks {
    options: Vec<usize>,
    skipped: usize,
    total: usize,
    most: Option<u64>,
}

impl Ticks {
    fn members(&self) -> Vec<usize> {
        let mut all = self.options.clone();
        all.extend([self.skipped, self.total]);
        all
    }
}

/// Larger than any count.
const BIG: i64 = 1 << 40;

impl Engine {
    fn new(policy: Policy) -> Engine {
        Engine {
            policy,
            vars: Vec::new(),
            relations: Vec::new(),
            tables: Vec::new(),
            ticks: Vec::new(),
        }
    }

    /// A count; `cap` is its slice's total. Without a cap it is a total itself.
    fn var(&mut self, raw: u64, cap: Option<usize>) -> usize {
        let state = if raw >= 1 && raw <= self.policy.small_max() {
            State::Small
        } else {
            State::Exact
        };
        self.vars.push(Var {
            raw,
            state,
            cap,
            total: cap.is_none(),
        });
        self.vars.len() - 1
    }

    /// A relation the released numbers obey. Only one that holds in the data: a question added
    /// to a live form has no counts from earlier responses, so its rows no longer add up to the
    /// total, and nobody can use that they do.
    fn relate(&mut self, sum: usize, parts: &[usize]) {
        let total: u64 = parts.iter().map(|&p| self.vars[p].raw).sum();
        if total != self.vars[sum].raw {
            return;
        }
        let mut relation = vec![sum];
        relation.extend_from_slice(parts);
        self.relations.push(relation);
    }

    /// A multiple-choice question's bounds, if the data obeys them (as for [`Engine::relate`]).
    fn bind_ticks(&mut self, total: usize, options: &[usize], skipped: usize, most: Option<u64>) {
        let answered = self.vars[total].raw.checked_sub(self.vars[skipped].raw);
        let Some(answered) = answered else {
            return;
        };
        let ticked: u64 = options.iter().map(|&o| self.vars[o].raw).sum();
        let most = most.filter(|&m| m < options.len() as u64);
        if ticked < answered
            || most.is_some_and(|m| ticked > m.saturating_mul(answered))
            || options.iter().any(|&o| self.vars[o].raw > answered)
        {
            return;
        }
        self.ticks.push(Ticks {
            options: options.to_vec(),
            skipped,
            total,
            most,
        });
    }

    /// Every group of counts tied by what an attacker knows: the relations, then the
    /// multiple-choice bounds.
    fn links(&self) -> Vec<Vec<usize>> {
        self.relations
            .iter()
            .cloned()
            .chain(self.ticks.iter().map(Ticks::members))
            .collect()
    }

    /// One slice's cells; each question whose answers are one per response (single, diversity,
    /// text) adds up to the slice's total.
    fn slice(
        &mut self,
        form: &Form,
        total: usize,
        layout: &[(String, String)],
        count: impl Fn(&str, &str) -> u64,
    ) -> Vec<usize> {
        let cells: Vec<usize> = layout
            .iter()
            .map(|(q, o)| self.var(count(q, o), Some(total)))
            .collect();
        for q in &form.questions {
            let rows: Vec<usize> = layout
                .iter()
                .zip(&cells)
                .filter(|((question, _), _)| *question == q.id)
                .map(|(_, &c)| c)
                .collect();
            if rows.is_empty() {
                continue;
            }
            if q.kind == Kind::Multiple {
                if let Some((&skipped, options)) = rows.split_last() {
                    let most = q.max_choices.map(u64::from);
                    self.bind_ticks(total, options, skipped, most);
                }
            } else {
                self.relate(total, &rows);
            }
            self.tables.push(rows);
        }
        cells
    }

    /// What an attacker knows of each count before using the relations.
    fn known(&self, v: usize) -> (i64, i64) {
        let small = self.policy.small_max() as i64;
        let var = &self.vars[v];
        match var.state {
            State::Exact => match self.policy.show(var.raw) {
                Released::Count(0) => (0, 0),
                Released::Count(shown) => {
                    let slack = (self.policy.rounding() / 2) as i64;
                    let shown = shown as i64;
                    ((shown - slack).max(small + 1), shown + slack)
                }
                _ => (var.raw as i64, var.raw as i64),
            },
            State::Small => (1, small),
            State::Hidden => (small + 1, BIG),
            State::Withheld => (0, BIG),
        }
    }

    /// The narrowest bounds the relations give, by propagating each relation's sum to each of
    /// its terms until nothing changes.
    fn bounds(&self) -> Vec<(i64, i64)> {
        let mut b: Vec<(i64, i64)> = (0..self.vars.len()).map(|v| self.known(v)).collect();
        for _ in 0..200 {
            let mut changed = false;
            for v in 0..self.vars.len() {
                if let Some(cap) = self.vars[v].cap
                    && b[cap].1 < b[v].1
                {
                    b[v].1 = b[cap].1;
                    changed = true;
                }
            }
            for relation in &self.relations {
                // sum - Σ parts = 0, as Σ sign·x = 0.
                let sign = |k: usize| if k == 0 { 1 } else { -1 };
                let (mut lo_all, mut hi_all) = (0i64, 0i64);
                for (k, &v) in relation.iter().enumerate() {
                    let (lo, hi) = b[v];
                    if sign(k) > 0 {
                        lo_all = lo_all.saturating_add(lo);
                        hi_all = hi_all.saturating_add(hi);
                    } else {
                        lo_all = lo_all.saturating_sub(hi);
                        hi_all = hi_all.saturating_sub(lo);
                    }
                }
                for (k, &v) in relation.iter().enumerate() {
                    let (lo, hi) = b[v];
                    // The others' sum, signed, lies in [lo_all - own_lo, hi_all - own_hi].
                    let (own_lo, own_hi) = if sign(k) > 0 { (lo, hi) } else { (-hi, -lo) };
                    let rest_lo = lo_all.saturating_sub(own_lo);
                    let rest_hi = hi_all.saturating_sub(own_hi);
                    // sign·x = -rest
                    let (new_lo, new_hi) = if sign(k) > 0 {
                        (-rest_hi, -rest_lo)
                    } else {
                        (rest_lo, rest_hi)
                    };
                    if new_lo > lo || new_hi < hi {
                        b[v] = (lo.max(new_lo), hi.min(new_hi));
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        b
    }

    /// A truly small count (shown as small or not shown at all) that the released numbers
    /// would pin down. Propagating bounds finds most quickly; an integer program per small
    /// count finds the rest, such as a count that follows only from adding up several
    /// relations (a two-way table of channels and options with its margins).
    fn pinned(&self) -> Option<usize> {
        let b = self.bounds();
        let small = 1..=self.policy.small_max();
        let smalls: Vec<usize> = (0..self.vars.len())
            .filter(|&v| small.contains(&self.vars[v].raw))
            .collect();
        if let Some(&v) = smalls.iter().find(|&&v| b[v].0 >= b[v].1) {
            return Some(v);
        }
        smalls.into_iter().find(|&v| {
            let raw = self.vars[v].raw as f64;
            // Only if the least it could be is its true value is the most worth asking.
            match self.extreme(&b, v, OptimizationDirection::Minimize) {
                Some(min) if min < raw => false,
                Some(min) => self
                    .extreme(&b, v, OptimizationDirection::Maximize)
                    .is_none_or(|max| max <= min),
                None => true,
            }
        })
    }

    /// The least or greatest whole value `target` can take given every known bound and
    /// relation; `None` if the solver cannot tell (then the count is treated as exposed).
    fn extreme(
        &self,
        bounds: &[(i64, i64)],
        target: usize,
        direction: OptimizationDirection,
    ) -> Option<f64> {
        let mut problem = Problem::new(direction);
        let clamp = |x: i64| x.clamp(0, i32::MAX as i64) as i32;
        let vars: Vec<Variable> = bounds
            .iter()
            .enumerate()
            .map(|(v, &(lo, hi))| {
                let objective = if v == target { 1.0 } else { 0.0 };
                problem.add_integer_var(objective, (clamp(lo), clamp(hi)))
            })
            .collect();
        for relation in &self.relations {
            let terms: Vec<(Variable, f64)> = relation
                .iter()
                .enumerate()
                .map(|(k, &v)| (vars[v], if k == 0 { 1.0 } else { -1.0 }))
                .collect();
            problem.add_constraint(&terms, ComparisonOp::Eq, 0.0);
        }
        for (v, var) in self.vars.iter().enumerate() {
            if let Some(cap) = var.cap {
                problem.add_constraint([(vars[v], 1.0), (vars[cap], -1.0)], ComparisonOp::Le, 0.0);
            }
        }
        for t in &self.ticks {
            let (s, total) = (vars[t.skipped], vars[t.total]);
            let mut sum: Vec<(Variable, f64)> = t.options.iter().map(|&o| (vars[o], 1.0)).collect();
            sum.extend([(s, 1.0), (total, -1.0)]);
            problem.add_constraint(&sum, ComparisonOp::Ge, 0.0);
            if let Some(m) = t.most {
                let m = m as f64;
                let mut sum: Vec<(Variable, f64)> =
                    t.options.iter().map(|&o| (vars[o], 1.0)).collect();
                sum.extend([(s, m), (total, -m)]);
                problem.add_constraint(&sum, ComparisonOp::Le, 0.0);
            }
            for &o in &t.options {
                problem.add_constraint(
                    [(vars[o], 1.0), (s, 1.0), (total, -1.0)],
                    ComparisonOp::Le,
                    0.0,
                );
            }
        }
        let solution = problem.solve().ok()?.into_solution().ok()?;
        Some(solution.objective().round())
    }

    /// Hides counts until no small count can be worked out. For a pinned count, in order:
    /// hide the smallest shown count above the small limit that shares a relation with it, or
    /// failing that with a count it is worked out through (nearest first); else withhold every
    /// shown count that shares a relation with it (zeros too); else its table; else everything.
    fn protect(&mut self) {
        while let Some(p) = self.pinned() {
            if let Some(v) = self.nearest_candidate(p) {
                self.vars[v].state = State::Hidden;
                continue;
            }
            let related: Vec<usize> = self
                .links()
                .iter()
                .filter(|r| r.contains(&p))
                .flatten()
                .copied()
                .filter(|&v| self.vars[v].state == State::Exact && !self.vars[v].total)
                .collect();
            if !related.is_empty() {
                for v in related {
                    self.vars[v].state = State::Withheld;
                }
                continue;
            }
            let table = self.tables.iter().find(|t| t.contains(&p)).cloned();
            match table {
                Some(t) if t.iter().any(|&v| self.vars[v].state != State::Withheld) => {
                    for v in t {
                        self.vars[v].state = State::Withheld;
                    }
                }
                _ => {
                    for var in &mut self.vars {
                        var.state = State::Withheld;
                    }
                    return;
                }
            }
        }
    }

    /// The smallest shown count above the small limit in a relation with `p`; if none, in a
    /// relation with an unshown count of those relations; and so on outwards.
    fn nearest_candidate(&self, p: usize) -> Option<usize> {
        let links = self.links();
        let mut frontier = vec![p];
        let mut seen_vars = vec![false; self.vars.len()];
        let mut seen_relations = vec![false; links.len()];
        seen_vars[p] = true;
        while !frontier.is_empty() {
            let mut next = Vec::new();
            let mut best: Option<usize> = None;
            for (r, relation) in links.iter().enumerate() {
                if seen_relations[r] || !relation.iter().any(|v| frontier.contains(v)) {
                    continue;
                }
                seen_relations[r] = true;
                for &v in relation.iter() {
                    let var = &self.vars[v];
                    if var.state == State::Exact {
                        if !var.total
                            && var.raw > self.policy.small_max()
                            && best.is_none_or(|b| (var.raw, v) < (self.vars[b].raw, b))
                        {
                            best = Some(v);
                        }
                    } else if !seen_vars[v] {
                        seen_vars[v] = true;
                        next.push(v);
                    }
                }
            }
            if best.is_some() {
                return best;
            }
            frontier = next;
        }
        None
    }

    fn shown(&self, v: usize) -> Released {
        match self.vars[v].state {
            State::Exact | State::Small => self.policy.show(self.vars[v].raw),
            State::Hidden => Released::Hidden,
            State::Withheld => Released::Withheld,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::tests::form;
    use crate::schema::Channel;

    const LANGS: &[&str] = &["en-GB", "cy"];

    fn counts(pairs: &[(&str, &str, u64)]) -> RawCounts {
        pairs
            .iter()
            .map(|(q, o, n)| ((q.to_string(), o.to_string()), *n))
            .collect()
    }

    /// A slice's rows as "question,option,shown".
    fn rows(slice: &Slice) -> Vec<String> {
        slice
            .rows
            .iter()
            .map(|r| format!("{},{},{}", r.question, r.option, r.count))
            .collect()
    }

    fn one_channel(
        n: u64,
        choices: &[(&str, &str, u64)],
        diversity: &[(&str, &str, u64)],
    ) -> RawTallies {
        RawTallies {
            by_channel: [("direct".to_string(), counts(choices))].into(),
            diversity: counts(diversity),
            channel_totals: [("direct".to_string(), n)].into(),
            language_totals: BTreeMap::new(),
            week_totals: BTreeMap::new(),
        }
    }

    #[test]
    fn standard_hides_a_second_count_wherever_a_small_one_could_be_worked_out() {
        let mut raw = one_channel(
            20,
            &[
                ("one", "a", 16),
                ("one", "b", 4),
                ("many", "x", 20),
                ("many", "z", 3),
                ("say", "_answered", 2),
                ("say", "_skipped", 18),
            ],
            &[("age", "young", 10), ("age", "prefer-not-to-say", 10)],
        );
        raw.language_totals = [("en-GB".to_string(), 17), ("cy".to_string(), 3)].into();
        let r = release(&form(), &raw, &Policy::default(), LANGS);
        assert!(r.enough);
        assert_eq!(r.all().total, Released::Count(20));
        assert_eq!(
            rows(r.all()),
            [
                // 20 - 0 - 4 would give b away: a is hidden too.
                "one,a,[c]",
                "one,b,<5",
                "one,_skipped,0",
                // Several choices each: no row adds up to the total, nothing to work out.
                "many,x,20",
                "many,y,0",
                "many,z,<5",
                "many,_skipped,0",
                "say,_answered,<5",
                "say,_skipped,[c]",
                "age,young,10",
                "age,prefer-not-to-say,10",
                "age,_skipped,0",
            ]
        );
        // One channel: splitting would show the whole form again.
        assert!(r.channels().is_empty());
        let languages: Vec<String> = r
            .languages
            .iter()
            .map(|(l, c)| format!("{l},{c}"))
            .collect();
        assert_eq!(languages, ["en-GB,[c]", "cy,<5"]);
    }

    #[test]
    fn weeks_are_withheld_while_any_is_small() {
        let mut raw = one_channel(20, &[("one", "a", 20)], &[]);
        raw.week_totals = [("2026-W46".to_string(), 17), ("2026-W47".to_string(), 3)].into();
        let r = release(&form(), &raw, &Policy::default(), LANGS);
        let weeks: Vec<String> = r.weeks.iter().map(|(w, c)| format!("{w},{c}")).collect();
        // 20 - 17 would give the small week away, and hiding week 46 would not help: an earlier
        // step showed it, and it has not changed since. Every week is withheld.
        assert_eq!(weeks, ["2026-W46,[x]", "2026-W47,[x]"]);
        // No small week: every week shown, as they add up to the total.
        raw.week_totals = [("2026-W46".to_string(), 12), ("2026-W47".to_string(), 8)].into();
        let r = release(&form(), &raw, &Policy::default(), LANGS);
        let weeks: Vec<String> = r.weeks.iter().map(|(w, c)| format!("{w},{c}")).collect();
        assert_eq!(weeks, ["2026-W46,12", "2026-W47,8"]);
    }

    #[test]
    fn a_form_under_the_base_shows_nothing() {
        let raw = one_channel(9, &[("one", "a", 9)], &[]);
        let r = release(&form(), &raw, &Policy::default(), LANGS);
        assert!(!r.enough);
        assert_eq!(r.all().total, Released::Withheld);
        assert!(
            r.all()
                .rows
                .iter()
                .all(|row| row.count == Released::Withheld)
        );
        assert!(r.languages.iter().all(|(_, c)| *c == Released::Withheld));
    }

    #[test]
    fn strict_stars_one_to_seven_and_rounds_the_rest_to_fives() {
        let raw = one_channel(
            23,
            &[
                ("one", "a", 20),
                ("one", "b", 3),
                ("many", "x", 13),
                ("many", "y", 12),
                ("many", "z", 8),
                ("say", "_skipped", 23),
            ],
            &[("age", "young", 23)],
        );
        let r = release(&form(), &raw, &Policy::Strict { base: 10 }, &[]);
        assert_eq!(r.all().total, Released::Count(25));
        assert_eq!(
            rows(r.all()),
            [
                // Rounding leaves b anywhere from 1 to 7: nothing more to hide.
                "one,a,20",
                "one,b,*",
                "one,_skipped,0",
                "many,x,15",
                "many,y,10",
                "many,z,10",
                "many,_skipped,0",
                "say,_answered,0",
                "say,_skipped,25",
                "age,young,25",
                "age,prefer-not-to-say,0",
                "age,_skipped,0",
            ]
        );
    }

    fn two_channels() -> crate::schema::Form {
        let mut f = form();
        f.channels = ["a", "b"]
            .iter()
            .map(|id| Channel {
                id: id.to_string(),
                name: id.to_uppercase(),
            })
            .collect();
        f
    }

    #[test]
    fn small_channels_fold_into_other_channels_with_the_smallest_if_need_be() {
        let f = two_channels();
        let raw = |a: u64, b: u64, direct: u64| RawTallies {
            channel_totals: [
                ("a".to_string(), a),
                ("b".to_string(), b),
                ("direct".to_string(), direct),
            ]
            .into(),
            ..RawTallies::default()
        };
        let groups = |a, b, d| fold_channels(&f, &raw(a, b, d), 10);
        let named = |g: Vec<(String, Vec<String>)>| -> Vec<String> {
            g.into_iter()
                .map(|(id, m)| format!("{id}={}", m.join("+")))
                .collect()
        };
        assert_eq!(named(groups(12, 15, 0)), ["a=a", "b=b"]);
        assert_eq!(
            named(groups(12, 15, 4)),
            ["b=b", "other-channels=direct+other+a"]
        );
        assert_eq!(
            named(groups(12, 9, 1)),
            ["a=a", "other-channels=b+direct+other"]
        );
        assert_eq!(named(groups(3, 2, 1)), ["other-channels=a+b+direct+other"]);
        assert_eq!(named(groups(20, 0, 0)), ["a=a"]);
    }

    #[test]
    fn a_small_count_cannot_be_worked_out_from_the_other_channels() {
        let f = two_channels();
        let raw = RawTallies {
            by_channel: [
                (
                    "a".to_string(),
                    counts(&[
                        ("one", "a", 10),
                        ("say", "_skipped", 10),
                        ("many", "_skipped", 10),
                    ]),
                ),
                (
                    "b".to_string(),
                    counts(&[
                        ("one", "a", 7),
                        ("one", "b", 3),
                        ("say", "_skipped", 10),
                        ("many", "_skipped", 10),
                    ]),
                ),
            ]
            .into(),
            diversity: counts(&[("age", "_skipped", 20)]),
            channel_totals: [("a".to_string(), 10), ("b".to_string(), 10)].into(),
            language_totals: BTreeMap::new(),
            week_totals: BTreeMap::new(),
        };
        let r = release(&f, &raw, &Policy::default(), &[]);
        let one = |s: &Slice| -> Vec<String> {
            rows(s)
                .into_iter()
                .filter(|r| r.starts_with("one,"))
                .collect()
        };
        assert_eq!(
            r.slices.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["all", "a", "b"]
        );
        // b's 3 would follow from its 7 (10 - 7), and its 7 from the whole form's 17 less a's
        // 10: so the whole form's 17 is hidden as well as b's 7.
        assert_eq!(one(r.all()), ["one,a,[c]", "one,b,<5", "one,_skipped,0"]);
        assert_eq!(one(&r.slices[1]), ["one,a,10", "one,b,0", "one,_skipped,0"]);
        assert_eq!(
            one(&r.slices[2]),
            ["one,a,[c]", "one,b,<5", "one,_skipped,0"]
        );
    }

    #[test]
    fn release_steps_move_only_after_base_more_responses() {
        let f = two_channels();
        let raw = |a: u64, b: u64| RawTallies {
            by_channel: [
                ("a".to_string(), counts(&[("one", "a", a)])),
                ("b".to_string(), counts(&[("one", "a", b)])),
            ]
            .into(),
            channel_totals: [("a".to_string(), a), ("b".to_string(), b)].into(),
            ..RawTallies::default()
        };
        assert_eq!(next_step(&f, None, &raw(5, 4), 10, "2026-11-23"), None);
        let first = next_step(&f, None, &raw(12, 10), 10, "2026-11-23").unwrap();
        assert_eq!(
            first.groups,
            [
                ("a".into(), vec!["a".into()]),
                ("b".into(), vec!["b".into()])
            ]
        );
        // One more person (or nine) changes nothing anyone can see.
        assert_eq!(
            next_step(&f, Some(&first), &raw(13, 10), 10, "2026-11-23"),
            None
        );
        assert_eq!(
            next_step(&f, Some(&first), &raw(17, 14), 10, "2026-11-24"),
            None
        );
        // Ten more through each channel: a new step, both still shown apart.
        let next = next_step(&f, Some(&first), &raw(22, 20), 10, "2026-11-24").unwrap();
        assert_eq!(next.groups, first.groups);
        assert_eq!(next.raw, raw(22, 20));
        // Twelve more through a, three through b: b's three would show between the steps, so
        // a and b are shown together this time.
        let joined = next_step(&f, Some(&first), &raw(24, 13), 10, "2026-11-24").unwrap();
        assert_eq!(
            joined.groups,
            [(
                OTHER_CHANNELS.to_string(),
                vec!["a".to_string(), "b".to_string()]
            )]
        );
        let r = release_grouped(&f, &joined.raw, &Policy::default(), &[], &joined.groups);
        assert!(r.channels().is_empty());
    }

    #[test]
    fn policies_describe_themselves() {
        assert_eq!(
            Policy::default().describe(),
            "standard; threshold=5; base=10"
        );
        assert_eq!(
            Policy::Strict { base: 10 }.describe(),
            "strict; small=1-7; rounding=5; base=10"
        );
    }
}
