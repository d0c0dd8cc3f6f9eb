//! How times and sizes read on screen.

use candor::domain::time_text::{
    byte_size, capitalized, day_text, when_text, DateWriter, Day, PlainWriter,
};
use chrono::{NaiveDate, Weekday};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn near_days_are_named_in_the_apps_words_and_the_year_shows_only_when_not_this_one() {
    // Tuesday 8 December 2026.
    let today = day(2026, 12, 8);
    assert_eq!(Day::of(today, today), Day::Today);
    assert_eq!(Day::of(day(2026, 12, 9), today), Day::Tomorrow);
    assert_eq!(Day::of(day(2026, 12, 7), today), Day::Yesterday);
    assert_eq!(Day::of(day(2026, 12, 10), today), Day::Coming(Weekday::Thu));
    assert_eq!(Day::of(day(2026, 12, 14), today), Day::Coming(Weekday::Mon));
    // A week ahead is a date again, and so is any day before yesterday.
    assert_eq!(
        Day::of(day(2026, 12, 15), today),
        Day::Date {
            date: day(2026, 12, 15),
            with_year: false
        }
    );
    assert_eq!(
        Day::of(day(2026, 12, 5), today),
        Day::Date {
            date: day(2026, 12, 5),
            with_year: false
        }
    );
    // Across the new year: the year shows.
    assert_eq!(
        Day::of(day(2027, 1, 20), today),
        Day::Date {
            date: day(2027, 1, 20),
            with_year: true
        }
    );
    let w = PlainWriter;
    assert_eq!(day_text(&w, today, day(2026, 12, 9)), "tomorrow");
    assert_eq!(day_text(&w, today, day(2026, 12, 11)), "Friday");
    assert_eq!(day_text(&w, today, day(2026, 12, 25)), "Fri 25 Dec");
    assert_eq!(day_text(&w, today, day(2025, 3, 2)), "Sun 2 Mar 2025");
}

#[test]
fn a_time_reads_as_the_day_in_words_and_the_writers_clock() {
    let today = day(2026, 12, 8);
    let at = |d: NaiveDate, h, m| d.and_hms_opt(h, m, 59).unwrap();
    let w = PlainWriter;
    for (when, said) in [
        (at(today, 14, 30), "today at 14:30"),
        (at(day(2026, 12, 9), 9, 5), "tomorrow at 09:05"),
        (at(day(2026, 12, 7), 23, 59), "yesterday at 23:59"),
        (at(day(2026, 12, 12), 0, 0), "Saturday at 00:00"),
        (at(day(2026, 12, 20), 18, 0), "Sun 20 Dec, 18:00"),
        (at(day(2027, 1, 1), 0, 0), "Fri 1 Jan 2027, 00:00"),
    ] {
        assert_eq!(when_text(&w, today, when), said);
    }
    assert_eq!(w.day_and_month(day(2026, 3, 2)), "2 Mar");
    assert_eq!(capitalized("today at 14:30"), "Today at 14:30");
    assert_eq!(capitalized(""), "");
}

#[test]
fn sizes_use_the_unit_that_reads_best() {
    assert_eq!(byte_size(0), "0 B");
    assert_eq!(byte_size(1023), "1023 B");
    assert_eq!(byte_size(1024), "1.0 KB");
    assert_eq!(byte_size(3482), "3.4 KB");
    assert_eq!(byte_size(1024 * 1024 - 1), "1024.0 KB");
    assert_eq!(byte_size(5 * 1024 * 1024 + 300 * 1024), "5.3 MB");
}

use candor::domain::time_text::{
    date_from_input_value, date_to_input_value, from_input_value, relative, to_input_value,
};
use chrono::{Duration, TimeZone, Utc};

#[test]
fn relative_times_read_naturally_both_ways() {
    let now = Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
    let cases = [
        (Duration::zero(), "now"),
        (Duration::seconds(30), "in less than a minute"),
        (Duration::minutes(5), "in 5 min"),
        (Duration::minutes(150), "in 3 h"),
        (Duration::hours(24), "in 24 h"),
        (Duration::days(5), "in 5 days"),
        (-Duration::minutes(1), "1 min overdue"),
        (-Duration::hours(2), "2 h overdue"),
        (-Duration::days(3), "3 days overdue"),
    ];
    for (offset, expected) in cases {
        assert_eq!(
            relative(now, now + offset, "overdue"),
            expected,
            "{offset:?}"
        );
    }
    assert_eq!(relative(now, now - Duration::hours(1), "ago"), "1 h ago");
}

#[test]
fn date_and_time_inputs_round_trip() {
    let time = NaiveDate::from_ymd_opt(2026, 3, 2)
        .unwrap()
        .and_hms_opt(9, 5, 0)
        .unwrap();
    assert_eq!(to_input_value(time), "2026-03-02T09:05");
    assert_eq!(from_input_value("2026-03-02T09:05"), Some(time));
    assert_eq!(from_input_value("2026-03-02T09:05:00"), Some(time));
    assert_eq!(from_input_value("2026-03-02T09:05:00.000"), Some(time));
    let date = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    assert_eq!(date_to_input_value(date), "2026-12-31");
    assert_eq!(date_from_input_value("2026-12-31"), Some(date));
}

#[test]
fn malformed_input_values_are_refused() {
    for bad in [
        "",
        "2026-03-02",
        "2026-13-02T09:05",
        "2026-02-30T09:05",
        "2026-03-02T25:00",
        "x-y-zTa:b",
        "2026-03-02T09",
    ] {
        assert_eq!(from_input_value(bad), None, "{bad:?}");
    }
    for bad in ["", "2026-3", "2026-02-30", "tomorrow"] {
        assert_eq!(date_from_input_value(bad), None, "{bad:?}");
    }
}

#[test]
fn a_count_takes_the_noun_it_needs() {
    use candor::domain::time_text::plural;
    assert_eq!(plural(1, "opportunity", "opportunities"), "1 opportunity");
    assert_eq!(plural(0, "opportunity", "opportunities"), "0 opportunities");
    assert_eq!(plural(12, "record is", "records are"), "12 records are");
}
