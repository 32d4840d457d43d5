//! The pure domain of Chorus, shared by the server and the widget so both apply one set of rules.
//!
//! No I/O and no async here: forms arrive as text, answers as parsed values, and what leaves is
//! counter increments, detached quotes and releasable tables.

pub mod answers;
#[cfg(feature = "audit")]
pub mod audit;
pub mod invite;
pub mod look;
#[cfg(feature = "pow")]
pub mod pow;
#[cfg(feature = "release")]
pub mod release;
pub mod schema;
pub mod scrub;
pub mod tally;

pub use answers::{Answer, AnswerError, RawAnswer, RawAnswers, Submission};
#[cfg(feature = "release")]
pub use release::{Policy, Released, ReleasedRow};
pub use schema::{Bucket, Channel, Choice, Form, Kind, Logo, Problem, Question};
pub use tally::{CounterKey, Quote, Tally};

/// Reserved option ids. Option ids in forms may not start with `_`, so these never collide.
pub mod reserved {
    /// Counts submissions that left a question out.
    pub const SKIPPED: &str = "_skipped";
    /// Counts submissions that gave a free-text answer (the text itself goes to quotes).
    pub const ANSWERED: &str = "_answered";
}
