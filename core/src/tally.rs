//! Turning one person's checked answers into counter increments and detached quotes.
//!
//! This is where a response stops existing as a whole: what comes out is a set of independent
//! `+1`s and quotes that carry nothing linking them to each other.

use crate::answers::Answer;
use crate::reserved::{ANSWERED, SKIPPED};
use crate::schema::{Form, Kind};

/// One counter to add 1 to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CounterKey {
    pub question: String,
    pub option: String,
}

/// A free-text answer, kept apart from the rest of the answers it came with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub question: String,
    pub bucket: String,
    pub text: String,
}

/// Everything one submission adds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Counted by channel too.
    pub counters: Vec<CounterKey>,
    /// Diversity-monitoring answers: counted on their own, never by channel.
    pub diversity: Vec<CounterKey>,
    pub quotes: Vec<Quote>,
}

/// `answers` are one per question, in the form's order, as [`crate::answers::check`] returns.
/// Every question gets at least one increment, so each question's counters add up to the
/// number of submissions it was asked in.
pub fn tally(form: &Form, answers: &[Answer]) -> Tally {
    let mut out = Tally::default();
    for (q, answer) in form.questions.iter().zip(answers) {
        let counters = if q.kind == Kind::Diversity {
            &mut out.diversity
        } else {
            &mut out.counters
        };
        let mut count = |option: &str| {
            counters.push(CounterKey {
                question: q.id.clone(),
                option: option.to_string(),
            })
        };
        match answer {
            Answer::Skipped => count(SKIPPED),
            Answer::Choice(c) => count(c),
            Answer::Choices(cs) => cs.iter().for_each(|c| count(c)),
            Answer::Other { choices, text } => {
                choices.iter().for_each(|c| count(c));
                out.quotes.push(Quote {
                    question: q.id.clone(),
                    bucket: q.bucket.clone(),
                    text: text.clone(),
                });
            }
            Answer::Text(text) => {
                count(ANSWERED);
                out.quotes.push(Quote {
                    question: q.id.clone(),
                    bucket: q.bucket.clone(),
                    text: text.clone(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::tests::form;

    fn key(q: &str, o: &str) -> CounterKey {
        CounterKey {
            question: q.into(),
            option: o.into(),
        }
    }

    #[test]
    fn every_kind_of_answer() {
        let answers = [
            Answer::Choice("a".into()),
            Answer::Choices(vec!["x".into(), "z".into()]),
            Answer::Text("more buses".into()),
            Answer::Choice("prefer-not-to-say".into()),
        ];
        let t = tally(&form(), &answers);
        assert_eq!(
            t.counters,
            vec![
                key("one", "a"),
                key("many", "x"),
                key("many", "z"),
                key("say", "_answered"),
            ]
        );
        assert_eq!(t.diversity, vec![key("age", "prefer-not-to-say")]);
        assert_eq!(
            t.quotes,
            vec![Quote {
                question: "say".into(),
                bucket: "b".into(),
                text: "more buses".into()
            }]
        );
    }

    #[test]
    fn skipped_is_counted_apart_from_prefer_not_to_say() {
        let t = tally(&form(), &vec![Answer::Skipped; 4]);
        assert_eq!(
            t.counters,
            vec![
                key("one", "_skipped"),
                key("many", "_skipped"),
                key("say", "_skipped"),
            ]
        );
        assert_eq!(t.diversity, vec![key("age", "_skipped")]);
        assert!(t.quotes.is_empty());
    }
}
