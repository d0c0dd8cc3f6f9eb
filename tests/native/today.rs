//! Today after weeks away: a screenful of what matters now first, then the rest, then what has
//! been open a long time; and searches the recruiter has gone quiet on, offered to close.

use crate::common::{at, id, model_with, voicemail};
use candor::domain::apply::update;
use candor::domain::contact::{Contact, ContactKind, Direction};
use candor::domain::due::plan;
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::{CloseReason, Status};
use candor::domain::round::RoundChange;
use candor::domain::today::{plan_today, time_quiet, QUIET_AFTER, SCREENFUL, STALE_AFTER};
use chrono::{Duration, FixedOffset};

const DAY: i64 = 24 * 60;

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

fn message(model: &mut Model, n: u64, contact: u64, day: i64, direction: Direction) {
    let contact = Contact {
        id: id(contact),
        at: at(day * DAY),
        kind: ContactKind::Email,
        direction,
        summary: String::new(),
        call_back_at: None,
        with_interviewer: None,
        awaits_answer: false,
    };
    update(model, Msg::LogContact { id: id(n), contact }, at(day * DAY)).unwrap();
}

#[test]
fn today_shows_a_screenful_first_then_the_rest_then_what_is_long_open() {
    let names: Vec<(String, String)> = (1..=12)
        .map(|n| (format!("Company {n}"), format!("Recruiter {n}")))
        .collect();
    let pairs: Vec<(&str, &str)> = names
        .iter()
        .map(|(c, r)| (c.as_str(), r.as_str()))
        .collect();
    let mut model = model_with(&pairs);
    let now = at(60 * DAY);
    // Seven voicemails in the last few days: each asks for a call back within a day.
    for n in 1..=7 {
        voicemail(&mut model, n, 60 * DAY - (n as i64) * 6 * 60);
    }
    // Five left unanswered for ten days or more: long overdue.
    for n in 8..=12 {
        voicemail(&mut model, n, 60 * DAY - (n as i64 + 2) * DAY);
    }
    let actions = plan(&model, now, &utc()).actions;
    assert_eq!(actions.len(), 12);
    let arranged = plan_today(&model, now, &utc());
    assert!(arranged.quiet.is_empty());

    assert_eq!(arranged.first.len(), SCREENFUL);
    assert_eq!(arranged.more.len(), 7 - SCREENFUL);
    assert_eq!(arranged.older.len(), 5);
    // Nothing is lost or repeated, and each group keeps the most urgent first.
    let mut all: Vec<_> = [&arranged.first, &arranged.more, &arranged.older]
        .into_iter()
        .flatten()
        .map(|a| a.key.clone())
        .collect();
    all.sort();
    let mut keys: Vec<_> = actions.iter().map(|a| a.key.clone()).collect();
    keys.sort();
    assert_eq!(all, keys);
    for group in [&arranged.first, &arranged.more, &arranged.older] {
        assert!(group.windows(2).all(|w| w[0].due_at <= w[1].due_at));
    }
    // What shows first is what is due now or overdue by days, never by weeks.
    assert!(arranged
        .first
        .iter()
        .chain(&arranged.more)
        .all(|a| now - a.overdue_at <= STALE_AFTER));
    assert!(arranged
        .older
        .iter()
        .all(|a| now - a.overdue_at > STALE_AFTER));
    // The most overdue of the recent ones comes first.
    assert_eq!(arranged.first[0].opportunity, id(7));
}

#[test]
fn a_few_actions_all_show_first() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    voicemail(&mut model, 1, 10);
    voicemail(&mut model, 2, 20);
    let now = at(60);
    let arranged = plan_today(&model, now, &utc());
    assert_eq!(arranged.first.len(), 2);
    assert!(arranged.more.is_empty() && arranged.older.is_empty());
}

