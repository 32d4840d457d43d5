//! Days and weeks as Chorus stores them, by the server's clock in UTC. Computed here rather
//! than in SQL so SQLite and PostgreSQL keep exactly the same text, and nothing finer than a
//! day (or a week) is ever handed to the database beside an answer.

use time::{Date, Duration, OffsetDateTime};

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// `YYYY-MM-DD`, the only form a day is stored in.
fn day_text(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Today (UTC).
pub fn today() -> String {
    day_text(now().date())
}

/// The day `days` after today (before it when negative).
pub fn day_from_today(days: i64) -> String {
    day_text(now().date().saturating_add(Duration::days(days)))
}

/// This ISO week, as `2026-W48`.
pub fn this_week() -> String {
    week_of(now().date())
}

fn week_of(date: Date) -> String {
    let (year, week, _) = date.to_iso_week_date();
    format!("{year:04}-W{week:02}")
}

/// The day of a moment given in unix seconds (for coordinators' own records).
pub fn day_of(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix).map_or_else(|_| today(), |t| day_text(t.date()))
}

/// A moment in unix seconds to the minute, `YYYY-MM-DD HH:MM` (coordinators' audit log only).
pub fn minute_of(unix: i64) -> String {
    match OffsetDateTime::from_unix_timestamp(unix) {
        Ok(t) => format!("{} {:02}:{:02}", day_text(t.date()), t.hour(), t.minute()),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Month;

    #[test]
    fn iso_weeks_cross_years_as_iso_8601_says() {
        let d = |y, m, d| Date::from_calendar_date(y, m, d).unwrap();
        assert_eq!(week_of(d(2026, Month::November, 23)), "2026-W48");
        // 1 January 2027 is a Friday: still in 2026's last week.
        assert_eq!(week_of(d(2027, Month::January, 1)), "2026-W53");
        // 29 December 2025 is a Monday: week 1 of 2026.
        assert_eq!(week_of(d(2025, Month::December, 29)), "2026-W01");
    }

    #[test]
    fn moments_are_cut_to_the_day_or_minute() {
        // 2026-11-23 23:59:30 UTC
        let t = 1_795_478_370;
        assert_eq!(day_of(t), "2026-11-23");
        assert_eq!(minute_of(t), "2026-11-23 23:59");
    }
}
