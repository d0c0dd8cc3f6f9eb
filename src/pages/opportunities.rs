//! Opportunities: the list, filtered by status, with a quick way to add one.

use crate::browser;
use crate::domain::model::Msg;
use crate::domain::opportunity::{Opportunity, StatusFilter};
use crate::domain::route::Route;
use crate::state::use_app_state;
use leptos::prelude::*;

/// The Opportunities screen.
#[component]
pub fn OpportunitiesPage() -> impl IntoView {
    let state = use_app_state();
    let filter = Memo::new(move |_| match state.route.get() {
        Route::Opportunities(filter) => filter,
        _ => StatusFilter::All,
    });
    let shown = Memo::new(move |_| {
        state.model.with(|m| {
            m.filtered(filter.get())
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });

    view! {
        <h1 tabindex="-1">"Opportunities"</h1>
        <QuickAdd/>
        <nav class="filters" aria-label="Filter by status">
            <ul>
                {StatusFilter::ALL
                    .into_iter()
                    .map(|option| view! {
                        <li>
                            <a
                                href=Route::Opportunities(option).to_fragment()
                                aria-current=move || (filter.get() == option).then_some("page")
                            >
                                {option.label()}
                                <span class="filters__count">
                                    {move || state.model.with(|m| m.count(option))}
                                </span>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </nav>
        <h2 class="visually-hidden">{move || format!("{} opportunities", filter.get().label())}</h2>
        {move || if shown.with(Vec::is_empty) {
            view! { <p class="empty-note">{empty_message(filter.get())}</p> }.into_any()
        } else {
            view! {
                <ul class="opportunity-list">
                    <For
                        each=move || shown.get()
                        key=|o| (o.id.clone(), o.updated_at)
                        children=move |o| view! { <OpportunityRow opportunity=o/> }
                    />
                </ul>
            }
            .into_any()
        }}
    }
}

fn empty_message(filter: StatusFilter) -> &'static str {
    match filter {
        StatusFilter::All => "No opportunities yet. Add the first one above.",
        StatusFilter::Archived => "Nothing archived.",
        _ => "None at this stage.",
    }
}

/// One line of the list: what the job is, who presents it, and where it stands.
#[component]
fn OpportunityRow(opportunity: Opportunity) -> impl IntoView {
    let state = use_app_state();
    let id = opportunity.id.clone();
    let recruiter = [
        opportunity.recruiter.name.trim(),
        opportunity.recruiter.agency.trim(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let role = opportunity.role.trim().to_owned();
    view! {
        <li class="opportunity-row">
            <a class="opportunity-row__link" href=Route::Opportunity(id.clone()).to_fragment()>
                <span class="opportunity-row__title">{opportunity.title().to_owned()}</span>
                {(!role.is_empty() && role != opportunity.title()).then(|| view! {
                    <span class="opportunity-row__role">{role}</span>
                })}
                {(!recruiter.is_empty()).then(|| view! {
                    <span class="opportunity-row__recruiter">"Recruiter: " {recruiter}</span>
                })}
            </a>
            <span class="badge">{opportunity.status.label()}</span>
            {opportunity.archived.then(|| view! {
                <button
                    type="button"
                    class="button button--quiet"
                    on:click=move |_| { let _ = state.dispatch(Msg::Restore(id.clone())); }
                >
                    "Restore"
                </button>
            })}
        </li>
    }
}

/// Two fields and a button: enough to start following a job.
#[component]
fn QuickAdd() -> impl IntoView {
    let state = use_app_state();
    let company = RwSignal::new(String::new());
    let recruiter_name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut id = browser::random_id();
        while state.model.with_untracked(|m| m.has_id(&id)) {
            id = browser::random_id();
        }
        let msg = Msg::AddOpportunity {
            id: id.clone(),
            company: company.get_untracked(),
            recruiter_name: recruiter_name.get_untracked(),
        };
        match state.dispatch(msg) {
            Ok(()) => {
                error.set(None);
                // Now there is something worth keeping: ask the browser not to clear it.
                if state.model.with_untracked(|m| m.opportunities.len() == 1) {
                    leptos::task::spawn_local(async {
                        let _ = browser::request_persistent_storage().await;
                    });
                }
                company.set(String::new());
                recruiter_name.set(String::new());
                browser::go_to(&Route::Opportunity(id).to_fragment());
            }
            Err(why) => error.set(Some(why.to_string())),
        }
    };

    view! {
        <form class="card quick-add" on:submit=submit aria-labelledby="quick-add-title">
            <h2 id="quick-add-title">"Add an opportunity"</h2>
            <p class="quick-add__lead">"The company and the recruiter's name are enough to start."</p>
            <div class="quick-add__fields">
                <div class="field">
                    <label for="new-company">"Company"</label>
                    <input
                        id="new-company"
                        type="text"
                        autocomplete="organization"
                        prop:value=move || company.get()
                        on:input=move |ev| company.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="new-recruiter">"Recruiter's name"</label>
                    <input
                        id="new-recruiter"
                        type="text"
                        autocomplete="off"
                        prop:value=move || recruiter_name.get()
                        on:input=move |ev| recruiter_name.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button">"Add"</button>
            </div>
            <p class="form-error" role="status">{move || error.get()}</p>
        </form>
    }
}
