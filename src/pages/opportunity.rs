//! One opportunity: its moments as steps (call → each round's interview, debrief and
//! thank-you), what is due for it, the contact log, its status and its details, edited in
//! place and saved as the candidate types.

use crate::browser::{self, local_time, BrowserZone};
use crate::components::action_card::ActionCard;
use crate::components::contact_log::ContactLog;
use crate::components::elsewhere_log::ElsewhereLog;
use crate::components::promises::RecruiterPromises;
use crate::components::text_field::TextField;
use crate::domain::due::plan_for;
use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::opportunity::{Field, Opportunity, Status};
use crate::domain::playbook::Moment;
use crate::domain::route::Route;
use crate::domain::steps::{current, steps, Step};
use crate::domain::time_text::{date_from_input_value, date_to_input_value, relative};
use crate::pages::frames::IfOpportunity;
use crate::runtime::state::{use_app_state, AppState};
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// The Opportunity screen for `id`.
#[component]
pub fn OpportunityPage(
    /// The opportunity to show.
    id: Id,
) -> impl IntoView {
    view! {
        <IfOpportunity id=id.clone()>
            <OpportunityOverview state=use_app_state() id=id.clone()/>
        </IfOpportunity>
    }
}

fn step_route(id: &Id, step: &Step) -> Route {
    match (&step.round, step.moment) {
        (Some(round), Moment::Debrief) => Route::Debrief(id.clone(), round.clone()),
        (Some(round), Moment::ThankYou) => Route::ThankYou(id.clone(), round.clone()),
        (Some(round), _) => Route::Round(id.clone(), round.clone()),
        (None, _) => Route::Call(id.clone()),
    }
}

#[component]
fn OpportunityOverview(state: AppState, id: Id) -> impl IntoView {
    let archived = state.select(&id, |o| o.archived);
    let title = state.select(&id, |o| o.title().to_owned());
    let times = state.select(&id, |o| Some((o.created_at, o.updated_at)));
    let all_steps = {
        let id = id.clone();
        Memo::new(move |_| {
            state.model.with(|m| {
                m.opportunity(&id)
                    .map(|o| steps(o, m.playbook_of(o)))
                    .unwrap_or_default()
            })
        })
    };
    let plan = {
        let id = id.clone();
        Memo::new(move |_| {
            let now = state.now.get();
            state.model.with(|m| {
                m.opportunity(&id)
                    .filter(|o| !o.archived)
                    .map(|o| plan_for(m, o, now, &BrowserZone))
                    .unwrap_or_default()
            })
        })
    };
    let add_round = {
        let id = id.clone();
        move |_| {
            let round = browser::random_id();
            if state
                .dispatch(Msg::AddRound {
                    id: id.clone(),
                    round: round.clone(),
                })
                .is_ok()
            {
                browser::go_to(&Route::Round(id.clone(), round).to_fragment());
            }
        }
    };

    view! {
        <p class="breadcrumb">
            <a href=Route::opportunities().to_fragment()>"← Opportunities"</a>
        </p>
        <h1 tabindex="-1">{move || title.get()}</h1>
        <p class="meta">
            {move || times.get().map(|(created, updated)| format!(
                "Added {} · last changed {} · changes save as you type",
                local_time(created),
                local_time(updated),
            ))}
        </p>
        {move || archived.get().then(|| view! {
            <p class="notice" role="status">
                "Archived: hidden from your list, kept with everything in it."
            </p>
        })}
        <p class="quick-actions">
            <button type="button" class="button" on:click=|_| browser::reveal("log-call-in")>
                "Log a call or message"
            </button>
            <a class="button button--quiet" href=Route::Call(id.clone()).to_fragment()>"Call card"</a>
            <a class="button button--quiet" href=Route::ShareOpportunity(id.clone()).to_fragment()>"Share with a coach"</a>
        </p>
        {move || {
            let plan = plan.get();
            (!plan.actions.is_empty() || !plan.holds.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="due-title">
                    <h2 id="due-title">"Due for this opportunity"</h2>
                    <ul class="actions">
                        {plan.actions.into_iter().map(|action| view! { <ActionCard action/> }).collect_view()}
                    </ul>
                    {plan.holds.into_iter().map(|hold| view! {
                        <p class="notice">
                            <strong>"Hold off: "</strong>{hold.title}
                            {hold.until.describe(local_time)}
                        </p>
                    }).collect_view()}
                </section>
            })
        }}
        <section class="card" aria-labelledby="steps-title">
            <h2 id="steps-title">"Steps"</h2>
            <ol class="steps">
                {
                    let id = id.clone();
                    move || {
                        let list = all_steps.get();
                        let now_at = current(&list);
                        list.into_iter().enumerate().map(|(n, step)| {
                            let is_current = now_at == Some(n);
                            let state_label = if step.is_complete() { "Done" } else if is_current { "Current step" } else { "" };
                            view! {
                                <li class="step" class:step--done=step.is_complete() class:step--current=is_current>
                                    <a href=step_route(&id, &step).to_fragment()
                                        aria-current=is_current.then_some("step")>
                                        <span class="step__title">{step.title()}</span>
                                        <span class="step__progress">{format!("{} of {} done", step.done, step.total)}</span>
                                    </a>
                                    {(!state_label.is_empty()).then(|| view! { <span class="tag">{state_label}</span> })}
                                </li>
                            }
                        }).collect_view()
                    }
                }
            </ol>
            <button type="button" class="button button--quiet" on:click=add_round>"Add an interview round"</button>
        </section>
        <ContactLog opportunity=id.clone()/>
        <RecruiterPromises opportunity=id.clone()/>
        <ElsewhereLog/>
        <OpportunityDetails state id/>
    }
}

