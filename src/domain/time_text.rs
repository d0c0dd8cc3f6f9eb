//! Times and counts as the candidate reads them. Written by hand rather than with chrono's
//! `format`, whose format-string machinery costs several kilobytes of download for one layout.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike, Utc};

/// A count with its noun, "1 opportunity" or "3 opportunities".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A wall-clock time in the candidate's own zone, as "3 Mar 2026, 09:05".
pub fn day_and_time(local: NaiveDateTime) -> String {
    format!(
        "{} {} {}, {}",
        local.day(),
        MONTHS[local.month0() as usize],
        local.year(),
        time_of_day(local)
    )
}

/// A calendar date, as "5 Mar 2026".
pub fn date_text(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// A calendar date without its year, as "5 Mar" (for chart axes).
pub fn short_date(date: NaiveDate) -> String {
    format!("{} {}", date.day(), MONTHS[date.month0() as usize])
}

/// The time of day of a wall-clock time, as "09:05".
pub fn time_of_day(local: NaiveDateTime) -> String {
    format!("{:02}:{:02}", local.hour(), local.minute())
}

/// A byte count as the candidate reads it: "512 B", "3.4 KB", "1.2 MB" (1 KB = 1024 B).
pub fn byte_size(bytes: usize) -> String {
    const KB: usize = 1024;
    const MB: usize = KB * 1024;
    let tenths = |unit: usize| (bytes * 10 + unit / 2) / unit;
    match bytes {
        0..KB => format!("{bytes} B"),
        KB..MB => format!("{}.{} KB", tenths(KB) / 10, tenths(KB) % 10),
        _ => format!("{}.{} MB", tenths(MB) / 10, tenths(MB) % 10),
    }
}

/// How far `then` is from `now`, as "in 3 h", "2 h overdue", "in 5 min", "in 2 days".
/// `past` names what a past time is ("overdue", "ago").
pub fn relative(now: DateTime<Utc>, then: DateTime<Utc>, past: &str) -> String {
    let seconds = (then - now).num_seconds();
    if seconds == 0 {
        return "now".to_owned();
    }
    let minutes = seconds.abs() / 60;
    let amount = match minutes {
        0 => "less than a minute".to_owned(),
        1..=59 => format!("{minutes} min"),
        60..=2879 => format!("{} h", (minutes + 30) / 60),
        _ => format!("{} days", (minutes + 720) / 1440),
    };
    if seconds > 0 {
        format!("in {amount}")
    } else {
        format!("{amount} {past}")
    }
}

/// The value of an `<input type="datetime-local">` for a wall-clock time: "2026-03-02T09:05".
pub fn to_input_value(local: NaiveDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        local.year(),
        local.month(),
        local.day(),
        local.hour(),
        local.minute()
    )
}

/// Reads an `<input type="datetime-local">` value ("2026-03-02T09:05", seconds allowed).
pub fn from_input_value(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.trim().split_once('T')?;
    let date = date_from_input_value(date)?;
    let mut parts = time.split(':');
    let hour = parts.next()?.parse().ok()?;
    let minute = parts.next()?.parse().ok()?;
    let second = match parts.next() {
        Some(seconds) => seconds.split('.').next()?.parse().ok()?,
        None => 0,
    };
    date.and_hms_opt(hour, minute, second)
}

/// Reads an `<input type="date">` value ("2026-03-02").
pub fn date_from_input_value(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The value of an `<input type="date">`.
pub fn date_to_input_value(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Writes an optional calendar date as "2026-03-02" (read back by `date_from_input_value`,
/// which is smaller than chrono's parser). For `#[serde(serialize_with = "…")]`.
pub mod optional_date {
    use super::date_to_input_value;
    use chrono::NaiveDate;
    use serde::Serializer;

    /// Writes the date, or null.
    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_str(&date_to_input_value(*date)),
            None => serializer.serialize_none(),
        }
    }
}
