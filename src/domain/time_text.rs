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

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Writes dates and times the candidate's way. In the browser the locale decides the words,
/// their order and the hour cycle (`browser::LocaleWriter`, through `Intl.DateTimeFormat`);
/// native tests use `PlainWriter`. The domain decides what is written (`Day`, `when_text`).
pub trait DateWriter {
    /// A calendar date with its weekday: "Tue, Dec 8" (en-US), "Tue 8 Dec" (en-GB),
    /// "Di., 8. Dez." (de-DE); with its year when `with_year`.
    fn date(&self, date: NaiveDate, with_year: bool) -> String;
    /// A date and a time of day together: "Tue, Dec 8, 2:30 PM" (en-US), "Tue 8 Dec, 14:30"
    /// (en-GB); with the year when `with_year`.
    fn date_and_time(&self, local: NaiveDateTime, with_year: bool) -> String;
    /// A calendar date without its weekday or year: "Dec 8", "8 Dec" (chart axes).
    fn day_and_month(&self, date: NaiveDate) -> String;
    /// A time of day: "2:30 PM" (en-US), "14:30" (en-GB).
    fn time(&self, local: NaiveDateTime) -> String;
}

/// A fixed writer, in one style whatever the locale: "Tue 8 Dec 2026", "14:30". For native
/// tests, and for a browser without `Intl`.
#[derive(Clone, Copy, Debug, Default)]
pub struct PlainWriter;

impl DateWriter for PlainWriter {
    fn date(&self, date: NaiveDate, with_year: bool) -> String {
        let weekday = &WEEKDAYS[date.weekday().num_days_from_monday() as usize][..3];
        let day = format!("{weekday} {}", self.day_and_month(date));
        if with_year {
            format!("{day} {}", date.year())
        } else {
            day
        }
    }

    fn date_and_time(&self, local: NaiveDateTime, with_year: bool) -> String {
        format!(
            "{}, {}",
            self.date(local.date(), with_year),
            self.time(local)
        )
    }

    fn day_and_month(&self, date: NaiveDate) -> String {
        format!("{} {}", date.day(), MONTHS[date.month0() as usize])
    }

    fn time(&self, local: NaiveDateTime) -> String {
        format!("{:02}:{:02}", local.hour(), local.minute())
    }
}

/// A day as the app names it, seen from the candidate's `today`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Day {
    Today,
    Tomorrow,
    Yesterday,
    /// Within the coming week: "Thursday".
    Coming(chrono::Weekday),
    /// Any other day, with its year when that is not the current one.
    Date {
        date: NaiveDate,
        with_year: bool,
    },
}

impl Day {
    /// How `date` is named from `today`.
    pub fn of(date: NaiveDate, today: NaiveDate) -> Day {
        match (date - today).num_days() {
            0 => Day::Today,
            1 => Day::Tomorrow,
            -1 => Day::Yesterday,
            2..=6 => Day::Coming(date.weekday()),
            _ => Day::Date {
                date,
                with_year: date.year() != today.year(),
            },
        }
    }

    /// The app's own word for a near day ("today", "Thursday"); `None` for any other.
    fn word(self) -> Option<&'static str> {
        match self {
            Day::Today => Some("today"),
            Day::Tomorrow => Some("tomorrow"),
            Day::Yesterday => Some("yesterday"),
            Day::Coming(weekday) => Some(WEEKDAYS[weekday.num_days_from_monday() as usize]),
            Day::Date { .. } => None,
        }
    }
}

/// A day in words: "today", "Thursday", or the date ("Tue, Dec 8").
pub fn day_text(writer: &impl DateWriter, today: NaiveDate, date: NaiveDate) -> String {
    match Day::of(date, today) {
        Day::Date { date, with_year } => writer.date(date, with_year),
        near => near.word().unwrap_or_default().to_owned(),
    }
}

/// A wall-clock time in words: "today at 2:30 PM", "Thursday at 14:30", or the date and
/// time ("Tue, Dec 8, 2:30 PM"; "Tue, Dec 8, 2025, 2:30 PM" in another year).
pub fn when_text(writer: &impl DateWriter, today: NaiveDate, local: NaiveDateTime) -> String {
    match Day::of(local.date(), today) {
        Day::Date { with_year, .. } => writer.date_and_time(local, with_year),
        near => format!(
            "{} at {}",
            near.word().unwrap_or_default(),
            writer.time(local)
        ),
    }
}

/// The text with its first letter a capital, for a date that starts a line ("Today at …").
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
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
