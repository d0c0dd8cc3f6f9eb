//! The guidance read against the playbook facts: waiting means waiting for a reply, an offer
//! is never left hanging, calls count, news elsewhere goes with the next contact, the debrief
//! is the same day, and only things to do count as progress.

use crate::common::{edit, id, with_round};
use candor::domain::apply::update;
use candor::domain::contact::{Contact, ContactKind, Direction};
use candor::domain::due::{plan, ActionKind, Until};
use candor::domain::elsewhere::{Elsewhere, ElsewhereKind};
use candor::domain::ics::{debrief_event, round_event};
use candor::domain::id::Id;
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::{CloseReason, Status};
use candor::domain::playbook::{built_in, ItemKind, Moment};
use candor::domain::round::RoundChange;
use candor::domain::steps::steps;
use candor::domain::today::plan_today;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};

fn utc(d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, d, h, min, 0).unwrap()
}

/// Paris in winter: March 2026 starts on a Sunday, so the 2nd is a Monday.
fn paris() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

fn log(model: &mut Model, n: u64, at: DateTime<Utc>, kind: ContactKind, direction: Direction) {
    log_asking(model, n, at, kind, direction, false);
}

fn log_asking(
    model: &mut Model,
    n: u64,
    at: DateTime<Utc>,
    kind: ContactKind,
    direction: Direction,
    awaits_answer: bool,
) {
    let contact = Contact {
        id: Id::from_random(5000 + n),
        at,
        kind,
        direction,
        summary: String::new(),
        call_back_at: None,
        with_interviewer: None,
        awaits_answer,
    };
    update(model, Msg::LogContact { id: id(1), contact }, at).unwrap();
}

fn titles(model: &Model, now: DateTime<Utc>) -> Vec<String> {
    plan(model, now, &paris())
        .actions
        .into_iter()
        .map(|a| a.title)
        .collect()
}

fn set_status(model: &mut Model, status: Status, at: DateTime<Utc>) {
    update(model, Msg::SetStatus { id: id(1), status }, at).unwrap();
}

/// Tuesday's interview, ending at 16:00 in Paris, debriefed and thanked: only the waiting
/// rules are left.
fn after_the_interview() -> (Model, DateTime<Utc>) {
    let end = utc(3, 15, 0);
    let mut model = with_round(utc(2, 9, 0), end, &[]);
    update(&mut model, edit(RoundChange::DebriefDone(true)), end).unwrap();
    let thanked = Msg::Check {
        id: id(1),
        round: Some(id(50)),
        item: "thanks-each".into(),
        checked: true,
    };
    update(&mut model, thanked, end).unwrap();
    (model, end)
}

#[test]
fn after_your_message_you_wait_for_the_reply_with_no_date_and_silence_ends_in_gone_quiet() {
    let (mut model, end) = after_the_interview();
    // The one status check, after 5 business days with no news.
    let check = utc(10, 15, 0);
    assert_eq!(titles(&model, check), ["Check in with Dana about round 1"]);
    log(
        &mut model,
        1,
        check,
        ContactKind::Email,
        Direction::Outgoing,
    );
    for days in [1, 3, 7, 14, 20, 40] {
        let now = check + Duration::days(days);
        let plan = plan(&model, now, &paris());
        assert!(plan.actions.is_empty(), "day {days}: {:?}", plan.actions);
        assert_eq!(plan.holds.len(), 1, "day {days}");
        let hold = &plan.holds[0];
        assert_eq!(hold.until, Until::Reply { since: check });
        assert_eq!(hold.title, "Wait for a reply before writing again");
        let said = hold.until.describe(|at| at.format("%d %b").to_string());
        assert_eq!(
            said,
            " (you wrote 10 Mar: no date to write again, wait for their reply)"
        );
        assert!(!said.contains("until"));
    }
    // Three weeks with no word since the interview: Today offers to close it, never to write.
    let quiet = plan_today(&model, end + Duration::days(22), &paris());
    assert_eq!(quiet.quiet.len(), 1);
    assert!(quiet.first.is_empty() && quiet.more.is_empty() && quiet.older.is_empty());
    // The rule in words: a reply, no number of days.
    let rule = built_in()
        .items
        .into_iter()
        .find(|item| item.key == "thanks-wait-reply")
        .and_then(|item| item.due)
        .unwrap();
    assert_eq!(rule.number(), None);
    assert!(rule.describe().contains("wait for their reply"));
}

