//! What an action card offers: the one tap that does it (a change to the model), the screen
//! where it is done, and, for a debrief call with no time set yet, a text or an e-mail that
//! asks the recruiter for one.

use super::contact::{Contact, ContactKind, Direction};
use super::due::{Action, ActionKind};
use super::id::Id;
use super::mailto::{mailto, sms};
use super::model::Model;
use super::msg::Msg;
use super::note::ask_for_a_debrief_time;
use super::round::RoundChange;
use super::route::Route;
use chrono::{DateTime, Utc};

/// The change a tap makes. A logged call is made when tapped, with the time of the tap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tap {
    /// Log an outgoing call to the recruiter.
    CalledBack(Id),
    /// Apply this change.
    Send(Msg),
}

impl Tap {
    /// The message to apply, with a fresh `id` for a record it creates and the time of the tap.
    pub fn message(&self, id: Id, now: DateTime<Utc>) -> Msg {
        match self {
            Tap::CalledBack(opportunity) => Msg::LogContact {
                id: opportunity.clone(),
                contact: Contact {
                    id,
                    at: now,
                    kind: ContactKind::Call,
                    direction: Direction::Outgoing,
                    summary: String::new(),
                    call_back_at: None,
                    with_interviewer: None,
                    awaits_answer: false,
                },
            },
            Tap::Send(msg) => msg.clone(),
        }
    }
}

/// An action card's button and link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taps {
    /// The one tap that does it, with its label.
    pub button: Option<(&'static str, Tap)>,
    /// The screen where it is done, with its label.
    pub link: Option<(&'static str, Route)>,
}

impl Action {
    /// What its card offers.
    pub fn taps(&self) -> Taps {
        let id = self.opportunity.clone();
        let done = || {
            Tap::Send(Msg::ActionDone {
                id: id.clone(),
                action: self.key.clone(),
            })
        };
        let log = || Some(("Contact log", Route::Opportunity(id.clone())));
        let (button, link) = match &self.kind {
            ActionKind::ReturnCall | ActionKind::CallBack => (
                Some(("I called back", Tap::CalledBack(id.clone()))),
                Some(("Call card", Route::Call(id.clone()))),
            ),
            ActionKind::DebriefCall { round } => (
                Some((
                    "I called them",
                    Tap::Send(Msg::EditRound {
                        id: id.clone(),
                        round: round.clone(),
                        change: RoundChange::DebriefDone(true),
                    }),
                )),
                Some((
                    "Open the debrief",
                    Route::Debrief(id.clone(), round.clone()),
                )),
            ),
            ActionKind::ThankYou {
                round,
                interviewer: Some(person),
            } => (
                Some((
                    "Mark the note sent",
                    Tap::Send(Msg::EditRound {
                        id: id.clone(),
                        round: round.clone(),
                        change: RoundChange::Thanked {
                            interviewer: person.clone(),
                            sent: true,
                        },
                    }),
                )),
                Some((
                    "Write the note",
                    Route::Compose(id.clone(), round.clone(), Some(person.clone())),
                )),
            ),
            ActionKind::ThankYou {
                round,
                interviewer: None,
            } => (
                Some((
                    "Mark done",
                    Tap::Send(Msg::Check {
                        id: id.clone(),
                        round: Some(round.clone()),
                        item: "thanks-each".into(),
                        checked: true,
                    }),
                )),
                Some((
                    "Thank-you notes",
                    Route::ThankYou(id.clone(), round.clone()),
                )),
            ),
            ActionKind::AskAboutPromise { promise } => (
                Some((
                    "They kept it",
                    Tap::Send(Msg::PromiseKept {
                        id: id.clone(),
                        promise: promise.clone(),
                        kept: true,
                    }),
                )),
                log(),
            ),
            ActionKind::TellAboutElsewhere { .. } | ActionKind::SayItIsClosed => {
                (Some(("I told them", done())), log())
            }
            // Only a decision, logged on the opportunity, clears it.
            ActionKind::AnswerOffer => (
                None,
                Some(("Log your answer", Route::Opportunity(id.clone()))),
            ),
            ActionKind::StatusCheck { .. }
            | ActionKind::AskForFeedback { .. }
            | ActionKind::KeepInTouch => (Some(("Mark done", done())), log()),
        };
        Taps { button, link }
    }

    /// Right after an interview with no time set for the debrief call: calling at once may
    /// be impossible, so a text (or an e-mail, without a phone number) asks for a time later
    /// that day. The label and the `sms:` or `mailto:` address.
    pub fn set_a_time(&self, model: &Model) -> Option<(&'static str, String)> {
        let ActionKind::DebriefCall { round } = &self.kind else {
            return None;
        };
        let o = model.opportunity(&self.opportunity)?;
        if o.round(round)?.debrief_planned_at.is_some() {
            return None;
        }
        let body = ask_for_a_debrief_time(&o.recruiter.name, &o.company);
        if !o.recruiter.phone.trim().is_empty() {
            Some(("Text to set a time", sms(&o.recruiter.phone, &body)))
        } else if !o.recruiter.email.trim().is_empty() {
            let subject = "A time to talk about today's interview";
            Some((
                "E-mail to set a time",
                mailto(&o.recruiter.email, subject, &body),
            ))
        } else {
            None
        }
    }
}
