//! Opportunities: the list, filtered by status, with a quick way to add one. A long list
//! draws a page of rows at a time.

use crate::browser;
use crate::components::text_field::TextField;
use crate::domain::msg::Msg;
use crate::domain::opportunity::{ListRow, Opportunity, StatusFilter};
use crate::domain::route::Route;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The Opportunities screen.
#[component]
pub fn OpportunitiesPage() -> impl IntoView {
    let state = use_app_state();
    let filter = Memo::new(move |_| match state.route.get() {
        Route::Opportunities(filter) => filter,
        _ => StatusFilter::All,
    });
    let rows = Memo::new(move |_| {
        state.model.with(|m| {
            m.filtered(filter.get())
                .into_iter()
                .map(Opportunity::list_row)
                .collect::<Vec<_>>()
        })
    });
    // A long list draws a page of rows at first, and more when asked.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        filter.track();
        limit.set(PAGE);
    });
    let shown = Memo::new(move |_| {
        rows.with(|all| all.iter().take(limit.get()).cloned().collect::<Vec<_>>())
    });
    let left = move || rows.with(Vec::len).saturating_sub(limit.get());

    view! {
        <h1 tabindex="-1">"Opportunities"</h1>
        <p class="page-links"><a href=Route::Progress.to_fragment()>"Your progress: stages and timing"</a></p>
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
                        key=|row| row.clone()
                        children=move |row| view! { <OpportunityRow row/> }
                    />
                </ul>
                {move || (left() > 0).then(|| {
                    let next = PAGE.min(left());
                    view! {
                        <button
                            type="button"
                            class="button button--quiet"
                            on:click=move |_| limit.update(|n| *n += next)
                        >
                            {format!("Show {next} more ({} not shown)", left())}
                        </button>
                    }
                })}
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

/// How many rows the list draws at first, and adds at each "Show more".
const PAGE: usize = 50;

/// One line of the list: what the job is, who presents it, and where it stands.
#[component]
fn OpportunityRow(row: ListRow) -> impl IntoView {
    let state = use_app_state();
    let id = row.id.clone();
    view! {
        <li class="opportunity-row">
            <a class="opportunity-row__link" href=Route::Opportunity(id.clone()).to_fragment()>
                <span class="opportunity-row__title">{row.title}</span>
                {row.role.map(|role| view! {
                    <span class="opportunity-row__role">{role}</span>
                })}
                {row.recruiter.map(|recruiter| view! {
                    <span class="opportunity-row__recruiter">"Recruiter: " {recruiter}</span>
                })}
            </a>
            <span class="badge">{row.status.label()}</span>
            {row.archived.then(|| view! {
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
                <TextField
                    id="new-company"
                    label="Company"
                    autocomplete="organization"
                    value=company
                    on_input=Callback::new(move |text| company.set(text))
                />
                <TextField
                    id="new-recruiter"
                    label="Recruiter's name"
                    autocomplete="off"
                    value=recruiter_name
                    on_input=Callback::new(move |text| recruiter_name.set(text))
                />
                <button type="submit" class="button">"Add"</button>
            </div>
            <p class="form-error" role="status">{move || error.get()}</p>
        </form>
    }
}
