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

mod from_the_model {
    use crate::common::add_round;
    use candor::domain::apply::update;
    use candor::domain::due::plan;
    use candor::domain::ics::{action_event, calendar, round_event};
    use candor::domain::model::Model;
    use candor::domain::msg::Msg;
    use candor::domain::opportunity::OpportunityId;
    use candor::domain::round::RoundChange;
    use chrono::{Duration, FixedOffset, TimeZone, Utc};

    fn id(n: u64) -> OpportunityId {
        OpportunityId::from_random(n)
    }

    fn model() -> Model {
        let start = Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0).unwrap();
        let mut model = Model::default();
        let add = Msg::AddOpportunity {
            id: id(1),
            company: "Acme".into(),
            recruiter_name: "Dana".into(),
        };
        update(&mut model, add, start).unwrap();
        add_round(&mut model, start);
        for change in [
            RoundChange::StartsAt(Some(start)),
            RoundChange::Place("12 rue de la Paix, Paris".into()),
            RoundChange::AddInterviewer {
                interviewer: id(60),
                name: "Ana Ruiz".into(),
            },
        ] {
            update(
                &mut model,
                Msg::EditRound {
                    id: id(1),
                    round: id(50),
                    change,
                },
                start,
            )
            .unwrap();
        }
        model
    }

    #[test]
    fn a_round_becomes_an_event_with_its_people_place_and_a_reminder() {
        let model = model();
        let acme = &model.opportunities[0];
        let event = round_event(acme, &acme.rounds[0]).expect("the start is known");
        assert_eq!(event.summary, "Interview: Acme, round 1");
        assert_eq!(event.ends_at - event.starts_at, Duration::hours(1));
        assert_eq!(event.location, "12 rue de la Paix, Paris");
        assert!(event
            .description
            .starts_with("Meeting Ana Ruiz\nAfterwards: call Dana"));
        let text = calendar(&[event], Utc::now());
        assert!(
            text.contains("\r\nUID:round-0000000000000032@candor\r\n"),
            "{text}"
        );
        assert!(text.contains("\r\nTRIGGER:-PT60M\r\n"));
    }

    #[test]
    fn a_round_with_no_start_has_no_event() {
        let mut model = model();
        update(
            &mut model,
            Msg::EditRound {
                id: id(1),
                round: id(50),
                change: RoundChange::StartsAt(None),
            },
            Utc::now(),
        )
        .unwrap();
        let acme = &model.opportunities[0];
        assert_eq!(round_event(acme, &acme.rounds[0]), None);
    }

    #[test]
    fn a_deadline_becomes_an_event_ending_at_it() {
        let mut model = model();
        let end = Utc.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap();
        update(
            &mut model,
            Msg::EditRound {
                id: id(1),
                round: id(50),
                change: RoundChange::EndsAt(Some(end)),
            },
            end,
        )
        .unwrap();
        let actions = plan(&model, end, &FixedOffset::east_opt(0).unwrap()).actions;
        let thanks = actions
            .iter()
            .find(|a| a.title == "Thank-you note to Ana Ruiz")
            .unwrap();
        let event = action_event(thanks, "Acme");
        assert_eq!(event.ends_at, end + Duration::hours(24));
        assert_eq!(event.summary, "Thank-you note to Ana Ruiz (Acme)");
        let text = calendar(&[event], end);
        assert!(text.contains("\r\nDTEND:20260304T100000Z\r\n"));
        assert!(text.contains("\r\nTRIGGER:-PT0M\r\n"));
    }
}
