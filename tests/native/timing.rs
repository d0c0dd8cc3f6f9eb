//! The timing rules: what becomes due, when, and when it stops being due.

use crate::common::{add_round, edit, id, model_with, with_round};
use candor::domain::apply::update;
use candor::domain::contact::{Contact, ContactKind, Direction};
use candor::domain::due::{
    plan, plan_for, plan_with, untold, would_double_message, ActionKind, Until,
};
use candor::domain::id::Id;
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::{CloseReason, Status};
use candor::domain::playbook::{built_in, DueRule};
use candor::domain::round::RoundChange;
use candor::domain::zone::{add_business_days, end_of_local_day, Zone};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};

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
        awaits_answer: false,
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
    add_round(&mut model, utc(2026, 3, 2, 9, 0));
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
    assert_eq!(holds[0].until, Until::Time(end + Duration::hours(24)));
    assert!(holds[0].title.contains("right after the interview"));
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
    // Waiting means waiting for the reply, however long it takes: no date to write again.
    for later in [3, 10, 30] {
        assert!(would_double_message(
            &model.opportunities[0],
            &built_in(),
            sent + Duration::days(later)
        ));
        let holds = plan(&model, sent + Duration::days(later), &paris_winter()).holds;
        assert_eq!(holds.len(), 1);
        assert_eq!(holds[0].until, Until::Reply { since: sent });
    }

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
    // The candidate debriefed: the recruiter owes news, so nothing asks the candidate to
    // get in touch besides the status check itself.
    assert_eq!(at_due, [check_title], "{at_due:?}");

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

/// The "don't go dark" actions of the plan at `now`.
fn replies_due(model: &Model, now: DateTime<Utc>) -> Vec<String> {
    plan(model, now, &paris_winter())
        .actions
        .into_iter()
        .filter(|a| a.kind == ActionKind::KeepInTouch)
        .map(|a| a.title)
        .collect()
}

#[test]
fn an_unanswered_message_from_the_recruiter_asks_for_a_reply_after_four_days_once() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let wrote = utc(2026, 3, 2, 10, 0);
    log(
        &mut model,
        contact(1, wrote, ContactKind::Email, Direction::Incoming),
    );
    let due = wrote + Duration::days(4);
    assert!(replies_due(&model, due - Duration::seconds(1)).is_empty());
    assert_eq!(replies_due(&model, due), ["Reply to Dana's e-mail"]);
    // Left alone, it stays one card: it does not come back every four days.
    assert_eq!(replies_due(&model, due + Duration::days(9)).len(), 1);
    let key = plan(&model, due, &paris_winter()).actions[0].key.clone();
    update(
        &mut model,
        Msg::ActionDone {
            id: id(1),
            action: key,
        },
        due,
    )
    .unwrap();
    for later in [4, 8, 30] {
        assert!(replies_due(&model, due + Duration::days(later)).is_empty());
    }
    // A new message from the recruiter starts it again.
    let texted = due + Duration::days(10);
    log(
        &mut model,
        contact(2, texted, ContactKind::Text, Direction::Incoming),
    );
    assert_eq!(
        replies_due(&model, texted + Duration::days(4)),
        ["Reply to Dana's text"]
    );
    // Answering (by any means) clears it.
    log(
        &mut model,
        contact(
            3,
            texted + Duration::days(5),
            ContactKind::Email,
            Direction::Outgoing,
        ),
    );
    assert!(replies_due(&model, texted + Duration::days(6)).is_empty());
}

#[test]
fn after_your_own_message_you_wait_and_are_never_told_to_chase() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let created = model.opportunities[0].created_at;
    // Nothing logged at all: nobody is waiting on the candidate.
    for days in [4, 8, 30] {
        assert!(titles(&model, created + Duration::days(days), &paris_winter()).is_empty());
    }
    let sent = utc(2026, 3, 3, 10, 0);
    log(
        &mut model,
        contact(1, sent, ContactKind::Email, Direction::Outgoing),
    );
    for days in [1, 4, 8, 12, 30] {
        assert!(
            titles(&model, sent + Duration::days(days), &paris_winter()).is_empty(),
            "day {days}"
        );
    }
    // A second message of the candidate's on top changes nothing either.
    log(
        &mut model,
        contact(
            2,
            sent + Duration::days(5),
            ContactKind::Text,
            Direction::Outgoing,
        ),
    );
    assert!(titles(&model, sent + Duration::days(20), &paris_winter()).is_empty());
}