#[test]
fn three_weeks_without_a_word_from_the_recruiter_offers_to_close_as_no_reply() {
    let mut model = model_with(&[("Acme", "Dana")]);
    voicemail(&mut model, 1, 0);
    let quiet_on = |model: &Model, day: i64| {
        plan_today(model, at(day * DAY), &utc())
            .quiet
            .iter()
            .map(|q| q.opportunity.clone())
            .collect::<Vec<_>>()
    };
    assert!(quiet_on(&model, 20).is_empty());
    assert_eq!(quiet_on(&model, 21), vec![id(1)]);
    assert_eq!(
        plan_today(&model, at(21 * DAY), &utc()).quiet[0].since,
        at(0)
    );
    assert_eq!(QUIET_AFTER, Duration::days(21));

    // The candidate's own messages do not count: it is the recruiter who went quiet.
    message(&mut model, 1, 500, 15, Direction::Outgoing);
    assert_eq!(quiet_on(&model, 21), vec![id(1)]);
    // A word from the recruiter starts the three weeks again.
    message(&mut model, 1, 501, 10, Direction::Incoming);
    assert!(quiet_on(&model, 30).is_empty());
    assert_eq!(quiet_on(&model, 31), vec![id(1)]);
    assert_eq!(time_quiet(at(10 * DAY), at(31 * DAY)), "3 weeks");
    assert_eq!(time_quiet(at(10 * DAY), at(45 * DAY)), "5 weeks");
    assert_eq!(time_quiet(at(0), at(130 * DAY)), "4 months");

    // An interview to come means the process is alive; one that took place counts as word.
    let add = Msg::AddRound {
        id: id(1),
        round: id(50),
    };
    update(&mut model, add, at(31 * DAY)).unwrap();
    let starts = RoundChange::StartsAt(Some(at(40 * DAY)));
    let edit = Msg::EditRound {
        id: id(1),
        round: id(50),
        change: starts,
    };
    update(&mut model, edit, at(31 * DAY)).unwrap();
    assert!(quiet_on(&model, 35).is_empty());
    assert!(quiet_on(&model, 55).is_empty());
    assert_eq!(quiet_on(&model, 62), vec![id(1)]);

    // Its actions move to the older ones, out of the way of live searches.
    let now = at(62 * DAY);
    let arranged = plan_today(&model, now, &utc());
    assert!(arranged.first.is_empty() && arranged.more.is_empty());
    assert_eq!(
        arranged.older.len(),
        plan(&model, now, &utc()).actions.len()
    );

    // One tap closes it as "no reply": it stops being offered and leaves Today, with no word
    // to the recruiter asked for. Setting the status back undoes it.
    let close = Msg::SetStatus {
        id: id(1),
        status: Status::Closed(CloseReason::NoReply),
    };
    update(&mut model, close, now).unwrap();
    assert!(plan_today(&model, now, &utc()).quiet.is_empty());
    assert!(plan(&model, now, &utc()).actions.is_empty());
    let undo = Msg::SetStatus {
        id: id(1),
        status: Status::Interviewing,
    };
    update(&mut model, undo, now).unwrap();
    assert_eq!(model.opportunities[0].closed_at, None);
    assert_eq!(quiet_on(&model, 62), vec![id(1)]);
}

#[test]
fn closed_and_archived_searches_are_never_offered() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam"), ("Initech", "Lea")]);
    update(
        &mut model,
        Msg::SetStatus {
            id: id(1),
            status: Status::Closed(CloseReason::Rejected),
        },
        at(5),
    )
    .unwrap();
    update(&mut model, Msg::Archive(id(2)), at(5)).unwrap();
    let quiet = plan_today(&model, at(40 * DAY), &utc()).quiet;
    assert_eq!(quiet.len(), 1);
    assert_eq!(quiet[0].opportunity, id(3));
}

#[test]
fn interviews_coming_up_are_those_still_ahead_in_searches_under_way_soonest_first() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    let rounds = [(1, 50, 3), (1, 51, 1), (2, 52, 2), (2, 53, -1)];
    for (n, round, day) in rounds {
        update(
            &mut model,
            Msg::AddRound {
                id: id(n),
                round: id(round),
            },
            at(0),
        )
        .unwrap();
        let change = RoundChange::StartsAt(Some(at(day * DAY)));
        let edit = Msg::EditRound {
            id: id(n),
            round: id(round),
            change,
        };
        update(&mut model, edit, at(0)).unwrap();
    }
    let coming = model.upcoming_interviews(at(10));
    let seen: Vec<_> = coming
        .iter()
        .map(|c| (c.title.as_str(), c.number, c.round.clone()))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("Acme", 2, id(51)),
            ("Globex", 1, id(52)),
            ("Acme", 1, id(50))
        ]
    );
    update(&mut model, Msg::Archive(id(2)), at(10)).unwrap();
    assert_eq!(model.upcoming_interviews(at(10)).len(), 2);
}
