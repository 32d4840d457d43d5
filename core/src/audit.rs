//! The attacker, kept apart from [`crate::release`]: given only what releases show, can any
//! count between 1 and the small limit be pinned down? Used by the property test
//! (core/tests/auditor.rs) and by the server's end-to-end check on real exports, so both
//! attack with one model.
//!
//! The attacker knows the form, the policy, each slice's channels and every shown value, and
//! that the numbers add up: a question's rows (one answer per person) to its slice's total, a
//! multiple-choice question's rows to between one and `max_choices` ticks per person who
//! answered, the channels' slices to the whole form, the languages and the weeks to the whole
//! form. An
//! integer program per cell that could be small finds the least and greatest values it can
//! take; if they meet, the count is exposed.

use std::collections::BTreeMap;

use microlp::{ComparisonOp, OptimizationDirection, Problem, Variable};

use crate::release::{Policy, Release, Released};
use crate::schema::{Form, Kind};

/// Larger than any count in a test.
const TOP: f64 = 1_000_000.0;

/// Every cell of `r` shown as small or not shown whose value the released numbers pin to one
/// between 1 and the small limit, as `"slice,question,option = value"` (or `"slice,total"`,
/// `"language,tag"`). Also any cell whose shown value contradicts the others. Empty when the
/// release is safe against this attacker.
pub fn exposed(form: &Form, r: &Release) -> Vec<String> {
    let model = Model::of(form, r);
    let small = r.policy.small_max() as f64;
    let mut found = Vec::new();
    for (v, name, shown) in &model.cells {
        if !matches!(shown, Released::Small(_) | Released::Withheld) {
            continue;
        }
        let Some(min) = model.solve(*v, OptimizationDirection::Minimize) else {
            found.push(format!(
                "{name}: the released numbers contradict each other"
            ));
            continue;
        };
        // Pinned means the least and greatest values meet between 1 and the small limit.
        if min < 1.0 || min > small {
            continue;
        }
        let max = model
            .solve(*v, OptimizationDirection::Maximize)
            .unwrap_or(min);
        if max <= min {
            found.push(format!("{name} = {min}"));
        }
    }
    found
}

/// What a shown value tells: the range the true count lies in.
pub fn range(shown: Released, policy: &Policy) -> (f64, f64) {
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
        Released::Hidden => (small + 1.0, TOP),
        Released::Withheld => (0.0, TOP),
    }
}

/// A slice's cells: the variable of each (question, option).
type Cells = BTreeMap<(String, String), usize>;

/// Terms (variable, coefficient), comparison, right-hand side.
type Constraint = (Vec<(usize, f64)>, ComparisonOp, f64);

struct Model {
    bounds: Vec<(f64, f64)>,
    constraints: Vec<Constraint>,
    /// Each released number: its variable, its name and what was shown.
    cells: Vec<(usize, String, Released)>,
}

