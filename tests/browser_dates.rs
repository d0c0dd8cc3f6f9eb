//! Dates and times in the browser's locale (`browser::LocaleWriter`, through
//! `Intl.DateTimeFormat`), in headless Chromium: the order of the words, the hour cycle, the
//! year only when asked, the app's own words for the near days around them, and wall-clock
//! times kept across a change of the clocks (run in New York's zone: `scripts/test.sh` sets
//! `TZ`).
#![cfg(target_arch = "wasm32")]

use candor::browser::LocaleWriter;
use candor::domain::time_text::{when_text, DateWriter};
use chrono::{NaiveDate, NaiveDateTime};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

#[wasm_bindgen_test]
fn each_locale_writes_its_own_order_words_and_clock() {
    // Tuesday 8 December 2026, 2:30 PM, seen from the Sunday before.
    let interview = at(2026, 12, 8, 14, 30);
    let sunday = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    for (locale, date_and_time, time, year) in [
        (
            "en-US",
            "Tue, Dec 8, 2:30 PM",
            "2:30 PM",
            "Tue, Dec 8, 2026",
        ),
        ("en-GB", "Tue 8 Dec, 14:30", "14:30", "Tue, 8 Dec 2026"),
        ("de-DE", "Di., 8. Dez., 14:30", "14:30", "Di., 8. Dez. 2026"),
    ] {
        let writer = LocaleWriter::new(Some(locale));
        assert_eq!(
            writer.date_and_time(interview, false),
            date_and_time,
            "{locale}"
        );
        assert_eq!(writer.time(interview), time, "{locale}");
        assert_eq!(writer.date(interview.date(), true), year, "{locale}");
        assert_eq!(
            when_text(&writer, sunday, interview),
            date_and_time,
            "{locale}"
        );
        // Within the coming week the day is named in the app's words, the clock the locale's.
        let monday = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(
            when_text(&writer, monday, interview),
            format!("tomorrow at {time}"),
            "{locale}"
        );
    }
    // Midnight and noon on a 12-hour clock.
    let us = LocaleWriter::new(Some("en-US"));
    assert_eq!(us.time(at(2026, 3, 8, 0, 5)), "12:05 AM");
    assert_eq!(us.time(at(2026, 3, 8, 12, 0)), "12:00 PM");
    // A wall-clock time on the day clocks change is written as it is: no zone shifts it.
    assert_eq!(
        us.date_and_time(at(2026, 3, 8, 2, 30), false),
        "Sun, Mar 8, 2:30 AM"
    );
}

#[wasm_bindgen_test]
fn times_keep_their_wall_clock_across_the_change_of_the_clocks() {
    use candor::browser::BrowserZone;
    use candor::domain::zone::Zone;
    use chrono::{TimeZone, Utc};
    // Friday 6 March 2026, noon in New York; the clocks go forward on Sunday the 8th.
    let friday_noon = Utc.with_ymd_and_hms(2026, 3, 6, 17, 0, 0).unwrap();
    let monday = Utc.with_ymd_and_hms(2026, 3, 9, 18, 30, 0).unwrap();
    assert_eq!(
        BrowserZone.offset_at(friday_noon).local_minus_utc(),
        -5 * 3600,
        "the browser tests run in New York's zone (TZ=America/New_York, as scripts/test.sh sets)"
    );
    assert_eq!(BrowserZone.offset_at(monday).local_minus_utc(), -4 * 3600);
    let today = BrowserZone.local(friday_noon).date();
    for (locale, noon, interview) in [
        ("en-US", "today at 12:00 PM", "Monday at 2:30 PM"),
        ("en-GB", "today at 12:00", "Monday at 14:30"),
        ("de-DE", "today at 12:00", "Monday at 14:30"),
    ] {
        let writer = LocaleWriter::new(Some(locale));
        let when = |at| when_text(&writer, today, BrowserZone.local(at));
        assert_eq!(when(friday_noon), noon, "{locale}");
        assert_eq!(when(monday), interview, "{locale}");
    }
}
