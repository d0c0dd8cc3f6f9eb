//! What each action card offers: the tap that does it, the screen where it is done, and a
//! text or e-mail to set a debrief time.

use crate::common::{add_round, at, edit_field, id, model_with};
use candor::domain::apply::update;
use candor::domain::contact::{ContactKind, Direction};
use candor::domain::due::{Action, ActionKind};
use candor::domain::msg::Msg;
use candor::domain::opportunity::Field;
use candor::domain::round::RoundChange;
use candor::domain::route::Route;
use candor::domain::taps::Tap;

fn action(kind: ActionKind) -> Action {
    Action {
        key: "the-key".into(),
        opportunity: id(1),
        kind,
        title: "Something".into(),
        why: "Because".into(),
        due_at: at(10),
        overdue_at: at(20),
    }
}

#[test]
fn returning_a_call_logs_a_call_made_at_the_tap() {
    let taps = action(ActionKind::ReturnCall).taps();
    let (label, tap) = taps.button.unwrap();
    assert_eq!(label, "I called back");
    assert_eq!(taps.link, Some(("Call card", Route::Call(id(1)))));
    match tap.message(id(77), at(42)) {
        Msg::LogContact {
            id: opportunity,
            contact,
        } => {
            assert_eq!(opportunity, id(1));
            assert_eq!((contact.id, contact.at), (id(77), at(42)));
            assert_eq!(
                (contact.kind, contact.direction),
                (ContactKind::Call, Direction::Outgoing)
            );
        }
        other => panic!("expected a logged call, got {other:?}"),
    }
}

#[test]
fn every_kind_offers_its_own_tap_and_screen() {
    let round = id(50);
    let person = id(60);
    let cases = [
        (
            ActionKind::ThankYou {
                round: round.clone(),
                interviewer: Some(person.clone()),
            },
            Some((
                "Mark the note sent",
                Tap::Send(Msg::EditRound {
                    id: id(1),
                    round: round.clone(),
                    change: RoundChange::Thanked {
                        interviewer: person.clone(),
                        sent: true,
                    },
                }),
            )),
            Some((
                "Write the note",
                Route::Compose(id(1), round.clone(), Some(person.clone())),
            )),
        ),
        (
            ActionKind::ThankYou {
                round: round.clone(),
                interviewer: None,
            },
            Some((
                "Mark done",
                Tap::Send(Msg::Check {
                    id: id(1),
                    round: Some(round.clone()),
                    item: "thanks-each".into(),
                    checked: true,
                }),
            )),
            Some(("Thank-you notes", Route::ThankYou(id(1), round.clone()))),
        ),
        (
            ActionKind::DebriefCall {
                round: round.clone(),
            },
            Some((
                "I called them",
                Tap::Send(Msg::EditRound {
                    id: id(1),
                    round: round.clone(),
                    change: RoundChange::DebriefDone(true),
                }),
            )),
            Some(("Open the debrief", Route::Debrief(id(1), round.clone()))),
        ),
        (
            // Only a decision clears it: no "done", the opportunity to log it.
            ActionKind::AnswerOffer,
            None,
            Some(("Log your answer", Route::Opportunity(id(1)))),
        ),
        (
            ActionKind::SayItIsClosed,
            Some((
                "I told them",
                Tap::Send(Msg::ActionDone {
                    id: id(1),
                    action: "the-key".into(),
                }),
            )),
            Some(("Contact log", Route::Opportunity(id(1)))),
        ),
        (
            ActionKind::KeepInTouch,
            Some((
                "Mark done",
                Tap::Send(Msg::ActionDone {
                    id: id(1),
                    action: "the-key".into(),
                }),
            )),
            Some(("Contact log", Route::Opportunity(id(1)))),
        ),
        (
            ActionKind::AskAboutPromise { promise: id(9) },
            Some((
                "They kept it",
                Tap::Send(Msg::PromiseKept {
                    id: id(1),
                    promise: id(9),
                    kept: true,
                }),
            )),
            Some(("Contact log", Route::Opportunity(id(1)))),
        ),
    ];
    for (kind, button, link) in cases {
        let taps = action(kind.clone()).taps();
        assert_eq!(taps.button, button, "{kind:?}");
        assert_eq!(taps.link, link, "{kind:?}");
    }
}

#[test]
fn a_debrief_with_no_time_set_offers_a_text_or_else_an_e_mail() {
    let mut model = model_with(&[("Acme", "Dana")]);
    add_round(&mut model, at(0));
    let debrief = action(ActionKind::DebriefCall { round: id(50) });
    // No way to reach the recruiter: nothing to offer.
    assert_eq!(debrief.set_a_time(&model), None);
    edit_field(&mut model, 1, Field::RecruiterEmail, "dana@example.com", 1);
    let (label, href) = debrief.set_a_time(&model).unwrap();
    assert_eq!(label, "E-mail to set a time");
    assert!(href.starts_with("mailto:dana@example.com?"));
    edit_field(&mut model, 1, Field::RecruiterPhone, "+33 6 12 34 56 78", 2);
    let (label, href) = debrief.set_a_time(&model).unwrap();
    assert_eq!(label, "Text to set a time");
    assert!(href.starts_with("sms:"));
    // Once a time is planned, the card needs no text.
    let planned = Msg::EditRound {
        id: id(1),
        round: id(50),
        change: RoundChange::DebriefPlannedAt(Some(at(300))),
    };
    update(&mut model, planned, at(3)).unwrap();
    assert_eq!(debrief.set_a_time(&model), None);
    // Other actions never offer one.
    assert_eq!(action(ActionKind::KeepInTouch).set_a_time(&model), None);
}