#[test]
fn the_morning_after_an_interview_nobody_is_told_to_get_in_touch() {
    let end = utc(2026, 3, 3, 16, 0);
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    // The recruiter wrote before the interview; the interview itself answered it.
    log(
        &mut model,
        contact(
            1,
            utc(2026, 3, 2, 9, 30),
            ContactKind::Email,
            Direction::Incoming,
        ),
    );
    update(
        &mut model,
        edit(RoundChange::DebriefDone(true)),
        end + Duration::hours(1),
    )
    .unwrap();
    let morning = utc(2026, 3, 4, 8, 0);
    let then = plan(&model, morning, &paris_winter());
    assert!(then
        .holds
        .iter()
        .any(|h| h.title.contains("right after the interview")));
    for days in [0, 4, 8] {
        assert!(
            replies_due(&model, morning + Duration::days(days)).is_empty(),
            "day {days}"
        );
    }
}

#[test]
fn no_reply_is_asked_for_while_a_hold_runs() {
    // A playbook with a short reply time and a long no-news hold, so that the two overlap.
    let mut playbook = built_in();
    for item in &mut playbook.items {
        item.due = match item.due {
            Some(DueRule::KeepInTouch { .. }) => Some(DueRule::KeepInTouch { days: 1 }),
            Some(DueRule::NoNewsBefore { .. }) => Some(DueRule::NoNewsBefore { hours: 72 }),
            other => other,
        };
    }
    let end = utc(2026, 3, 3, 10, 0);
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    log(
        &mut model,
        contact(
            1,
            end + Duration::hours(1),
            ContactKind::Email,
            Direction::Incoming,
        ),
    );
    let replies = |now: DateTime<Utc>| {
        plan_with(
            &model.opportunities[0],
            &playbook,
            &[],
            now,
            &paris_winter(),
        )
        .actions
        .into_iter()
        .filter(|a| a.kind == ActionKind::KeepInTouch)
        .count()
    };
    assert_eq!(replies(end + Duration::hours(30)), 0, "inside the hold");
    assert_eq!(replies(end + Duration::hours(73)), 1, "after it");
}

#[test]
fn a_missed_call_asks_to_return_it_not_to_reply() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let missed = utc(2026, 3, 2, 10, 0);
    log(
        &mut model,
        contact(1, missed, ContactKind::MissedCall, Direction::Incoming),
    );
    assert_eq!(
        titles(&model, missed + Duration::days(5), &paris_winter()),
        ["Return Dana's call"]
    );
}

#[test]
fn only_a_call_returns_a_call() {
    let missed = utc(2026, 3, 2, 10, 0);
    let later = missed + Duration::hours(2);
    let returned = |kind: ContactKind, direction: Direction| {
        let mut model = model_with(&[("Acme", "Dana")]);
        log(
            &mut model,
            contact(1, missed, ContactKind::Voicemail, Direction::Incoming),
        );
        log(&mut model, contact(2, later, kind, direction));
        !titles(&model, later + Duration::hours(1), &paris_winter())
            .iter()
            .any(|t| t == "Return Dana's call")
    };
    assert!(!returned(ContactKind::Text, Direction::Outgoing));
    assert!(!returned(ContactKind::Email, Direction::Outgoing));
    assert!(returned(ContactKind::Call, Direction::Outgoing));
    assert!(returned(ContactKind::Voicemail, Direction::Outgoing));
    assert!(returned(ContactKind::MissedCall, Direction::Outgoing));
    assert!(returned(ContactKind::Call, Direction::Incoming));
    assert!(!returned(ContactKind::Email, Direction::Incoming));
}

