//! The Progress screen's numbers: stages week by week (recorded changes, and dates for
//! opportunities from before they were recorded), calls returned within 24 hours, debriefs
//! the same day, thank-you notes within 24 hours, and how long recruiters took to answer.

use crate::common::{at, id, model_with, voicemail, with_round};
use candor::domain::apply::update;
use candor::domain::contact::{Contact, ContactKind, Direction};
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::{CloseReason, Status};
use candor::domain::progress::{
    calls_returned, debriefs_same_day, recruiter_answers, span_text, stage_at, stages_over_time,
    thank_yous_in_time, Kept, Stage, WEEKS,
};
use candor::domain::round::RoundChange;
use chrono::{Duration, FixedOffset, NaiveDate};

const HOUR: i64 = 60;
const DAY: i64 = 24 * HOUR;

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

fn log(model: &mut Model, n: u64, minute: i64, kind: ContactKind, direction: Direction) {
    let contact = Contact {
        id: id(1000 + minute as u64 * 10 + n),
        at: at(minute),
        kind,
        direction,
        summary: String::new(),
        call_back_at: None,
        with_interviewer: None,
        awaits_answer: false,
    };
    update(model, Msg::LogContact { id: id(n), contact }, at(minute)).unwrap();
}

fn set_status(model: &mut Model, n: u64, status: Status, minute: i64) {
    update(model, Msg::SetStatus { id: id(n), status }, at(minute)).unwrap();
}

#[test]
fn nothing_to_picture_without_opportunities() {
    let model = Model::default();
    assert!(stages_over_time(&model, at(0), &utc()).is_empty());
    assert_eq!(calls_returned(&model, at(0)), Kept::default());
    assert_eq!(recruiter_answers(&model, at(0)).total(), 0);
}

#[test]
fn stages_are_counted_at_the_end_of_each_week_from_the_first_opportunity() {
    // 2 March 2026 is a Monday.
    let mut model = model_with(&[("Acme", "Dana"), ("Initech", "Rae")]);
    set_status(&mut model, 1, Status::Interviewing, 8 * DAY);
    set_status(&mut model, 1, Status::Offer, 15 * DAY);
    set_status(
        &mut model,
        2,
        Status::Closed(CloseReason::Rejected),
        9 * DAY,
    );
    let weeks = stages_over_time(&model, at(17 * DAY), &utc());
    let monday = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    assert_eq!(
        weeks.iter().map(|w| w.week_of).collect::<Vec<_>>(),
        [monday(2), monday(9), monday(16)]
    );
    let counts: Vec<[usize; 4]> = weeks.iter().map(|w| w.counts).collect();
    // Call, Interviewing, Offer, Closed.
    assert_eq!(counts, [[2, 0, 0, 0], [0, 1, 0, 1], [0, 0, 1, 1]]);
    assert_eq!(weeks[2].count(Stage::Offer), 1);
    assert_eq!(weeks[2].total(), 2);
}

#[test]
fn at_most_twelve_weeks_show_the_latest() {
    let model = model_with(&[("Acme", "Dana")]);
    let weeks = stages_over_time(&model, at(40 * 7 * DAY), &utc());
    assert_eq!(weeks.len(), WEEKS);
    assert_eq!(weeks.last().unwrap().count(Stage::Call), 1);
}

#[test]
fn an_opportunity_from_before_changes_were_recorded_is_placed_by_its_dates() {
    let mut model = with_round(at(0), at(3 * DAY + HOUR), &[]);
    update(
        &mut model,
        Msg::EditRound {
            id: id(1),
            round: id(50),
            change: RoundChange::StartsAt(Some(at(3 * DAY))),
        },
        at(1),
    )
    .unwrap();
    set_status(
        &mut model,
        1,
        Status::Closed(CloseReason::Withdrew),
        10 * DAY,
    );
    // As a document from before schema 6 reads: no recorded changes.
    model.opportunities[0].status_changes.clear();
    let o = &model.opportunities[0];
    assert_eq!(stage_at(o, at(-1)), None, "not added yet");
    assert_eq!(stage_at(o, at(DAY)), Some(Stage::Call));
    assert_eq!(
        stage_at(o, at(4 * DAY)),
        Some(Stage::Interviewing),
        "a round started"
    );
    assert_eq!(
        stage_at(o, at(11 * DAY)),
        Some(Stage::Closed),
        "closed since"
    );
}

#[test]
fn calls_are_returned_within_24_hours_late_not_yet_or_never() {
    let mut model = model_with(&[("A", "Ana"), ("B", "Ben"), ("C", "Cy"), ("D", "Di")]);
    // A: returned after 3 hours (a call that connected).
    voicemail(&mut model, 1, 0);
    log(
        &mut model,
        1,
        3 * HOUR,
        ContactKind::Call,
        Direction::Outgoing,
    );
    // B: returned after 30 hours (a voicemail left counts as calling back).
    voicemail(&mut model, 2, 0);
    log(
        &mut model,
        2,
        30 * HOUR,
        ContactKind::Voicemail,
        Direction::Outgoing,
    );
    // C: an e-mail does not return a call; not returned, two days on.
    voicemail(&mut model, 3, 0);
    log(&mut model, 3, HOUR, ContactKind::Email, Direction::Outgoing);
    // D: missed an hour before now: still in time.
    voicemail(&mut model, 4, 2 * DAY - HOUR);
    let kept = calls_returned(&model, at(2 * DAY));
    assert_eq!(
        (kept.in_time, kept.late, kept.still_open, kept.missed),
        (1, 1, 1, 1)
    );
    assert_eq!(kept.total(), 4);
    assert_eq!(kept.percent_in_time(), Some(33), "1 of the 3 decided");
    // The middle of 3 and 30 hours.
    assert_eq!(kept.median, Some(Duration::minutes(16 * 60 + 30)));
}

