//! The timing rules: what becomes due, when, and when it stops being due.

mod common;

use candor::domain::contact::{Contact, ContactKind, Direction};
use candor::domain::due::{plan, plan_for, would_double_message, ActionKind};
use candor::domain::id::Id;
use candor::domain::model::{update, Model, Msg, RoundChange};
use candor::domain::opportunity::{CloseReason, Status};
use candor::domain::playbook::built_in;
use candor::domain::zone::{add_business_days, end_of_local_day, Zone};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use common::{edit, id, model_with, with_round};

/// A zone like Central Europe around the spring change: +01:00 until the switch, +02:00 after.
struct SpringForward {
    switch: DateTime<Utc>,
}

impl Zone for SpringForward {
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        let hours = if instant < self.switch { 1 } else { 2 };
        FixedOffset::east_opt(hours * 3600).unwrap()
    }
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn paris_winter() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

fn contact(n: u64, at: DateTime<Utc>, kind: ContactKind, direction: Direction) -> Contact {
    Contact {
        id: Id::from_random(1000 + n),
        at,
        kind,
        direction,
        summary: String::new(),
        call_back_at: None,
        with_interviewer: None,
    }
}

fn log(model: &mut Model, c: Contact) {
    let at = c.at;
    update(
        model,
        Msg::LogContact {
            id: id(1),
            contact: c,
        },
        at,
    )
    .unwrap();
}

fn titles(model: &Model, now: DateTime<Utc>, zone: &impl Zone) -> Vec<String> {
    plan(model, now, zone)
        .actions
        .into_iter()
        .map(|a| a.title)
        .collect()
}

#[test]
fn a_voicemail_is_due_back_within_24_hours_until_the_call_is_returned() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let left = utc(2026, 3, 2, 16, 0);
    log(
        &mut model,
        contact(1, left, ContactKind::Voicemail, Direction::Incoming),
    );
    let plan_now = plan(&model, left + Duration::hours(1), &paris_winter());
    let action = &plan_now.actions[0];
    assert_eq!(action.title, "Return Dana's call");
    assert_eq!(action.kind, ActionKind::ReturnCall);
    assert_eq!(action.due_at, left + Duration::hours(24));
    assert!(!action.is_overdue(left + Duration::hours(24)));
    assert!(action.is_overdue(left + Duration::hours(24) + Duration::minutes(1)));
    assert!(action.why.contains("thinks twice"));

    log(
        &mut model,
        contact(
            2,
            left + Duration::hours(3),
            ContactKind::Call,
            Direction::Outgoing,
        ),
    );
    assert!(titles(&model, left + Duration::hours(4), &paris_winter()).is_empty());
}

#[test]
fn a_missed_call_is_returned_also_when_the_recruiter_gets_through() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let missed = utc(2026, 3, 2, 9, 0);
    log(
        &mut model,
        contact(1, missed, ContactKind::MissedCall, Direction::Incoming),
    );
    log(
        &mut model,
        contact(
            2,
            missed + Duration::hours(2),
            ContactKind::Call,
            Direction::Incoming,
        ),
    );
    assert!(titles(&model, missed + Duration::hours(3), &paris_winter()).is_empty());
}

#[test]
fn an_e_mail_from_the_recruiter_is_not_a_call_to_return() {
    let mut model = model_with(&[("Acme", "Dana")]);
    log(
        &mut model,
        contact(
            1,
            utc(2026, 3, 2, 9, 0),
            ContactKind::Email,
            Direction::Incoming,
        ),
    );
    assert!(titles(&model, utc(2026, 3, 2, 10, 0), &paris_winter()).is_empty());
}