#[test]
fn a_promised_call_back_is_kept_by_calling_not_by_writing() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let call = utc(2026, 3, 2, 12, 0);
    let mut promise = contact(1, call, ContactKind::Call, Direction::Incoming);
    promise.call_back_at = Some(call + Duration::hours(3));
    log(&mut model, promise);
    log(
        &mut model,
        contact(
            2,
            call + Duration::hours(1),
            ContactKind::Text,
            Direction::Outgoing,
        ),
    );
    let now = call + Duration::hours(4);
    assert_eq!(
        titles(&model, now, &paris_winter()),
        ["Call Dana back, as you promised"]
    );
    log(
        &mut model,
        contact(3, now, ContactKind::Call, Direction::Outgoing),
    );
    assert!(titles(&model, now + Duration::minutes(1), &paris_winter()).is_empty());
}

/// One opportunity with round 50 that has only a start time, and one interviewer.
fn start_only(start: DateTime<Utc>) -> Model {
    let mut model = model_with(&[("Acme", "Dana")]);
    let created = start - Duration::days(3);
    add_round(&mut model, created);
    update(
        &mut model,
        edit(RoundChange::StartsAt(Some(start))),
        created,
    )
    .unwrap();
    let add = RoundChange::AddInterviewer {
        interviewer: id(60),
        name: "Ana".into(),
    };
    update(&mut model, edit(add), created).unwrap();
    model
}

#[test]
fn a_round_with_only_a_start_time_gets_every_reminder_an_hour_later() {
    let start = utc(2026, 3, 3, 9, 0); // a Tuesday, 10:00 in Paris
    let mut model = start_only(start);
    let end = start + Duration::hours(1);
    assert!(titles(&model, end - Duration::minutes(1), &paris_winter()).is_empty());
    let after = plan(&model, end + Duration::minutes(5), &paris_winter());
    let due: Vec<(&str, DateTime<Utc>)> = after
        .actions
        .iter()
        .map(|a| (a.title.as_str(), a.due_at))
        .collect();
    assert_eq!(
        due,
        [
            ("Debrief round 1 with Dana", end + Duration::hours(1)),
            ("Thank-you note to Ana", end + Duration::hours(24)),
        ]
    );
    assert_eq!(after.holds.len(), 1);
    assert_eq!(after.holds[0].until, Until::Time(end + Duration::hours(24)));
    // The status check counts five business days from the assumed end.
    update(&mut model, edit(RoundChange::DebriefDone(true)), end).unwrap();
    let thanked = RoundChange::Thanked {
        interviewer: id(60),
        sent: true,
    };
    update(&mut model, edit(thanked), end).unwrap();
    assert_eq!(
        titles(&model, utc(2026, 3, 10, 10, 0), &paris_winter()),
        ["Check in with Dana about round 1"]
    );
    // An end entered overrides the assumption.
    let mut longer = start_only(start);
    let real_end = start + Duration::hours(3);
    update(
        &mut longer,
        edit(RoundChange::EndsAt(Some(real_end))),
        start,
    )
    .unwrap();
    assert!(titles(&longer, end + Duration::minutes(5), &paris_winter()).is_empty());
    assert_eq!(
        plan(&longer, real_end, &paris_winter()).actions[0].due_at,
        real_end + Duration::hours(1)
    );
}

#[test]
fn a_friday_interview_across_a_weekend_and_a_clock_change() {
    // Friday 27 March 2026, 15:00 in Paris (+01:00); clocks go forward on Sunday the 29th.
    let zone = SpringForward {
        switch: utc(2026, 3, 29, 1, 0),
    };
    let start = utc(2026, 3, 27, 14, 0);
    let mut model = start_only(start);
    let end = start + Duration::hours(1); // 16:00 local
    let first = plan(&model, end, &zone);
    let due: Vec<(&str, DateTime<Utc>)> = first
        .actions
        .iter()
        .map(|a| (a.title.as_str(), a.due_at))
        .collect();
    assert_eq!(
        due,
        [
            ("Debrief round 1 with Dana", end + Duration::hours(1)),
            ("Thank-you note to Ana", utc(2026, 3, 28, 15, 0)),
        ]
    );
    assert_eq!(first.holds[0].until, Until::Time(utc(2026, 3, 28, 15, 0)));
    update(&mut model, edit(RoundChange::DebriefDone(true)), end).unwrap();
    let thanked = RoundChange::Thanked {
        interviewer: id(60),
        sent: true,
    };
    update(&mut model, edit(thanked), end).unwrap();
    // Five business days later is Friday 3 April, still 16:00 local, now at +02:00.
    let check = utc(2026, 4, 3, 14, 0);
    assert!(titles(&model, check - Duration::minutes(1), &zone).is_empty());
    assert_eq!(
        titles(&model, check, &zone),
        ["Check in with Dana about round 1"]
    );
    // Over the weekend nothing nags: no reply is owed, and no news is due.
    for day in [28, 29, 30] {
        assert!(
            titles(&model, utc(2026, 3, day, 9, 0), &zone).is_empty(),
            "{day}"
        );
    }
}