#[test]
fn debriefs_count_the_same_day_by_the_candidates_clock() {
    // An interview ending at 22:00 UTC is the next morning in UTC+3.
    let evening = 13 * HOUR; // 22:00 UTC on 2 March
    let mut model = with_round(at(0), at(evening), &[]);
    update(
        &mut model,
        Msg::EditRound {
            id: id(1),
            round: id(50),
            change: RoundChange::DebriefDone(true),
        },
        at(evening + 90), // 23:30 UTC, 02:30 the next day in UTC+3
    )
    .unwrap();
    let kept = debriefs_same_day(&model, at(evening + DAY), &utc());
    assert_eq!((kept.in_time, kept.late), (1, 0));
    let east = FixedOffset::east_opt(3 * 3600).unwrap();
    // In UTC+3 the interview ended at 01:00 on 3 March and the call was at 02:30: same day.
    let kept = debriefs_same_day(&model, at(evening + DAY), &east);
    assert_eq!((kept.in_time, kept.late), (1, 0));
    let west = FixedOffset::west_opt(2 * 3600).unwrap();
    // In UTC-2: 20:00 and 21:30 on 2 March: same day too. One that waits past midnight:
    let mut late = with_round(at(0), at(evening), &[]);
    update(
        &mut late,
        Msg::EditRound {
            id: id(1),
            round: id(50),
            change: RoundChange::DebriefDone(true),
        },
        at(evening + 5 * HOUR), // 03:00 UTC on 3 March: 01:00 in UTC-2, the next day
    )
    .unwrap();
    let kept = debriefs_same_day(&late, at(evening + DAY), &west);
    assert_eq!((kept.in_time, kept.late), (0, 1));
    // Not done: still today, then missed once the day is over.
    let open = with_round(at(0), at(2 * HOUR), &[]);
    assert_eq!(debriefs_same_day(&open, at(3 * HOUR), &utc()).still_open, 1);
    assert_eq!(debriefs_same_day(&open, at(DAY), &utc()).missed, 1);
    // An interview still ahead does not count.
    assert_eq!(debriefs_same_day(&open, at(HOUR), &utc()).total(), 0);
}

#[test]
fn thank_you_notes_count_each_interviewer_within_24_hours_of_the_end() {
    let mut model = with_round(at(0), at(2 * HOUR), &["Ana", "Ben", "Cy"]);
    let thank = |model: &mut Model, person: u64, minute: i64| {
        let msg = Msg::EditRound {
            id: id(1),
            round: id(50),
            change: RoundChange::Thanked {
                interviewer: id(person),
                sent: true,
            },
        };
        update(model, msg, at(minute)).unwrap();
    };
    thank(&mut model, 60, 5 * HOUR);
    thank(&mut model, 61, 2 * DAY);
    let kept = thank_yous_in_time(&model, at(3 * DAY));
    assert_eq!(
        (kept.in_time, kept.late, kept.still_open, kept.missed),
        (1, 1, 0, 1)
    );
    let early = thank_yous_in_time(&model, at(10 * HOUR));
    assert_eq!(
        (early.in_time, early.still_open),
        (1, 2),
        "the others still in time"
    );
}

#[test]
fn recruiters_answers_are_timed_from_the_first_unanswered_message() {
    let mut model = model_with(&[("A", "Ana"), ("B", "Ben")]);
    // A: two e-mails, answered 2 days after the first; then a text answered in 2 hours.
    log(&mut model, 1, 0, ContactKind::Email, Direction::Outgoing);
    log(&mut model, 1, DAY, ContactKind::Email, Direction::Outgoing);
    log(
        &mut model,
        1,
        2 * DAY,
        ContactKind::Email,
        Direction::Incoming,
    );
    log(
        &mut model,
        1,
        3 * DAY,
        ContactKind::Text,
        Direction::Outgoing,
    );
    log(
        &mut model,
        1,
        3 * DAY + 2 * HOUR,
        ContactKind::Call,
        Direction::Incoming,
    );
    // B: a message with no answer yet.
    log(&mut model, 2, 0, ContactKind::Email, Direction::Outgoing);
    let answers = recruiter_answers(&model, at(10 * DAY));
    assert_eq!(answers.within, [1, 1, 0, 0]);
    assert_eq!(answers.waiting, 1);
    assert_eq!(answers.total(), 3);
    assert_eq!(answers.median, Some(Duration::hours(25)));
}

#[test]
fn spans_read_as_minutes_hours_or_days() {
    assert_eq!(span_text(Duration::minutes(40)), "40 minutes");
    assert_eq!(span_text(Duration::minutes(61)), "1 hour");
    assert_eq!(span_text(Duration::hours(30)), "30 hours");
    assert_eq!(span_text(Duration::hours(60)), "2.5 days");
    assert_eq!(span_text(Duration::days(3)), "3 days");
}
