//! One dated action (from the timing rules) with its why, when it is due, and a one-tap way
//! to act on it.

use crate::browser::{self, local_time};
use crate::domain::contact::{Contact, ContactKind, Direction};
use crate::domain::due::{Action, ActionKind};
use crate::domain::ics::{action_event, calendar};
use crate::domain::mailto::{mailto, sms};
use crate::domain::model::{Msg, RoundChange};
use crate::domain::note::ask_for_a_debrief_time;
use crate::domain::route::Route;
use crate::domain::time_text::relative;
use crate::state::use_app_state;
use leptos::prelude::*;
use std::sync::Arc;

/// An action as a card. `context` names the opportunity when the list mixes several.
#[component]
pub fn ActionCard(
    /// The action.
    action: Action,
    /// The opportunity's name, shown when the list spans several opportunities.
    #[prop(optional, into)]
    context: Option<String>,
) -> impl IntoView {
    let state = use_app_state();
    let overdue = {
        let action = action.clone();
        Memo::new(move |_| action.is_overdue(state.now.get()))
    };
    let due_at = action.due_at;
    let when = move || {
        let now = state.now.get();
        let due = local_time(due_at);
        if overdue.get() {
            format!("Was due {due} ({})", relative(now, due_at, "overdue"))
        } else if due_at <= now {
            format!("Due now (since {due})")
        } else {
            format!("Due {due} ({})", relative(now, due_at, "ago"))
        }
    };
    let id = action.opportunity.clone();
    // The button's message is made when tapped: a logged call takes the time of the tap.
    type Tap = Arc<dyn Fn() -> Msg + Send + Sync>;
    let fixed = |msg: Msg| -> Tap { Arc::new(move || msg.clone()) };
    type Button = Option<(&'static str, Tap)>;
    type Link = Option<(&'static str, Route)>;
    let (button, link): (Button, Link) = match &action.kind {
        ActionKind::ReturnCall | ActionKind::CallBack => (
            Some(("I called back", {
                let id = id.clone();
                Arc::new(move || Msg::LogContact {
                    id: id.clone(),
                    contact: Contact {
                        id: browser::random_id(),
                        at: browser::now(),
                        kind: ContactKind::Call,
                        direction: Direction::Outgoing,
                        summary: String::new(),
                        call_back_at: None,
                        with_interviewer: None,
                    },
                }) as Tap
            })),
            Some(("Call card", Route::Call(id.clone()))),
        ),
        ActionKind::DebriefCall { round } => (
            None,
            Some((
                "Open the debrief",
                Route::Debrief(id.clone(), round.clone()),
            )),
        ),
        ActionKind::ThankYou { round, interviewer } => (
            Some(match interviewer {
                Some(person) => (
                    "Mark the note sent",
                    fixed(Msg::EditRound {
                        id: id.clone(),
                        round: round.clone(),
                        change: RoundChange::Thanked {
                            interviewer: person.clone(),
                            sent: true,
                        },
                    }),
                ),
                None => (
                    "Mark done",
                    fixed(Msg::Check {
                        id: id.clone(),
                        round: Some(round.clone()),
                        item: "thanks-each".into(),
                        checked: true,
                    }),
                ),
            }),
            Some(match interviewer {
                Some(person) => (
                    "Write the note",
                    Route::Compose(id.clone(), round.clone(), Some(person.clone())),
                ),
                None => (
                    "Thank-you notes",
                    Route::ThankYou(id.clone(), round.clone()),
                ),
            }),
        ),
        ActionKind::AskAboutPromise { promise } => (
            Some((
                "They kept it",
                fixed(Msg::PromiseKept {
                    id: id.clone(),
                    promise: promise.clone(),
                    kept: true,
                }),
            )),
            Some(("Contact log", Route::Opportunity(id.clone()))),
        ),
        ActionKind::TellAboutElsewhere { .. } | ActionKind::SayItIsClosed => (
            Some((
                "I told them",
                fixed(Msg::ActionDone {
                    id: id.clone(),
                    action: action.key.clone(),
                }),
            )),
            Some(("Contact log", Route::Opportunity(id.clone()))),
        ),
        ActionKind::StatusCheck { .. }
        | ActionKind::AskForFeedback { .. }
        | ActionKind::KeepInTouch => (
            Some((
                "Mark done",
                fixed(Msg::ActionDone {
                    id: id.clone(),
                    action: action.key.clone(),
                }),
            )),
            Some(("Contact log", Route::Opportunity(id.clone()))),
        ),
    };
    // Right after an interview with no time set for the call: the move for when calling at
    // once is impossible is a text (or an e-mail) at once, to set a time later that day.
    let set_a_time = match &action.kind {
        ActionKind::DebriefCall { round } => state.model.with_untracked(|m| {
            let o = m.opportunity(&id)?;
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
        }),
        _ => None,
    };
    let title = action.title.clone();
    let add_to_calendar = (!action.kind.is_reminder()).then(|| {
        let action = action.clone();
        move |_| {
            let name = state.model.with_untracked(|m| {
                m.opportunity(&action.opportunity)
                    .map(|o| o.title().to_owned())
                    .unwrap_or_default()
            });
            let text = calendar(&[action_event(&action, &name)], browser::now());
            let _ = browser::download_text("candor-reminder.ics", "text/calendar", &text);
        }
    });
    view! {
        <li class="action" class:action--overdue=move || overdue.get()>
            <div class="action__head">
                {move || overdue.get().then(|| view! { <span class="tag tag--overdue">"Overdue"</span> })}
                <span class="action__title">{title.clone()}</span>
            </div>
            {context.map(|name| view! { <a class="action__context" href=Route::Opportunity(id.clone()).to_fragment()>{name}</a> })}
            <p class="action__when">{when}</p>
            <p class="action__why">{action.why.clone()}</p>
            <div class="action__buttons">
                {button.map(|(label, tap)| view! {
                    <button type="button" class="button" on:click=move |_| state.apply(tap())>{label}</button>
                })}
                {link.map(|(label, route)| view! {
                    <a class="button button--quiet" href=route.to_fragment()>{label}</a>
                })}
                {set_a_time.map(|(label, href)| view! {
                    <a class="button button--quiet" href=href>{label}</a>
                })}
                {add_to_calendar.map(|download| view! {
                    <button type="button" class="link-button" on:click=download>"Add to calendar"</button>
                })}
            </div>
        </li>
    }
}