#[test]
fn an_offer_is_answered_by_the_date_asked_or_within_two_business_days_until_a_decision() {
    let (mut model, _) = after_the_interview();
    // Wednesday 11 March, 10:00 in Paris: the offer, no date given.
    let offered = utc(11, 9, 0);
    set_status(&mut model, Status::Offer, offered);
    let plan_now = plan(&model, offered, &paris());
    let answer = plan_now
        .actions
        .iter()
        .find(|a| a.kind == ActionKind::AnswerOffer)
        .expect("shown from the day the offer is logged");
    assert_eq!(answer.title, "Give Dana your answer on the offer");
    assert_eq!(answer.due_at, utc(13, 9, 0), "two business days: Friday");
    assert!(answer.why.contains("ends the relationship"));
    // Marking it done does not clear it: only a decision does.
    let done = Msg::ActionDone {
        id: id(1),
        action: answer.key.clone(),
    };
    update(&mut model, done, offered).unwrap();
    let later = utc(16, 9, 0);
    let overdue = plan(&model, later, &paris())
        .actions
        .into_iter()
        .find(|a| a.kind == ActionKind::AnswerOffer)
        .expect("still there");
    assert!(overdue.is_overdue(later));
    // The recruiter asked for an answer by Wednesday 18th: due by the end of that day.
    let by = NaiveDate::from_ymd_opt(2026, 3, 18);
    update(&mut model, Msg::AnswerBy { id: id(1), by }, later).unwrap();
    let dated = plan(&model, later, &paris())
        .actions
        .into_iter()
        .find(|a| a.kind == ActionKind::AnswerOffer)
        .unwrap();
    assert_eq!(dated.due_at, utc(18, 16, 0), "17:00 in Paris");
    assert!(!dated.is_overdue(utc(18, 15, 0)));
    // The decision ends it, and asks to tell the recruiter within the same 2 business days.
    set_status(
        &mut model,
        Status::Closed(CloseReason::Declined),
        utc(17, 9, 0),
    );
    let after = plan(&model, utc(17, 10, 0), &paris()).actions;
    assert_eq!(after.len(), 1, "{after:?}");
    assert_eq!(after[0].title, "Let Dana know you are declining");
    assert_eq!(after[0].due_at, utc(19, 9, 0));
    assert_eq!(
        model.opportunities[0].answer_by, None,
        "the date went with the offer"
    );
}

#[test]
fn a_call_that_asked_something_of_you_waits_on_your_answer_like_an_e_mail() {
    let (mut model, _) = after_the_interview();
    let call = utc(5, 10, 0);
    // A plain call asks nothing afterwards.
    log(&mut model, 1, call, ContactKind::Call, Direction::Incoming);
    assert!(titles(&model, call + Duration::days(6)).is_empty());
    // A call that asked for something: after 4 days with no word back, get back to them.
    let asked = utc(6, 10, 0);
    log_asking(
        &mut model,
        2,
        asked,
        ContactKind::Call,
        Direction::Incoming,
        true,
    );
    assert!(titles(&model, asked + Duration::days(3)).is_empty());
    assert_eq!(
        titles(&model, asked + Duration::days(4)),
        ["Get back to Dana with what they asked on their call"]
    );
    // Answering by e-mail clears it.
    log(
        &mut model,
        3,
        asked + Duration::days(4),
        ContactKind::Email,
        Direction::Outgoing,
    );
    assert!(titles(&model, asked + Duration::days(5)).is_empty());
    // A voicemail is a call to return, never also a "get back to them".
    let voicemail = utc(12, 11, 0);
    log_asking(
        &mut model,
        4,
        voicemail,
        ContactKind::Voicemail,
        Direction::Incoming,
        true,
    );
    for days in [1, 5] {
        assert_eq!(
            titles(&model, voicemail + Duration::days(days)),
            ["Return Dana's call"]
        );
    }
}

#[test]
fn news_elsewhere_waits_for_the_next_contact_and_never_sits_beside_a_wait_for_a_reply() {
    let (mut model, _) = after_the_interview();
    let wrote = utc(5, 10, 0);
    log(
        &mut model,
        1,
        wrote,
        ContactKind::Email,
        Direction::Outgoing,
    );
    let offer = Elsewhere {
        id: Id::from_random(77),
        kind: ElsewhereKind::Offer,
        what: "Initech".into(),
        at: utc(6, 10, 0),
    };
    update(&mut model, Msg::LogElsewhere(offer), utc(6, 10, 0)).unwrap();
    // Due after 2 business days, but the candidate waits for Dana's reply: no second message.
    let plan_then = plan(&model, utc(12, 10, 0), &paris());
    assert!(plan_then.actions.is_empty(), "{:?}", plan_then.actions);
    assert!(matches!(plan_then.holds[0].until, Until::Reply { .. }));
    // Dana replies: now it is the candidate's turn, and the news goes with the answer.
    log(
        &mut model,
        2,
        utc(12, 11, 0),
        ContactKind::Email,
        Direction::Incoming,
    );
    let titles = titles(&model, utc(12, 12, 0));
    assert_eq!(titles, ["Tell Dana about the offer elsewhere"]);
}

