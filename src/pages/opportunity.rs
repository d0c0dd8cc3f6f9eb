//! One opportunity: its details and its recruiter, edited in place and saved as the candidate
//! types, its status, and archiving.

use crate::components::text_field::TextField;
use crate::domain::model::Msg;
use crate::domain::opportunity::{Field, OpportunityId, Status, StatusFilter};
use crate::domain::route::Route;
use crate::domain::time_text;
use crate::state::{use_app_state, AppState};
use chrono::{DateTime, Local, Utc};
use leptos::prelude::*;

/// The Opportunity screen for `id`.
#[component]
pub fn OpportunityPage(
    /// The opportunity to show.
    id: OpportunityId,
) -> impl IntoView {
    let state = use_app_state();
    let exists = Memo::new({
        let id = id.clone();
        move |_| state.model.with(|m| m.has_id(&id))
    });
    move || {
        if exists.get() {
            view! { <OpportunityEditor state id=id.clone()/> }.into_any()
        } else {
            view! {
                <h1 tabindex="-1">"Opportunity not found"</h1>
                <section class="card">
                    <p>
                        "This opportunity is not in this browser. It may have been saved on \
                         another device or in another browser, which Candor cannot reach."
                    </p>
                    <a class="button" href=Route::Opportunities(StatusFilter::All).to_fragment()>
                        "See your opportunities"
                    </a>
                </section>
            }
            .into_any()
        }
    }
}

/// Reads one value of the opportunity, reactively; empty if it has gone.
fn read<T: Default + PartialEq + Send + Sync + 'static>(
    state: AppState,
    id: &OpportunityId,
    get: impl Fn(&crate::domain::opportunity::Opportunity) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let id = id.clone();
    Memo::new(move |_| {
        state
            .model
            .with(|m| m.opportunity(&id).map(&get).unwrap_or_default())
    })
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

fn local_time(time: DateTime<Utc>) -> String {
    time_text::day_and_time(time.with_timezone(&Local).naive_local())
}

#[component]
fn OpportunityEditor(state: AppState, id: OpportunityId) -> impl IntoView {
    let title = read(state, &id, |o| o.title().to_owned());
    let status = read(state, &id, |o| Some(o.status));
    let archived = read(state, &id, |o| o.archived);
    let times = read(state, &id, |o| Some((o.created_at, o.updated_at)));

    let field_view = {
        let id = id.clone();
        move |field: Field| {
            let value = read(state, &id, move |o| o.field(field).to_owned());
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
                        let _ = state.dispatch(Msg::EditField { id: id.clone(), field, value });
                    })
                />
            }
        }
    };

    let set_status = {
        let id = id.clone();
        move |ev| {
            if let Some(status) = Status::from_key(&event_target_value(&ev)) {
                let _ = state.dispatch(Msg::SetStatus {
                    id: id.clone(),
                    status,
                });
            }
        }
    };
    let toggle_archive = {
        let id = id.clone();
        move |_| {
            let msg = if archived.get_untracked() {
                Msg::Restore(id.clone())
            } else {
                Msg::Archive(id.clone())
            };
            let _ = state.dispatch(msg);
        }
    };

    view! {
        <p class="breadcrumb">
            <a href=Route::Opportunities(StatusFilter::All).to_fragment()>"← Opportunities"</a>
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
        <form class="opportunity-form" on:submit=|ev| ev.prevent_default()>
            <section class="card">
                <h2>"Status"</h2>
                <div class="field">
                    <label for="field-status">"Where it stands"</label>
                    <select id="field-status" on:change=set_status>
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
            </section>
            <section class="card">
                <h2>"The job"</h2>
                {Field::JOB.into_iter().map(field_view.clone()).collect_view()}
            </section>
            <section class="card">
                <h2>"The recruiter"</h2>
                {Field::RECRUITER.into_iter().map(field_view.clone()).collect_view()}
            </section>
            <section class="card">
                <h2>"Notes"</h2>
                {field_view(Field::Notes)}
            </section>
        </form>
        <section class="card">
            <h2>"Archive"</h2>
            <p>
                {move || if archived.get() {
                    "Restore it to see it in your list again."
                } else {
                    "Archiving hides this opportunity from your list. Nothing is deleted, and you \
                     can restore it from the Archived filter."
                }}
            </p>
            <button type="button" class="button button--quiet" on:click=toggle_archive>
                {move || if archived.get() { "Restore" } else { "Archive" }}
            </button>
        </section>
    }
}