#[test]
fn a_planned_debrief_time_is_the_deadline_and_is_not_late_before_it() {
    let end = utc(2026, 3, 3, 10, 0); // 11:00 in Paris
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    let planned = utc(2026, 3, 3, 15, 30);
    update(
        &mut model,
        edit(RoundChange::DebriefPlannedAt(Some(planned))),
        end,
    )
    .unwrap();
    let debrief = |now: DateTime<Utc>| {
        plan(&model, now, &paris_winter())
            .actions
            .into_iter()
            .find(|a| matches!(a.kind, ActionKind::DebriefCall { .. }))
            .expect("the debrief call")
    };
    let action = debrief(end + Duration::minutes(5));
    assert_eq!(action.due_at, planned);
    assert!(!action.is_overdue(planned - Duration::minutes(1)));
    assert!(
        !action.is_overdue(end + Duration::hours(2)),
        "not late at the usual hour"
    );
    assert!(action.is_overdue(planned + Duration::minutes(1)));
    // A planned time from before the interview ended is ignored: the usual hour applies.
    let mut early = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    update(
        &mut early,
        edit(RoundChange::DebriefPlannedAt(Some(
            end - Duration::hours(1),
        ))),
        end,
    )
    .unwrap();
    let usual = plan(&early, end, &paris_winter()).actions[0].clone();
    assert_eq!(usual.due_at, end + Duration::hours(1));
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
    // Every reminder goes; what stays is the word to the recruiter that closing asks for.
    assert_eq!(
        titles(&model, now, &paris_winter()),
        ["Let Dana know you are withdrawing"]
    );
    assert_eq!(model.opportunities[0].rounds[0].interviewers[0].name, "Ana");
    let rejected = Msg::SetStatus {
        id: id(1),
        status: Status::Closed(CloseReason::Rejected),
    };
    update(&mut model, rejected, now).unwrap();
    assert!(
        titles(&model, now, &paris_winter()).is_empty(),
        "the client said no: nothing to tell"
    );
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
    let left = plan_for(&model, &model.opportunities[0], now, &paris_winter()).actions;
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

/// Records a promise of the recruiter's on opportunity 1.
fn promise(model: &mut Model, n: u64, what: &str, by: Option<NaiveDate>, at: DateTime<Utc>) {
    use candor::domain::promise::Promise;
    let promise = Promise {
        id: Id::from_random(2000 + n),
        what: what.into(),
        by,
        made_at: at,
        kept_at: None,
    };
    update(model, Msg::AddPromise { id: id(1), promise }, at).unwrap();
}

#[test]
fn a_missed_promise_brings_a_gentle_reminder_the_morning_after_at_any_stage() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let call = utc(2026, 3, 2, 10, 0); // Monday, the first call
    let thursday = NaiveDate::from_ymd_opt(2026, 3, 5);
    promise(
        &mut model,
        1,
        "Will send the job description",
        thursday,
        call,
    );
    promise(
        &mut model,
        2,
        "Will call after the client decides",
        None,
        call,
    );
    assert_eq!(model.opportunities[0].status, Status::Call);
    let ask = "Ask Dana, kindly, about what they promised: Will send the job description";
    // Friday 09:00 in Paris.
    let morning = utc(2026, 3, 6, 8, 0);
    assert!(titles(&model, morning - Duration::minutes(1), &paris_winter()).is_empty());
    let then = plan(&model, morning, &paris_winter());
    assert_eq!(then.actions.len(), 1, "{:?}", then.actions);
    assert_eq!(then.actions[0].title, ask);
    assert!(then.actions[0].kind.is_reminder());
    assert!(then.actions[0].why.contains("owes you feedback"));
    // A promise without a date never turns into a reminder.
    assert!(
        !titles(&model, morning + Duration::days(30), &paris_winter())
            .iter()
            .any(|t| t.contains("client decides"))
    );
    let kept = Msg::PromiseKept {
        id: id(1),
        promise: Id::from_random(2001),
        kept: true,
    };
    update(&mut model, kept, morning).unwrap();
    assert!(titles(&model, morning + Duration::hours(1), &paris_winter()).is_empty());
    let stored = candor::domain::persist::encode(&model);
    let again = candor::domain::persist::decode(&stored).unwrap();
    assert!(again.opportunities[0].promises[0].kept_at.is_some());
}