fn input_type(field: Field) -> &'static str {
    match field {
        Field::RecruiterEmail => "email",
        Field::RecruiterPhone => "tel",
        _ => "text",
    }
}

fn autocomplete(field: Field) -> Option<&'static str> {
    // The recruiter's details are not the candidate's own: keep the browser from offering
    // the candidate's saved name, phone and e-mail here.
    match field {
        Field::RecruiterName
        | Field::RecruiterAgency
        | Field::RecruiterPhone
        | Field::RecruiterEmail => Some("off"),
        _ => None,
    }
}

#[component]
fn OpportunityDetails(state: AppState, id: Id) -> impl IntoView {
    let status = state.select(&id, |o| Some(o.status));

    let field_view = {
        let id = id.clone();
        move |field: Field| {
            let value = state.select(&id, move |o: &Opportunity| o.field(field).to_owned());
            let id = id.clone();
            view! {
                <TextField
                    id=format!("field-{}", field.key())
                    label=field.label()
                    hint=field.hint()
                    value=value
                    multiline=field.is_multiline()
                    input_type=input_type(field)
                    autocomplete=autocomplete(field)
                    on_input=Callback::new(move |value: String| {
                        state.apply(Msg::EditField { id: id.clone(), field, value });
                    })
                />
            }
        }
    };

    let set_status = {
        let id = id.clone();
        move |ev| {
            if let Some(status) = Status::from_key(&event_target_value(&ev)) {
                state.apply(Msg::SetStatus {
                    id: id.clone(),
                    status,
                });
            }
        }
    };

    view! {
        <form class="opportunity-form" on:submit=|ev| ev.prevent_default()>
            <section class="card">
                <h2>"Status"</h2>
                <div class="field">
                    <label for="field-status">"Where it stands"</label>
                    <p class="field__hint" id="field-status-hint">
                        "Closing it removes its reminders from Today and keeps its whole history \
                         here. If you accepted, declined or withdrew, Candor reminds you to tell \
                         the recruiter yourself: never let them find out from silence."
                    </p>
                    <select id="field-status" aria-describedby="field-status-hint" on:change=set_status>
                        {Status::ALL
                            .into_iter()
                            .map(|option| view! {
                                <option
                                    value=option.key()
                                    selected=move || status.get() == Some(option)
                                >
                                    {option.label()}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </div>
                {
                    let id = id.clone();
                    move || (status.get() == Some(Status::Offer)).then(|| view! { <AnswerBy id=id.clone()/> })
                }
            </section>
            <section class="card">
                <h2>"The job"</h2>
                {Field::JOB.into_iter().map(field_view.clone()).collect_view()}
            </section>
            <section class="card">
                <h2>"The recruiter"</h2>
                <FillFromContacts state id=id.clone()/>
                {Field::RECRUITER.into_iter().map(field_view.clone()).collect_view()}
                <p class="page-links">
                    <a href=Route::Recruiter(id.clone()).to_fragment()>"Everything with this recruiter"</a>
                </p>
            </section>
            <section class="card">
                <h2>"Notes"</h2>
                {field_view(Field::Notes)}
            </section>
        </form>
        <ArchiveOrDelete state id=id.clone()/>
    }
}

/// "Fill from my contacts", where the browser can open the phone's address book (the Contact
/// Picker, Chrome on Android); nothing elsewhere.
#[component]
fn FillFromContacts(state: AppState, id: Id) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let pick = move |_| {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            match browser::pick_contact().await {
                Ok(Some(picked)) => {
                    problem.set(None);
                    for (field, value) in [
                        (Field::RecruiterName, picked.name),
                        (Field::RecruiterEmail, picked.email),
                        (Field::RecruiterPhone, picked.phone),
                    ] {
                        if !value.is_empty() {
                            state.apply(Msg::EditField {
                                id: id.clone(),
                                field,
                                value,
                            });
                        }
                    }
                }
                Ok(None) => problem.set(None),
                Err(why) => problem.set(Some(why)),
            }
        });
    };
    browser::can_pick_contacts().then(|| view! {
        <button type="button" class="button button--quiet" on:click=pick>"Fill from my contacts"</button>
        <p class="form-error" role="status">{move || problem.get()}</p>
    })
}

