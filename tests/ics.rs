//! Calendar files follow RFC 5545: CRLF lines, folding at 75 octets, escaped text, UTC times,
//! a UID per event and a reminder.

use candor::domain::ics::{calendar, escape_text, fold, utc_stamp, CalendarEvent};
use chrono::{TimeZone, Utc};

fn event() -> CalendarEvent {
    CalendarEvent {
        uid: "round-5f3a@candor".into(),
        starts_at: Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0).unwrap(),
        ends_at: Utc.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap(),
        summary: "Interview: Acme, round 1".into(),
        description: "Meet Ana Ruiz; Head of Robotics\nBring examples".into(),
        location: "12 rue de la Paix, Paris".into(),
        remind_minutes_before: 60,
    }
}

#[test]
fn lines_end_in_crlf_and_nothing_else() {
    let text = calendar(
        &[event()],
        Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap(),
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(!text.replace("\r\n", "").contains('\r'));
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
}

#[test]
fn an_event_has_uid_utc_times_and_an_alarm() {
    let text = calendar(
        &[event()],
        Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap(),
    );
    for line in [
        "UID:round-5f3a@candor",
        "DTSTAMP:20260301T080000Z",
        "DTSTART:20260303T090000Z",
        "DTEND:20260303T100000Z",
        "SUMMARY:Interview: Acme\\, round 1",
        "DESCRIPTION:Meet Ana Ruiz\\; Head of Robotics\\nBring examples",
        "LOCATION:12 rue de la Paix\\, Paris",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT60M",
        "END:VALARM",
    ] {
        assert!(
            text.contains(&format!("\r\n{line}\r\n")),
            "missing {line:?} in\n{text}"
        );
    }
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    assert_eq!(text.matches("END:VEVENT").count(), 1);
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(escape_text("one\r\ntwo\nthree"), r"one\ntwo\nthree");
    assert_eq!(escape_text("bell\u{7}"), "bell");
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_characters() {
    let line = format!("SUMMARY:{}", "é".repeat(100));
    let folded = fold(&line);
    for (n, part) in folded.split("\r\n").enumerate() {
        assert!(part.len() <= 75, "part {n} has {} octets", part.len());
        if n > 0 {
            assert!(part.starts_with(' '));
        }
    }
    let unfolded = folded.replace("\r\n ", "");
    assert_eq!(unfolded, line);
    assert_eq!(fold("SHORT:line"), "SHORT:line");
    let exactly = "X".repeat(75);
    assert_eq!(fold(&exactly), exactly);
    assert_eq!(fold(&"X".repeat(76)), format!("{}\r\n X", "X".repeat(75)));
}

#[test]
fn every_line_of_a_long_event_is_within_75_octets() {
    let mut long = event();
    long.description = "Ana Ruiz — what she looks for: ".repeat(20);
    let text = calendar(&[long], Utc::now());
    assert!(text.split("\r\n").all(|line| line.len() <= 75));
}

#[test]
fn utc_stamps_are_basic_format() {
    assert_eq!(
        utc_stamp(Utc.with_ymd_and_hms(2026, 12, 31, 23, 59, 58).unwrap()),
        "20261231T235958Z"
    );
}

#[test]
fn an_end_before_the_start_is_made_the_start() {
    let mut backwards = event();
    backwards.ends_at = backwards.starts_at - chrono::Duration::hours(1);
    let text = calendar(&[backwards], Utc::now());
    assert!(text.contains("DTEND:20260303T090000Z"));
}
