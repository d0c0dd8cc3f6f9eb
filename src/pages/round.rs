//! One interview round: when and where, what kind, who you'll meet and what each looks for,
//! what the recruiter told you, when you'll call them afterwards, and the round's checklist.

use crate::browser::{self, BrowserZone};
use crate::components::checklist::Checklist;
use crate::components::date_time_field::DateTimeField;
use crate::components::save_file::SaveProblem;
use crate::components::text_field::TextField;
use crate::domain::ics::{calendar, debrief_event, round_event};
use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::playbook::{DueRule, Moment};
use crate::domain::round::{InterviewFormat, Round};
use crate::domain::round::{InterviewerField, RoundChange};
use crate::domain::route::Route;
use crate::domain::time_text::DateWriter;
use crate::domain::zone::Zone;
use crate::pages::frames::{round_edit, RoundFrame};
use crate::runtime::files::{calendar_file, save, SaveOutcome};
use crate::runtime::state::{use_app_state, AppState};
use leptos::prelude::*;

/// The interview screen of a round.
#[component]
pub fn RoundPage(
    /// The opportunity.
    id: Id,
    /// The round.
    round: Id,
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <RoundFrame id=id.clone() round=round.clone() moment=Moment::Interview>
            <RoundForm state id=id.clone() round=round.clone()/>
        </RoundFrame>
    }
}

