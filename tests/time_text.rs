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