#[test]
fn the_status_check_restarts_from_the_recruiters_word_and_comes_once_while_unanswered() {
    let end = utc(2026, 3, 5, 15, 0); // Thursday
    let mut model = with_round(utc(2026, 3, 2, 9, 0), end, &[]);
    update(&mut model, edit(RoundChange::DebriefDone(true)), end).unwrap();
    let check = "Check in with Dana about round 1";
    let has_check = |model: &Model, now| {
        titles(model, now, &paris_winter())
            .iter()
            .any(|t| t == check)
    };
    // The recruiter writes on Monday: the wait starts again from then.
    let monday = utc(2026, 3, 9, 10, 0);
    log(
        &mut model,
        contact(1, monday, ContactKind::Email, Direction::Incoming),
    );
    assert!(
        !has_check(&model, utc(2026, 3, 12, 15, 0)),
        "not at the first due date"
    );
    let due = utc(2026, 3, 16, 10, 0);
    assert!(!has_check(&model, due - Duration::minutes(1)));
    assert!(has_check(&model, due));
    // The candidate checks in once. While it has no reply: nothing more, ever; they wait.
    log(
        &mut model,
        contact(2, due, ContactKind::Email, Direction::Outgoing),
    );
    for days in [1, 7, 14, 30, 60] {
        let then = due + Duration::days(days);
        assert!(!has_check(&model, then), "{days}");
        let plan = plan(&model, then, &paris_winter());
        assert!(
            plan.holds
                .iter()
                .any(|h| h.until == Until::Reply { since: due }),
            "{days}: the hold waits for the reply"
        );
    }
    // Their reply (with no date) starts one more wait, from the reply.
    let reply = utc(2026, 4, 1, 10, 0);
    log(
        &mut model,
        contact(3, reply, ContactKind::Email, Direction::Incoming),
    );
    assert!(!has_check(&model, reply + Duration::days(2)));
    assert!(has_check(&model, utc(2026, 4, 8, 10, 0)));
}

/// Logs an interview or offer elsewhere.
fn elsewhere(
    model: &mut Model,
    n: u64,
    kind: candor::domain::elsewhere::ElsewhereKind,
    at: DateTime<Utc>,
) {
    let event = candor::domain::elsewhere::Elsewhere {
        id: Id::from_random(3000 + n),
        kind,
        what: "Initech".into(),
        at,
    };
    update(model, Msg::LogElsewhere(event), at).unwrap();
}

