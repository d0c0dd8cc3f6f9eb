//! The debrief: a quick form to fill on a phone right after the interview, while talking to
//! the recruiter or just before. Every answer is saved as it is typed.

use crate::browser::local_time;
use crate::components::checklist::Checklist;
use crate::components::text_field::TextField;
use crate::domain::id::Id;
use crate::domain::playbook::{DueRule, Moment};
use crate::domain::round::RoundChange;
use crate::domain::round::{DebriefField, Rapport};
use crate::domain::route::Route;
use crate::domain::time_text::{date_from_input_value, date_to_input_value, plural};
use crate::pages::frames::{round_edit, RoundFrame};
use crate::runtime::state::{use_app_state, AppState};
use leptos::prelude::*;

/// The debrief screen of a round.
#[component]
pub fn DebriefPage(
    /// The opportunity.
    id: Id,
    /// The round.
    round: Id,
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <RoundFrame id=id.clone() round=round.clone() moment=Moment::Debrief>
            <DebriefForm state id=id.clone() round=round.clone()/>
        </RoundFrame>
    }
}

/// When Candor reminds the candidate to ask for news, in the words of the playbook's rules.
fn reminder_hint(state: AppState, id: &Id) -> Memo<String> {
    let id = id.clone();
    Memo::new(move |_| {
        state.model.with(|m| {
            let number = |rule| m.rule_number(&id, rule);
            let given = number(DueRule::FeedbackOwed { grace_days: 0 }).map(|n| {
                format!(
                    "If the recruiter gave a date, Candor reminds you to ask {} after it.",
                    plural(n as usize, "day", "days")
                )
            });
            let none = number(DueRule::StatusCheck { business_days: 0 }).map(|n| {
                format!(
                    "With no date given, one short check-in after {}, then you wait for their reply.",
                    plural(n as usize, "business day", "business days")
                )
            });
            [given, none].into_iter().flatten().collect::<Vec<_>>().join(" ")
        })
    })
}

#[component]
fn DebriefForm(state: AppState, id: Id, round: Id) -> impl IntoView {
    let done_at = state.select_round(&id, &round, |_, r| r.debrief.done_at);
    // A call logged after the interview counts as the debrief call.
    let call_at = state.select_round(&id, &round, |o, r| o.debrief_call(r).map(|c| c.at));
    let interest = state.select_round(&id, &round, |_, r| r.debrief.interest);
    let expected = state.select_round(&id, &round, |_, r| r.debrief.feedback_expected_on);
    let set_done = round_edit(state, &id, &round, RoundChange::DebriefDone);
    let set_interest = round_edit(state, &id, &round, RoundChange::Interest);
    let set_expected = round_edit(state, &id, &round, RoundChange::FeedbackExpectedOn);
    let reminders = reminder_hint(state, &id);
    let text_field = |field: DebriefField| {
        let value = state.select_round(&id, &round, move |_, r| r.debrief.field(field).to_owned());
        view! {
            <TextField id=format!("debrief-{}", field.key()) label=field.label() multiline=true value
                on_input=round_edit(state, &id, &round, move |value| RoundChange::Debrief { field, value })/>
        }
    };

    view! {
        <p class="notice">
            "Call the recruiter right after the interview, while it's fresh. They are often the \
             first screener and have a say in the final decision, and they can only speak up for \
             you with your feedback. Everything here saves as you type."
        </p>
        <section class="card">
            <h2>"The call"</h2>
            {move || call_at.get().filter(|_| done_at.get().is_none()).map(|at| view! {
                <p class="notice" role="status">
                    {format!("Your call with the recruiter, {}, counts as this debrief. Note below what you said and heard.", local_time(at))}
                </p>
            })}
            <div class="check">
                <input type="checkbox" id="debrief-done" prop:checked=move || done_at.get().is_some()
                    on:change=move |ev| set_done.run(event_target_checked(&ev))/>
                <label for="debrief-done">
                    <span class="check__text">"I had the debrief call with the recruiter"</span>
                    <span class="check__why">
                        {move || done_at.get().map(|at| format!("Recorded {}.", local_time(at)))}
                    </span>
                </label>
            </div>
        </section>
        <section class="card">
            <h2>"How it went"</h2>
            {[DebriefField::HowItWent, DebriefField::WentWell, DebriefField::WentBadly, DebriefField::TakeBack]
                .map(text_field).collect_view()}
            <Rapports state id=id.clone() round=round.clone()/>
        </section>
        <section class="card">
            <h2>"Your interest"</h2>
            <fieldset class="scale">
                <legend>"Interest level, from 1 (not interested) to 5 (very interested)"</legend>
                <div class="scale__options">
                    {(1..=5u8).map(|level| view! {
                        <label class="scale__option">
                            <input type="radio" name="interest" value=level.to_string()
                                prop:checked=move || interest.get() == Some(level)
                                on:change=move |_| set_interest.run(Some(level))/>
                            {level.to_string()}
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            {text_field(DebriefField::Concerns)}
        </section>
        <section class="card">
            <h2>"What you heard back"</h2>
            {[DebriefField::ClientFeedback, DebriefField::NextSteps].map(text_field).collect_view()}
            <div class="field">
                <label for="debrief-feedback-date">"Feedback promised by"</label>
                <p class="field__hint" id="debrief-feedback-date-hint">
                    {reminders}
                </p>
                <input id="debrief-feedback-date" type="date" aria-describedby="debrief-feedback-date-hint"
                    prop:value=move || expected.get().map(date_to_input_value).unwrap_or_default()
                    on:change=move |ev| {
                        let raw = event_target_value(&ev);
                        let date = date_from_input_value(&raw);
                        if date.is_some() || raw.is_empty() {
                            set_expected.run(date);
                        }
                    }/>
            </div>
            {text_field(DebriefField::OtherProcesses)}
        </section>
        <section class="card">
            <h2>"Checklist"</h2>
            <Checklist opportunity=id.clone() round=round.clone() moment=Moment::Debrief/>
        </section>
        <p><a class="button" href=Route::ThankYou(id.clone(), round.clone()).to_fragment()>"Next: thank-you notes"</a></p>
    }
}

/// Whether the candidate clicked with each interviewer.
#[component]
fn Rapports(state: AppState, id: Id, round: Id) -> impl IntoView {
    let people = state.select_round(&id, &round, |_, r| {
        r.interviewers
            .iter()
            .map(|i| {
                (
                    i.id.clone(),
                    i.name.clone(),
                    r.debrief.rapport.get(&i.id).copied(),
                )
            })
            .collect::<Vec<_>>()
    });
    let set_rapport = round_edit(
        state,
        &id,
        &round,
        |(interviewer, rapport): (Id, Option<Rapport>)| RoundChange::Rapport {
            interviewer,
            rapport,
        },
    );
    view! {
            {move || {
            let list = people.get();
            (!list.is_empty()).then(|| view! {
                <fieldset class="person">
                    <legend>"Did you click with each interviewer?"</legend>
                    {list.into_iter().map(|(person, name, rapport)| {
                        let element_id = format!("rapport-{person}");
                        view! {
                            <div class="field">
                                <label for=element_id.clone()>{name}</label>
                                <select id=element_id on:change=move |ev| {
                                    let picked = Rapport::ALL.into_iter().find(|r| r.key() == event_target_value(&ev));
                                    set_rapport.run((person.clone(), picked));
                                }>
                                    <option value="" selected=rapport.is_none()>"Not said"</option>
                                    {Rapport::ALL.into_iter().map(|option| view! {
                                        <option value=option.key() selected=rapport == Some(option)>{option.label()}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            })
        }}
    }
}