#[test]
fn a_promised_call_back_is_due_at_the_promised_time() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let call = utc(2026, 3, 2, 12, 0);
    let mut bad_time = contact(1, call, ContactKind::Call, Direction::Incoming);
    bad_time.call_back_at = Some(utc(2026, 3, 2, 17, 30));
    log(&mut model, bad_time);
    let actions = plan(&model, call + Duration::minutes(5), &paris_winter()).actions;
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0].kind, ActionKind::CallBack);
    assert_eq!(actions[0].due_at, utc(2026, 3, 2, 17, 30));

    log(
        &mut model,
        contact(
            2,
            utc(2026, 3, 2, 17, 31),
            ContactKind::Call,
            Direction::Outgoing,
        ),
    );
    assert!(titles(&model, utc(2026, 3, 2, 18, 0), &paris_winter()).is_empty());
}

#[test]
fn the_debrief_call_is_due_within_the_hour_and_thank_yous_within_a_day() {
    let end = utc(2026, 3, 3, 10, 0); // a Tuesday, 11:00 in Paris
    let model = with_round(utc(2026, 3, 2, 9, 0), end, &["Ana Ruiz", "Bo Chen"]);
    let actions = plan(&model, end + Duration::minutes(10), &paris_winter()).actions;
    let summary: Vec<(String, DateTime<Utc>)> = actions
        .iter()
        .map(|a| (a.title.clone(), a.due_at))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "Debrief round 1 with Dana".to_owned(),
                end + Duration::hours(1)
            ),
            (
                "Thank-you note to Ana Ruiz".to_owned(),
                end + Duration::hours(24)
            ),
            (
                "Thank-you note to Bo Chen".to_owned(),
                end + Duration::hours(24)
            ),
        ]
    );
}

#[test]
fn nothing_is_due_for_a_round_that_has_not_ended() {
    let end = utc(2026, 3, 3, 10, 0);
    let model = with_round(utc(2026, 3, 2, 9, 0), end, &["Ana"]);
    assert!(titles(&model, end - Duration::minutes(1), &paris_winter()).is_empty());
}

#[test]
fn a_round_with_no_end_time_asks_for_nothing() {
    let mut model = model_with(&[("Acme", "Dana")]);
    update(
        &mut model,
        Msg::AddRound {
            id: id(1),
            round: id(50),
        },
        utc(2026, 3, 2, 9, 0),
    )
    .unwrap();
    assert!(titles(&model, utc(2026, 3, 2, 10, 0), &paris_winter()).is_empty());
}

#[test]
fn a_late_interview_is_debriefed_before_local_midnight() {
    // Ends 23:30 in Paris (22:30 UTC): due at local midnight, not an hour later.
    let end = utc(2026, 3, 3, 22, 30);
    let model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    let debrief = &plan(&model, end, &paris_winter()).actions[0];
    assert_eq!(debrief.kind, ActionKind::DebriefCall { round: id(50) });
    assert_eq!(debrief.due_at, utc(2026, 3, 3, 23, 0));
}

#[test]
fn the_same_day_depends_on_the_candidates_zone() {
    let end = utc(2026, 3, 3, 22, 30);
    let tokyo = FixedOffset::east_opt(9 * 3600).unwrap(); // 07:30 on the 4th
    let new_york = FixedOffset::west_opt(5 * 3600).unwrap(); // 17:30 on the 3rd
    assert_eq!(end_of_local_day(&tokyo, end), utc(2026, 3, 4, 15, 0));
    assert_eq!(end_of_local_day(&new_york, end), utc(2026, 3, 4, 5, 0));
    let model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    let due = |zone: &FixedOffset| plan(&model, end, zone).actions[0].due_at;
    assert_eq!(due(&tokyo), end + Duration::hours(1));
    assert_eq!(due(&new_york), end + Duration::hours(1));
    assert_eq!(due(&paris_winter()), utc(2026, 3, 3, 23, 0));
}

#[test]
fn the_debrief_and_thank_yous_are_gone_once_done() {
    let end = utc(2026, 3, 3, 10, 0);
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &["Ana", "Bo"]);
    update(
        &mut model,
        edit(RoundChange::DebriefDone(true)),
        end + Duration::hours(1),
    )
    .unwrap();
    let change = RoundChange::Thanked {
        interviewer: id(60),
        sent: true,
    };
    update(&mut model, edit(change), end + Duration::hours(2)).unwrap();
    assert_eq!(
        titles(&model, end + Duration::hours(3), &paris_winter()),
        ["Thank-you note to Bo"]
    );
    let change = RoundChange::Thanked {
        interviewer: id(61),
        sent: true,
    };
    update(&mut model, edit(change), end + Duration::hours(3)).unwrap();
    assert!(titles(&model, end + Duration::hours(4), &paris_winter()).is_empty());
}