#[component]
fn RoundForm(state: AppState, id: Id, round: Id) -> impl IntoView {
    let read = |f: fn(&Round) -> String| state.select_round(&id, &round, move |_, r| f(r));
    let is_later_round = {
        let round = round.clone();
        state.select(&id, move |o| {
            o.rounds.first().is_some_and(|first| first.id != round)
        })
    };
    let starts_at = state.select_round(&id, &round, |_, r| r.starts_at);
    let ends_at = state.select_round(&id, &round, |_, r| r.ends_at);
    let assumed_end = state.select_round(&id, &round, |_, r| {
        r.end_is_assumed().then(|| r.end()).flatten()
    });
    let end_hint = Signal::derive(move || {
        Some(match assumed_end.get() {
            Some(end) => format!(
                "Not set, so Candor counts one hour: until {}. The debrief, thank-you notes and \
                 news all count from the end.",
                browser::with_writer(|writer| writer.time(BrowserZone.local(end)))
            ),
            None => "Empty means one hour after the start.".to_owned(),
        })
    });
    let planned = state.select_round(&id, &round, |_, r| r.debrief_planned_at);
    let format = state.select_round(&id, &round, |_, r| Some(r.format));
    let set_format = round_edit(state, &id, &round, RoundChange::Format);

    view! {
        {move || is_later_round.get().then(|| view! {
            <p class="notice">
                "For later rounds the recruiter coordinates: ask who you'll meet (names, titles, \
                 what each one looks for) and what kind of interview to expect, and note it below."
            </p>
        })}
        <section class="card">
            <h2>"When and where"</h2>
            <div class="field-row">
                <DateTimeField id="round-starts" label="Starts" value=starts_at on_change=round_edit(state, &id, &round, RoundChange::StartsAt)/>
                <DateTimeField id="round-ends" label="Ends" value=ends_at hint=end_hint on_change=round_edit(state, &id, &round, RoundChange::EndsAt)/>
            </div>
            <div class="field">
                <label for="round-format">"Kind of interview"</label>
                <select id="round-format" on:change=move |ev| {
                    if let Some(format) = InterviewFormat::from_key(&event_target_value(&ev)) {
                        set_format.run(format);
                    }
                }>
                    {InterviewFormat::ALL.into_iter().map(|option| view! {
                        <option value=option.key() selected=move || format.get() == Some(option)>{option.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <TextField id="round-place" label="Where, or the video link" value=read(|r| r.place.clone())
                on_input=round_edit(state, &id, &round, RoundChange::Place)/>
        </section>
        {
            let (id, round) = (id.clone(), round.clone());
            move || starts_at.get().is_some().then(|| view! { <AddToCalendar state id=id.clone() round=round.clone()/> })
        }
        <section class="card">
            <h2>"What the recruiter told you"</h2>
            <TextField id="round-briefing" label="Process, timeline, who decides" multiline=true
                value=read(|r| r.briefing.clone()) on_input=round_edit(state, &id, &round, RoundChange::Briefing)/>
        </section>
        <Interviewers state id=id.clone() round=round.clone()/>
        <section class="card">
            <h2>"Afterwards"</h2>
            <DateTimeField id="round-debrief-planned" label="When you'll call the recruiter" value=planned
                hint="Best right after the interview. If you can't, text the recruiter at once to set a \
                      time later that day, and note it here: Candor reminds you then, and doesn't count \
                      the debrief late before it."
                on_change=round_edit(state, &id, &round, RoundChange::DebriefPlannedAt)/>
            <PlannedTooLate state id=id.clone() round=round.clone()/>
        </section>
        <section class="card">
            <h2>"Checklist"</h2>
            <Checklist opportunity=id.clone() round=round.clone() moment=Moment::Interview/>
        </section>
        <p><a class="button" href=Route::Debrief(id.clone(), round.clone()).to_fragment()>"Next: the debrief"</a></p>
    }
}

#[component]
fn InterviewerFields(state: AppState, id: Id, round: Id, person: Id) -> impl IntoView {
    let read = |field: InterviewerField| {
        let person = person.clone();
        state.select_round(&id, &round, move |_, r| {
            r.interviewer(&person)
                .map(|i| match field {
                    InterviewerField::Name => i.name.clone(),
                    InterviewerField::Title => i.title.clone(),
                    InterviewerField::LooksFor => i.looks_for.clone(),
                })
                .unwrap_or_default()
        })
    };
    let edit = |field: InterviewerField| {
        let person = person.clone();
        round_edit(state, &id, &round, move |value| {
            RoundChange::EditInterviewer {
                interviewer: person.clone(),
                field,
                value,
            }
        })
    };
    let name = read(InterviewerField::Name);
    let remove = round_edit(state, &id, &round, RoundChange::RemoveInterviewer);
    let key = person.to_string();
    view! {
        <fieldset class="person">
            <legend>{move || { let name = name.get(); if name.trim().is_empty() { "Interviewer".to_owned() } else { name } }}</legend>
            <TextField id=format!("person-{key}-name") label="Name" value=name on_input=edit(InterviewerField::Name)/>
            <TextField id=format!("person-{key}-title") label="Title" value=read(InterviewerField::Title) on_input=edit(InterviewerField::Title)/>
            <TextField id=format!("person-{key}-looks-for") label="What they look for" multiline=true
                value=read(InterviewerField::LooksFor) on_input=edit(InterviewerField::LooksFor)/>
            <button type="button" class="link-button" on:click=move |_| remove.run(person.clone())>
                "Remove " {move || name.get()}
            </button>
        </fieldset>
    }
}

/// A debrief call planned for a later day than the interview: a warning, and one tap to make
/// it later the same day (the playbook's hours after the end).
#[component]
fn PlannedTooLate(state: AppState, id: Id, round: Id) -> impl IntoView {
    let later_today = {
        let (id, round) = (id.clone(), round.clone());
        Memo::new(move |_| {
            state.model.with(|m| {
                let r = m.opportunity(&id)?.round(&round)?;
                let hours = m
                    .rule_number(&id, DueRule::DebriefCall { hours: 0 })
                    .unwrap_or(1);
                r.debrief_planned_too_late(&BrowserZone)
                    .then(|| r.later_today(&BrowserZone, hours))
                    .flatten()
            })
        })
    };
    let set = round_edit(state, &id, &round, RoundChange::DebriefPlannedAt);
    move || {
        later_today.get().map(|at| view! {
            <div class="notice notice--warning" role="status">
                <p>
                    "That is not the same day as the interview. Call while your impressions are fresh: \
                     a debrief days later reads as lack of interest, and the recruiter is often the \
                     first screener, with a say in the decision."
                </p>
                <button type="button" class="button" on:click=move |_| set.run(Some(at))>
                    {format!("Later today: {}", browser::with_writer(|writer| writer.time(BrowserZone.local(at))))}
                </button>
            </div>
        })
    }
}

/// A calendar file of the round, for the candidate's calendar app.
#[component]
fn AddToCalendar(state: AppState, id: Id, round: Id) -> impl IntoView {
    let problem: SaveOutcome = RwSignal::new(None);
    let download = move |_| {
        let text = state.model.with_untracked(|m| {
            let o = m.opportunity(&id)?;
            let r = o.round(&round)?;
            let mut events = vec![round_event(o, r)?];
            events.extend(debrief_event(o, r));
            Some(calendar(&events, browser::now()))
        });
        if let Some(text) = text {
            save(calendar_file("candor-interview.ics", text), problem, || ());
        }
    };
    view! {
        <p>
            <button type="button" class="button button--quiet" on:click=download>"Add to calendar (.ics)"</button>
        </p>
        <SaveProblem outcome=problem/>
    }
}

/// Who the candidate will meet, each with what they look for, and a way to add one.
#[component]
fn Interviewers(state: AppState, id: Id, round: Id) -> impl IntoView {
    let people = state.select_round(&id, &round, |_, r| {
        r.interviewers
            .iter()
            .map(|i| i.id.clone())
            .collect::<Vec<_>>()
    });
    let new_name = RwSignal::new(String::new());
    let add_person = {
        let (id, round) = (id.clone(), round.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let name = new_name.get_untracked();
            if name.trim().is_empty() {
                return;
            }
            let change = RoundChange::AddInterviewer {
                interviewer: browser::random_id(),
                name,
            };
            state.apply(Msg::EditRound {
                id: id.clone(),
                round: round.clone(),
                change,
            });
            new_name.set(String::new());
        }
    };
    view! {
        <section class="card">
            <h2>"Who you'll meet"</h2>
            {move || people.get().into_iter().map(|person| view! {
                <InterviewerFields state id=id.clone() round=round.clone() person/>
            }).collect_view()}
            <form class="field-row field-row--end" on:submit=add_person>
                <TextField id="new-interviewer" label="New interviewer's name" autocomplete="off"
                    value=new_name on_input=Callback::new(move |text| new_name.set(text))/>
                <button type="submit" class="button button--quiet">"Add interviewer"</button>
            </form>
        </section>
    }
}