#[test]
fn a_debrief_planned_for_a_later_day_is_warned_and_stays_due_the_same_day() {
    let end = utc(3, 15, 0);
    let mut model = with_round(utc(2, 9, 0), end, &[]);
    let tomorrow = utc(4, 9, 0);
    update(
        &mut model,
        edit(RoundChange::DebriefPlannedAt(Some(tomorrow))),
        end,
    )
    .unwrap();
    let round = &model.opportunities[0].rounds[0];
    assert!(round.debrief_planned_too_late(&paris()));
    let later_today = round.later_today(&paris(), 1).unwrap();
    assert_eq!(later_today, end + Duration::hours(1));
    let due = plan(&model, end, &paris()).actions[0].clone();
    assert_eq!(due.title, "Debrief round 1 with Dana");
    assert_eq!(due.due_at, end + Duration::hours(1), "not tomorrow");
    // "Later today", one tap: the planned time is kept, and it is the deadline.
    let evening = utc(3, 18, 30);
    update(
        &mut model,
        edit(RoundChange::DebriefPlannedAt(Some(evening))),
        end,
    )
    .unwrap();
    let round = &model.opportunities[0].rounds[0];
    assert!(!round.debrief_planned_too_late(&paris()));
    assert_eq!(plan(&model, end, &paris()).actions[0].due_at, evening);
    // A late interview: "later today" stays before midnight.
    let late = with_round(utc(2, 9, 0), utc(3, 22, 30), &[]);
    let at = late.opportunities[0].rounds[0]
        .later_today(&paris(), 1)
        .unwrap();
    assert_eq!(
        at,
        utc(3, 22, 45),
        "a quarter of an hour before local midnight"
    );
}

#[test]
fn the_rounds_calendar_file_carries_the_planned_debrief_call() {
    let end = utc(3, 15, 0);
    let mut model = with_round(utc(2, 9, 0), end, &[]);
    update(
        &mut model,
        edit(RoundChange::StartsAt(Some(utc(3, 14, 0)))),
        end,
    )
    .unwrap();
    let o = &model.opportunities[0];
    assert_eq!(debrief_event(o, &o.rounds[0]), None);
    assert!(round_event(o, &o.rounds[0])
        .unwrap()
        .description
        .contains("the same day"));
    let planned = utc(3, 16, 0);
    update(
        &mut model,
        edit(RoundChange::DebriefPlannedAt(Some(planned))),
        end,
    )
    .unwrap();
    let o = &model.opportunities[0];
    let call = debrief_event(o, &o.rounds[0]).expect("a planned call is an event");
    assert_eq!(call.starts_at, planned);
    assert_eq!(call.summary, "Debrief call with Dana: Acme, round 1");
    assert!(round_event(o, &o.rounds[0])
        .unwrap()
        .description
        .contains("at the time you planned"));
}

#[test]
fn a_call_with_the_recruiter_after_the_interview_counts_as_the_debrief() {
    let end = utc(3, 15, 0);
    let mut model = with_round(utc(2, 9, 0), end, &[]);
    // A call before the interview is not its debrief.
    log(
        &mut model,
        1,
        utc(3, 9, 0),
        ContactKind::Call,
        Direction::Incoming,
    );
    assert_eq!(titles(&model, end)[0], "Debrief round 1 with Dana");
    let o = &model.opportunities[0];
    assert_eq!(
        o.round_to_debrief_at(end + Duration::minutes(40))
            .map(|r| r.id.clone()),
        Some(id(50)),
        "the form a call logged now opens"
    );
    log(
        &mut model,
        2,
        end + Duration::minutes(40),
        ContactKind::Call,
        Direction::Outgoing,
    );
    assert!(!titles(&model, end + Duration::hours(2))
        .iter()
        .any(|t| t.starts_with("Debrief")));
    let o = &model.opportunities[0];
    assert!(o.debriefed(&o.rounds[0]));
    assert_eq!(o.round_to_debrief_at(end + Duration::hours(2)), None);
    let debrief = &steps(o, &built_in())[2];
    assert_eq!(debrief.moment, Moment::Debrief);
    assert_eq!(debrief.done, 1, "the call item counts as done");
}

#[test]
fn step_progress_counts_only_things_to_do() {
    let (model, _) = after_the_interview();
    let playbook = built_in();
    let o = &model.opportunities[0];
    let call = &steps(o, &playbook)[0];
    let to_do: Vec<_> = playbook
        .items_for(Moment::Call)
        .filter(|item| item.kind == ItemKind::ToDo)
        .collect();
    assert_eq!(call.total, to_do.len());
    assert!(
        playbook
            .items_for(Moment::Call)
            .any(|item| item.key == "call-no-dark" && item.kind == ItemKind::Dont),
        "\"don't go dark\" is a don't"
    );
    // Ticking the to-dos completes the step, with "Don't go dark" and the optional ones left.
    let mut model = model.clone();
    for item in &to_do {
        let tick = Msg::Check {
            id: id(1),
            round: None,
            item: item.key.clone(),
            checked: true,
        };
        update(&mut model, tick, utc(3, 9, 0)).unwrap();
    }
    let call = &steps(&model.opportunities[0], &playbook)[0];
    assert!(call.is_complete(), "{call:?}");
    let thanks = &steps(&model.opportunities[0], &playbook)[3];
    assert_eq!(thanks.moment, Moment::ThankYou);
    assert!(
        playbook
            .items_for(Moment::ThankYou)
            .filter(|item| item.kind.is_to_do())
            .all(|item| !item.text.starts_with("Don't")),
        "no \"don't\" counts"
    );
}