impl Model {
    fn of(form: &Form, r: &Release) -> Model {
        let mut m = Model {
            bounds: Vec::new(),
            constraints: Vec::new(),
            cells: Vec::new(),
        };
        let mut slices: Vec<(usize, Cells)> = Vec::new();
        for slice in &r.slices {
            let total = m.cell(format!("{},total", slice.id), slice.total, &r.policy);
            let mut by_key = BTreeMap::new();
            for row in &slice.rows {
                let name = format!("{},{},{}", slice.id, row.question, row.option);
                let v = m.cell(name, row.count, &r.policy);
                by_key.insert((row.question.clone(), row.option.clone()), v);
                m.constraints
                    .push((vec![(v, 1.0), (total, -1.0)], ComparisonOp::Le, 0.0));
            }
            for q in &form.questions {
                let row = |o: &str| by_key.get(&(q.id.clone(), o.to_string())).copied();
                let rows: Vec<usize> = by_key
                    .iter()
                    .filter(|((question, _), _)| *question == q.id)
                    .map(|(_, &v)| v)
                    .collect();
                if rows.is_empty() {
                    continue;
                }
                if q.kind != Kind::Multiple {
                    let mut terms: Vec<(usize, f64)> = rows.iter().map(|&v| (v, 1.0)).collect();
                    terms.push((total, -1.0));
                    m.constraints.push((terms, ComparisonOp::Eq, 0.0));
                    continue;
                }
                let Some(skipped) = row(crate::reserved::SKIPPED) else {
                    continue;
                };
                let options: Vec<usize> = q.options.iter().filter_map(|o| row(&o.id)).collect();
                // Each option: at most everyone who answered.
                for &o in &options {
                    m.constraints.push((
                        vec![(o, 1.0), (skipped, 1.0), (total, -1.0)],
                        ComparisonOp::Le,
                        0.0,
                    ));
                }
                // All options: at least one tick per person who answered, at most the limit.
                let ticks = |k: f64| -> Vec<(usize, f64)> {
                    let mut t: Vec<(usize, f64)> = options.iter().map(|&o| (o, 1.0)).collect();
                    t.extend([(skipped, k), (total, -k)]);
                    t
                };
                m.constraints.push((ticks(1.0), ComparisonOp::Ge, 0.0));
                if let Some(most) = q.max_choices {
                    m.constraints
                        .push((ticks(f64::from(most)), ComparisonOp::Le, 0.0));
                }
            }
            slices.push((total, by_key));
        }
        // The channels' slices add up to the whole form.
        if slices.len() > 1 {
            let (all_total, all_cells) = &slices[0];
            let mut terms = vec![(*all_total, 1.0)];
            terms.extend(slices[1..].iter().map(|(t, _)| (*t, -1.0)));
            m.constraints.push((terms, ComparisonOp::Eq, 0.0));
            for (key, &v) in all_cells {
                let parts: Option<Vec<usize>> = slices[1..]
                    .iter()
                    .map(|(_, cells)| cells.get(key).copied())
                    .collect();
                // Diversity rows are in the whole form's slice only.
                let Some(parts) = parts else { continue };
                let mut terms = vec![(v, 1.0)];
                terms.extend(parts.iter().map(|&p| (p, -1.0)));
                m.constraints.push((terms, ComparisonOp::Eq, 0.0));
            }
        }
        // Languages add up to the whole form.
        if let Some(&(all_total, _)) = slices.first() {
            let mut terms = vec![(all_total, 1.0)];
            for (lang, shown) in &r.languages {
                let v = m.cell(format!("language,{lang}"), *shown, &r.policy);
                terms.push((v, -1.0));
            }
            if terms.len() > 1 {
                m.constraints.push((terms, ComparisonOp::Eq, 0.0));
            }
            // So do the weeks, when every response is in one (the attacker assumes so).
            let mut terms = vec![(all_total, 1.0)];
            for (week, shown) in &r.weeks {
                let v = m.cell(format!("week,{week}"), *shown, &r.policy);
                terms.push((v, -1.0));
            }
            if terms.len() > 1 {
                m.constraints.push((terms, ComparisonOp::Eq, 0.0));
            }
        }
        m
    }

    fn cell(&mut self, name: String, shown: Released, policy: &Policy) -> usize {
        self.bounds.push(range(shown, policy));
        let v = self.bounds.len() - 1;
        self.cells.push((v, name, shown));
        v
    }

    /// The least or greatest whole value of `target`; `None` if nothing fits.
    fn solve(&self, target: usize, direction: OptimizationDirection) -> Option<f64> {
        let mut p = Problem::new(direction);
        let vars: Vec<Variable> = self
            .bounds
            .iter()
            .enumerate()
            .map(|(i, &(lo, hi))| {
                let objective = if i == target { 1.0 } else { 0.0 };
                p.add_integer_var(objective, (lo as i32, hi as i32))
            })
            .collect();
        for (terms, op, rhs) in &self.constraints {
            let terms: Vec<(Variable, f64)> = terms.iter().map(|&(v, c)| (vars[v], c)).collect();
            p.add_constraint(&terms, *op, *rhs);
        }
        p.solve()
            .ok()
            .and_then(|o| o.into_solution().ok())
            .map(|s| s.objective().round())
    }
}
