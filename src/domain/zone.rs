//! The candidate's time zone, as an input. Rules like "the same day" or "five business days"
//! depend on local dates, and a zone's offset can change (daylight saving), so the zone is
//! asked for its offset at each instant rather than assumed fixed.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, Utc, Weekday};

/// A time zone: the offset from UTC in force at any instant.
pub trait Zone {
    /// The offset in force at `instant`.
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset;

    /// The wall-clock time at `instant`.
    fn local(&self, instant: DateTime<Utc>) -> NaiveDateTime {
        instant.naive_utc()
            + Duration::seconds(i64::from(self.offset_at(instant).local_minus_utc()))
    }

    /// The instant a wall-clock time stands for. In a gap (clocks jump forward) it is the
    /// time after the jump; in an overlap (clocks go back) the earlier of the two.
    fn instant(&self, local: NaiveDateTime) -> DateTime<Utc> {
        let guess = |offset: FixedOffset| {
            (local - Duration::seconds(i64::from(offset.local_minus_utc()))).and_utc()
        };
        // Offsets change at most once in a day here: try the one in force a day before and
        // the one a day after.
        let before = guess(self.offset_at(local.and_utc() - Duration::days(1)));
        let after = guess(self.offset_at(local.and_utc() + Duration::days(1)));
        let fits: Vec<DateTime<Utc>> = [before, after]
            .into_iter()
            .filter(|candidate| self.local(*candidate) == local)
            .collect();
        match fits.iter().min() {
            Some(earliest) => *earliest,
            None => before.max(after),
        }
    }
}

impl Zone for FixedOffset {
    fn offset_at(&self, _instant: DateTime<Utc>) -> FixedOffset {
        *self
    }
}

/// Midnight at the end of the local day that contains `instant`.
pub fn end_of_local_day(zone: &impl Zone, instant: DateTime<Utc>) -> DateTime<Utc> {
    let next_day = zone.local(instant).date() + Duration::days(1);
    zone.instant(next_day.and_time(chrono::NaiveTime::MIN))
}

/// The same local time `days` business days (Monday to Friday) after `instant`. Starting on a
/// week-end counts from the next Monday's first business day.
pub fn add_business_days(zone: &impl Zone, instant: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    let local = zone.local(instant);
    let mut date = local.date();
    let mut left = days;
    while left > 0 {
        date = date.succ_opt().unwrap_or(date);
        if is_business_day(date) {
            left -= 1;
        }
    }
    zone.instant(date.and_time(local.time()))
}

fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}