/// Archiving hides an opportunity and keeps it; deleting removes it for good.
#[component]
fn ArchiveOrDelete(state: AppState, id: Id) -> impl IntoView {
    let archived = state.select(&id, |o| o.archived);
    let toggle_archive = {
        let id = id.clone();
        move |_| {
            let msg = if archived.get_untracked() {
                Msg::Restore(id.clone())
            } else {
                Msg::Archive(id.clone())
            };
            state.apply(msg);
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let question = "Delete this opportunity for good, with its whole history? This \
                            cannot be undone: download a backup first (Data) if you may want it \
                            again.";
            if browser::confirm(question) {
                // To the list first, so that this page does not show the record as missing.
                let list = Route::opportunities();
                browser::go_to(&list.to_fragment());
                state.route.set(list);
                state.apply(Msg::Delete(vec![id.clone()]));
            }
        }
    };

    view! {
        <section class="card">
            <h2>"Archive or delete"</h2>
            <p>
                {move || if archived.get() {
                    "Restore it to see it in your list again."
                } else {
                    "Archiving hides this opportunity from your list and keeps all of it: restore \
                     it from the Archived filter. Deleting removes it and its history for good."
                }}
            </p>
            <div class="button-grid">
                <button type="button" class="button button--quiet" on:click=toggle_archive>
                    {move || if archived.get() { "Restore" } else { "Archive" }}
                </button>
                <button type="button" class="button button--quiet button--danger" on:click=delete>
                    "Delete for good"
                </button>
            </div>
        </section>
    }
}

/// "in 3 h" / "2 h ago" against the app's clock.
pub fn from_now(state: AppState, then: DateTime<Utc>) -> String {
    relative(state.now.get(), then, "ago")
}

/// With an offer on the table: the day the recruiter asked for an answer by. Today keeps
/// "Give them your answer" until a decision is logged, due that day (or soon, with none).
#[component]
fn AnswerBy(id: Id) -> impl IntoView {
    let state = use_app_state();
    let by = state.select(&id, |o| o.answer_by);
    let set = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        let date = date_from_input_value(&raw);
        if date.is_some() || raw.is_empty() {
            state.apply(Msg::AnswerBy {
                id: id.clone(),
                by: date,
            });
        }
    };
    view! {
        <div class="field">
            <label for="field-answer-by">"Answer asked for by"</label>
            <p class="field__hint" id="field-answer-by-hint">
                "The date the recruiter asked for your answer, if they gave one. Need longer? Say so \
                 before then and enter the new date: vanishing with an offer on the table ends the \
                 relationship, for this job and the next."
            </p>
            <input id="field-answer-by" type="date" aria-describedby="field-answer-by-hint"
                prop:value=move || by.get().map(date_to_input_value).unwrap_or_default()
                on:change=set/>
        </div>
    }
}