#[test]
fn do_not_ask_for_news_in_the_first_24_hours() {
    let end = utc(2026, 3, 3, 10, 0);
    let model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    let holds = plan(&model, end + Duration::hours(23), &paris_winter()).holds;
    assert_eq!(holds.len(), 1);
    assert_eq!(holds[0].until, end + Duration::hours(24));
    assert!(holds[0].title.contains("first 24 hours"));
    assert!(plan(&model, end + Duration::hours(24), &paris_winter())
        .holds
        .is_empty());
}

#[test]
fn a_second_unanswered_message_is_warned_about() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let sent = utc(2026, 3, 2, 9, 0);
    assert!(!would_double_message(
        &model.opportunities[0],
        &built_in(),
        sent
    ));
    log(
        &mut model,
        contact(1, sent, ContactKind::Email, Direction::Outgoing),
    );
    let later = sent + Duration::days(2);
    assert!(would_double_message(
        &model.opportunities[0],
        &built_in(),
        later
    ));
    assert!(!would_double_message(
        &model.opportunities[0],
        &built_in(),
        sent + Duration::days(3)
    ));

    log(
        &mut model,
        contact(2, later, ContactKind::Text, Direction::Outgoing),
    );
    let holds = plan(&model, later + Duration::hours(1), &paris_winter()).holds;
    assert_eq!(holds.len(), 1);
    assert!(
        holds[0].title.contains("2 times without a reply"),
        "{}",
        holds[0].title
    );

    log(
        &mut model,
        contact(
            3,
            later + Duration::hours(2),
            ContactKind::Email,
            Direction::Incoming,
        ),
    );
    assert!(!would_double_message(
        &model.opportunities[0],
        &built_in(),
        later + Duration::hours(3)
    ));
    assert!(plan(&model, later + Duration::hours(3), &paris_winter())
        .holds
        .is_empty());
}

#[test]
fn business_days_skip_the_week_end() {
    let zone = paris_winter();
    let thursday = utc(2026, 3, 5, 15, 0);
    assert_eq!(
        add_business_days(&zone, thursday, 1),
        utc(2026, 3, 6, 15, 0)
    );
    assert_eq!(
        add_business_days(&zone, thursday, 2),
        utc(2026, 3, 9, 15, 0)
    );
    assert_eq!(
        add_business_days(&zone, thursday, 5),
        utc(2026, 3, 12, 15, 0)
    );
    let saturday = utc(2026, 3, 7, 10, 0);
    assert_eq!(
        add_business_days(&zone, saturday, 1),
        utc(2026, 3, 9, 10, 0)
    );
    // Friday 23:30 UTC is already Saturday 00:30 in Paris: one business day later is
    // Monday 00:30 in Paris, which is still Sunday in UTC.
    let friday_night = utc(2026, 3, 6, 23, 30);
    assert_eq!(
        add_business_days(&zone, friday_night, 1),
        utc(2026, 3, 8, 23, 30)
    );
}

#[test]
fn business_days_keep_the_local_time_across_a_daylight_saving_change() {
    // Clocks go forward on Sunday 29 March 2026 at 01:00 UTC.
    let zone = SpringForward {
        switch: utc(2026, 3, 29, 1, 0),
    };
    let thursday_4pm = utc(2026, 3, 26, 15, 0); // 16:00 at +01:00
    let due = add_business_days(&zone, thursday_4pm, 5);
    assert_eq!(due, utc(2026, 4, 2, 14, 0)); // 16:00 at +02:00
    assert_eq!(zone.local(due).format("%H:%M").to_string(), "16:00");
}

