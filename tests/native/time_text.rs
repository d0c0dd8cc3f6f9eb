//! How times and sizes read on screen.

use candor::domain::time_text::{byte_size, day_and_time};
use chrono::NaiveDate;

#[test]
fn a_time_reads_day_month_year_and_24_hour_clock() {
    let time = NaiveDate::from_ymd_opt(2026, 3, 2)
        .unwrap()
        .and_hms_opt(9, 5, 59)
        .unwrap();
    assert_eq!(day_and_time(time), "2 Mar 2026, 09:05");
    let time = NaiveDate::from_ymd_opt(2026, 12, 31)
        .unwrap()
        .and_hms_opt(23, 59, 0)
        .unwrap();
    assert_eq!(day_and_time(time), "31 Dec 2026, 23:59");
    let midnight = NaiveDate::from_ymd_opt(2027, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    assert_eq!(day_and_time(midnight), "1 Jan 2027, 00:00");
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