#[test]
fn every_active_recruiter_is_told_about_an_offer_elsewhere() {
    use candor::domain::elsewhere::ElsewhereKind;
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam"), ("Umbrella", "Lee")]);
    let close = Msg::SetStatus {
        id: id(3),
        status: Status::Closed(CloseReason::Rejected),
    };
    update(&mut model, close, utc(2026, 3, 2, 9, 0)).unwrap();
    let offer = utc(2026, 3, 3, 18, 0);
    elsewhere(&mut model, 1, ElsewhereKind::Offer, offer);
    let later = Msg::AddOpportunity {
        id: id(4),
        company: "Hooli".into(),
        recruiter_name: "Kim".into(),
    };
    update(&mut model, later, offer + Duration::hours(1)).unwrap();
    // It goes with the next contact: nothing on Today the next day, never overdue after one.
    assert!(plan(&model, offer + Duration::days(1), &paris_winter())
        .actions
        .is_empty());
    // With no contact, an offer is due within the offer rule's 2 business days (Tuesday
    // evening to Thursday evening): it changes the recruiter's timeline.
    let thursday = utc(2026, 3, 5, 18, 0);
    let actions = plan(&model, thursday, &paris_winter()).actions;
    let tells: Vec<(&str, DateTime<Utc>, bool)> = actions
        .iter()
        .map(|a| (a.title.as_str(), a.due_at, a.is_overdue(thursday)))
        .collect();
    assert_eq!(
        tells,
        [
            ("Tell Dana about the offer elsewhere", thursday, false),
            ("Tell Sam about the offer elsewhere", thursday, false),
        ]
    );
    assert!(actions[0].why.contains("what hurts is a surprise"));
    // Telling Dana by phone clears hers; Sam's stays until he hears it too.
    log(
        &mut model,
        contact(
            1,
            offer + Duration::hours(3),
            ContactKind::Call,
            Direction::Outgoing,
        ),
    );
    assert_eq!(
        titles(&model, thursday, &paris_winter()),
        ["Tell Sam about the offer elsewhere"]
    );
    // What Dana has not heard is what the contact log shows; Sam's list is the offer.
    let told = |n: usize| {
        untold(&model.opportunities[n], &model.elsewhere, thursday)
            .iter()
            .map(|e| e.kind)
            .collect::<Vec<_>>()
    };
    assert_eq!(told(0), []);
    assert_eq!(told(1), [ElsewhereKind::Offer]);
    elsewhere(
        &mut model,
        2,
        ElsewhereKind::Interview,
        offer + Duration::days(2),
    );
    // An interview elsewhere shows after a week with no contact.
    let tell = "Tell Dana about the interview elsewhere".to_owned();
    assert!(!titles(&model, offer + Duration::days(8), &paris_winter()).contains(&tell));
    assert!(titles(&model, offer + Duration::days(9), &paris_winter()).contains(&tell));
}

#[test]
fn closing_it_yourself_asks_you_to_let_the_recruiter_know() {
    let cases = [
        (CloseReason::Accepted, Some("Let Dana know you accepted")),
        (
            CloseReason::Declined,
            Some("Let Dana know you are declining"),
        ),
        (
            CloseReason::Withdrew,
            Some("Let Dana know you are withdrawing"),
        ),
        (CloseReason::Rejected, None),
        (CloseReason::NoReply, None),
    ];
    let closed = utc(2026, 3, 4, 12, 0);
    for (reason, expected) in cases {
        let mut model = model_with(&[("Acme", "Dana")]);
        let msg = Msg::SetStatus {
            id: id(1),
            status: Status::Closed(reason),
        };
        update(&mut model, msg, closed).unwrap();
        assert_eq!(model.opportunities[0].closed_at, Some(closed));
        let now = titles(&model, closed + Duration::hours(1), &paris_winter());
        assert_eq!(now.first().map(String::as_str), expected, "{reason:?}");
        assert!(now.len() <= 1, "{now:?}");
    }
    // Told by e-mail, it is gone; opened again, the closing time is forgotten.
    let mut model = model_with(&[("Acme", "Dana")]);
    let msg = Msg::SetStatus {
        id: id(1),
        status: Status::Closed(CloseReason::Declined),
    };
    update(&mut model, msg, closed).unwrap();
    log(
        &mut model,
        contact(
            1,
            closed + Duration::hours(2),
            ContactKind::Email,
            Direction::Outgoing,
        ),
    );
    assert!(titles(&model, closed + Duration::hours(3), &paris_winter()).is_empty());
    let reopen = Msg::SetStatus {
        id: id(1),
        status: Status::Offer,
    };
    update(&mut model, reopen, closed + Duration::days(1)).unwrap();
    assert_eq!(model.opportunities[0].closed_at, None);
}