#[test]
fn a_local_time_in_the_daylight_saving_gap_moves_after_it() {
    let zone = SpringForward {
        switch: utc(2026, 3, 29, 1, 0),
    };
    let gap = NaiveDate::from_ymd_opt(2026, 3, 29)
        .unwrap()
        .and_hms_opt(2, 30, 0)
        .unwrap();
    assert_eq!(
        zone.local(zone.instant(gap)).format("%H:%M").to_string(),
        "03:30"
    );
    let midnight = NaiveDate::from_ymd_opt(2026, 3, 30)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    assert_eq!(zone.instant(midnight), utc(2026, 3, 29, 22, 0));
}

#[test]
fn the_status_check_appears_after_five_business_days_of_silence() {
    let end = utc(2026, 3, 5, 15, 0); // Thursday
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    update(
        &mut model,
        edit(RoundChange::DebriefDone(true)),
        end + Duration::hours(1),
    )
    .unwrap();
    let check_title = "Check in with Dana about round 1";
    let due = utc(2026, 3, 12, 15, 0);
    let thank_yous_sent = |model: &mut Model| {
        let msg = Msg::Check {
            id: id(1),
            round: Some(id(50)),
            item: "thanks-each".into(),
            checked: true,
        };
        update(model, msg, end + Duration::hours(2)).unwrap();
    };
    thank_yous_sent(&mut model);
    let before: Vec<String> = titles(&model, due - Duration::minutes(1), &paris_winter());
    assert!(!before.iter().any(|t| t == check_title), "{before:?}");
    let keep_in_touch = "Get back in touch with Dana";
    let check = plan(&model, due, &paris_winter())
        .actions
        .into_iter()
        .find(|a| a.title == check_title)
        .expect("the status check is due");
    assert!(
        !check.is_overdue(due + Duration::hours(23)),
        "a reminder is not late as soon as it shows"
    );
    assert!(check.is_overdue(due + Duration::hours(25)));
    let at_due = titles(&model, due, &paris_winter());
    assert!(at_due.iter().any(|t| t == check_title), "{at_due:?}");
    assert!(at_due.iter().any(|t| t == keep_in_touch), "{at_due:?}");

    // News from the recruiter clears it.
    log(
        &mut model,
        contact(
            1,
            due + Duration::hours(1),
            ContactKind::Email,
            Direction::Incoming,
        ),
    );
    assert!(titles(&model, due + Duration::hours(2), &paris_winter()).is_empty());
}

#[test]
fn a_date_given_for_feedback_replaces_the_status_check() {
    let end = utc(2026, 3, 5, 15, 0);
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    update(
        &mut model,
        edit(RoundChange::DebriefDone(true)),
        end + Duration::hours(1),
    )
    .unwrap();
    let promised = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
    update(
        &mut model,
        edit(RoundChange::FeedbackExpectedOn(Some(promised))),
        end,
    )
    .unwrap();
    let msg = Msg::Check {
        id: id(1),
        round: Some(id(50)),
        item: "thanks-each".into(),
        checked: true,
    };
    update(&mut model, msg, end).unwrap();
    // Asked a day after the promised date, at 09:00 local time.
    let due = utc(2026, 3, 10, 8, 0);
    let plan_then = plan(&model, due, &paris_winter());
    let ask: Vec<_> = plan_then
        .actions
        .iter()
        .filter(|a| matches!(a.kind, ActionKind::AskForFeedback { .. }))
        .collect();
    assert_eq!(ask.len(), 1);
    assert_eq!(ask[0].due_at, due);
    assert!(ask[0].why.contains("owes you feedback"));
    assert!(!plan_then
        .actions
        .iter()
        .any(|a| matches!(a.kind, ActionKind::StatusCheck { .. })));
    assert!(plan(&model, due - Duration::minutes(1), &paris_winter())
        .actions
        .iter()
        .all(|a| !matches!(a.kind, ActionKind::AskForFeedback { .. })));
}

