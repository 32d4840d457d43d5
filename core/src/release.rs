//! What may leave the server: every count shown or exported goes through [`release_table`].
//!
//! Small numbers identify people ("the one person from that group who said…"), so counts from
//! 1 up to the threshold are replaced by "fewer than the threshold". Keeping the policy in one
//! place means hardening it later changes every export and page at once.

use std::collections::BTreeMap;
use std::fmt;

use crate::reserved::{ANSWERED, SKIPPED};
use crate::schema::{Form, Kind, Question};

/// How counts are released.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Counts from 1 to `threshold - 1` are suppressed. Zero is shown: it tells nothing about anyone.
    pub threshold: u64,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { threshold: 5 }
    }
}

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Released {
    Count(u64),
    /// Between 1 and `threshold - 1`.
    Suppressed {
        threshold: u64,
    },
}

impl fmt::Display for Released {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Released::Count(n) => write!(f, "{n}"),
            Released::Suppressed { threshold } => write!(f, "<{threshold}"),
        }
    }
}

impl Policy {
    pub fn release(&self, count: u64) -> Released {
        if count == 0 || count >= self.threshold {
            Released::Count(count)
        } else {
            Released::Suppressed {
                threshold: self.threshold,
            }
        }
    }
}

/// One row of a releasable table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleasedRow {
    pub question: String,
    pub option: String,
    pub count: Released,
}

/// Raw counters of one form, keyed by (question id, option id).
pub type RawCounts = BTreeMap<(String, String), u64>;

/// The releasable table of a form: one row per question and option in the form's order, options
/// nobody chose included, then `_answered` for text questions and `_skipped` for every question.
/// Counters for questions or options no longer in the form are left out.
pub fn release_table(form: &Form, counts: &RawCounts, policy: &Policy) -> Vec<ReleasedRow> {
    table(form, counts, policy, |_| true)
}

/// One row of a table split by channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelRow {
    pub channel: String,
    pub row: ReleasedRow,
}

/// The releasable table of each channel, in the form's channel order ([`Form::counted_channels`]),
/// every channel listed even with no responses. Diversity questions are left out: they are never
/// counted by channel.
pub fn release_by_channel(
    form: &Form,
    by_channel: &BTreeMap<String, RawCounts>,
    policy: &Policy,
) -> Vec<ChannelRow> {
    let none = RawCounts::new();
    form.counted_channels()
        .flat_map(|channel| {
            let counts = by_channel.get(channel).unwrap_or(&none);
            table(form, counts, policy, |q| q.kind != Kind::Diversity)
                .into_iter()
                .map(move |row| ChannelRow {
                    channel: channel.to_string(),
                    row,
                })
        })
        .collect()
}

fn table(
    form: &Form,
    counts: &RawCounts,
    policy: &Policy,
    include: impl Fn(&Question) -> bool,
) -> Vec<ReleasedRow> {
    let mut rows = Vec::new();
    for q in form.questions.iter().filter(|q| include(q)) {
        let options = q.options.iter().map(|o| o.id.as_str());
        let reserved: &[&str] = match q.kind {
            Kind::Text => &[ANSWERED, SKIPPED],
            _ => &[SKIPPED],
        };
        for option in options.chain(reserved.iter().copied()) {
            let raw = counts
                .get(&(q.id.clone(), option.to_string()))
                .copied()
                .unwrap_or(0);
            rows.push(ReleasedRow {
                question: q.id.clone(),
                option: option.to_string(),
                count: policy.release(raw),
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::tests::form;

    #[test]
    fn small_counts_are_suppressed() {
        let p = Policy::default();
        assert_eq!(p.release(0).to_string(), "0");
        for n in 1..5 {
            assert_eq!(p.release(n).to_string(), "<5");
        }
        assert_eq!(p.release(5).to_string(), "5");
        assert_eq!(Policy { threshold: 10 }.release(9).to_string(), "<10");
    }

    #[test]
    fn table_has_every_option_and_reserved_rows_in_form_order() {
        let mut counts = RawCounts::new();
        counts.insert(("one".into(), "a".into()), 12);
        counts.insert(("one".into(), "_skipped".into()), 3);
        counts.insert(("say".into(), "_answered".into()), 7);
        counts.insert(("gone".into(), "a".into()), 50);
        let rows = release_table(&form(), &counts, &Policy::default());
        let text: Vec<String> = rows
            .iter()
            .map(|r| format!("{},{},{}", r.question, r.option, r.count))
            .collect();
        assert_eq!(
            text,
            [
                "one,a,12",
                "one,b,0",
                "one,_skipped,<5",
                "many,x,0",
                "many,y,0",
                "many,z,0",
                "many,_skipped,0",
                "say,_answered,7",
                "say,_skipped,0",
                "age,young,0",
                "age,prefer-not-to-say,0",
                "age,_skipped,0",
            ]
        );
    }

    #[test]
    fn split_by_channel_lists_every_channel_and_leaves_diversity_out() {
        let mut f = form();
        f.channels = vec![crate::schema::Channel {
            id: "riverside".into(),
            name: "Riverside".into(),
        }];
        let mut by_channel = BTreeMap::new();
        let mut riverside = RawCounts::new();
        riverside.insert(("one".into(), "a".into()), 6);
        riverside.insert(("one".into(), "b".into()), 2);
        by_channel.insert("riverside".to_string(), riverside);
        let rows = release_by_channel(&f, &by_channel, &Policy::default());
        let text: Vec<String> = rows
            .iter()
            .filter(|r| r.row.question == "one")
            .map(|r| format!("{},{},{}", r.channel, r.row.option, r.row.count))
            .collect();
        assert_eq!(
            text,
            [
                "riverside,a,6",
                "riverside,b,<5",
                "riverside,_skipped,0",
                "direct,a,0",
                "direct,b,0",
                "direct,_skipped,0",
                "other,a,0",
                "other,b,0",
                "other,_skipped,0",
            ]
        );
        assert!(rows.iter().all(|r| r.row.question != "age"));
    }
}