#[test]
fn silence_on_an_active_opportunity_brings_a_nudge_after_four_days() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let created = model.opportunities[0].created_at;
    assert!(titles(
        &model,
        created + Duration::days(4) - Duration::seconds(1),
        &paris_winter()
    )
    .is_empty());
    assert_eq!(
        titles(&model, created + Duration::days(4), &paris_winter()),
        ["Get back in touch with Dana"]
    );
    log(
        &mut model,
        contact(
            1,
            created + Duration::days(5),
            ContactKind::Text,
            Direction::Outgoing,
        ),
    );
    assert!(titles(&model, created + Duration::days(6), &paris_winter()).is_empty());
}

#[test]
fn a_closed_or_archived_opportunity_has_nothing_due_and_keeps_its_history() {
    let end = utc(2026, 3, 3, 10, 0);
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &["Ana"]);
    let now = end + Duration::hours(1);
    assert!(!titles(&model, now, &paris_winter()).is_empty());
    let close = Msg::SetStatus {
        id: id(1),
        status: Status::Closed(CloseReason::Withdrew),
    };
    update(&mut model, close, now).unwrap();
    assert!(titles(&model, now, &paris_winter()).is_empty());
    assert_eq!(model.opportunities[0].rounds[0].interviewers[0].name, "Ana");
    update(
        &mut model,
        Msg::SetStatus {
            id: id(1),
            status: Status::Offer,
        },
        now,
    )
    .unwrap();
    update(&mut model, Msg::Archive(id(1)), now).unwrap();
    assert!(titles(&model, now, &paris_winter()).is_empty());
}

#[test]
fn an_action_marked_done_stays_done_after_a_round_trip_through_storage() {
    let end = utc(2026, 3, 3, 10, 0);
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &["Ana"]);
    let now = end + Duration::hours(1);
    let first = plan(&model, now, &paris_winter()).actions[0].clone();
    update(
        &mut model,
        Msg::ActionDone {
            id: id(1),
            action: first.key.clone(),
        },
        now,
    )
    .unwrap();
    let stored = candor::domain::persist::encode(&model);
    let model = candor::domain::persist::decode(&stored).unwrap();
    let left = plan_for(&model.opportunities[0], &built_in(), now, &paris_winter()).actions;
    assert!(left.iter().all(|a| a.key != first.key));
    assert_eq!(left.len(), 1);
}

#[test]
fn the_most_urgent_comes_first_across_opportunities() {
    let mut model = with_round(utc(2026, 3, 2, 9, 0), utc(2026, 3, 3, 10, 0), &["Ana"]);
    let add = Msg::AddOpportunity {
        id: id(2),
        company: "Globex".into(),
        recruiter_name: "Sam".into(),
    };
    update(&mut model, add, utc(2026, 3, 2, 9, 0)).unwrap();
    let voicemail = contact(
        9,
        utc(2026, 3, 2, 20, 0),
        ContactKind::Voicemail,
        Direction::Incoming,
    );
    update(
        &mut model,
        Msg::LogContact {
            id: id(2),
            contact: voicemail,
        },
        utc(2026, 3, 2, 20, 0),
    )
    .unwrap();
    let now = utc(2026, 3, 3, 10, 30);
    let actions = plan(&model, now, &paris_winter()).actions;
    let order: Vec<&str> = actions.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        order,
        [
            "Debrief round 1 with Dana",
            "Return Sam's call",
            "Thank-you note to Ana"
        ]
    );
    assert!(actions
        .windows(2)
        .all(|pair| pair[0].due_at <= pair[1].due_at));
}

#[test]
fn no_recruiter_name_still_reads_well() {
    let mut model = model_with(&[("Acme", "")]);
    log(
        &mut model,
        contact(
            1,
            utc(2026, 3, 2, 9, 0),
            ContactKind::MissedCall,
            Direction::Incoming,
        ),
    );
    assert_eq!(
        titles(&model, utc(2026, 3, 2, 10, 0), &paris_winter()),
        ["Return the recruiter's call"]
    );
}
