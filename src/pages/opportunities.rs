//! Opportunities: the list, filtered by status and searched as you type, with a quick way to
//! add one. A long list draws a page of rows at a time.

use crate::browser;
use crate::components::marked::{Marked, SearchField};
use crate::components::text_field::TextField;
use crate::domain::msg::Msg;
use crate::domain::opportunity::{ListRow, StatusFilter};
use crate::domain::route::Route;
use crate::domain::search::{found_elsewhere, haystack, Query};
use crate::pages::frames::{DrawnNext, NoMatch, ShowMore};
use crate::runtime::state::{use_app_state, AppState};
use leptos::prelude::*;

/// The Opportunities screen.
#[component]
pub fn OpportunitiesPage() -> impl IntoView {
    let state = use_app_state();
    // Another screen's address keeps the last filter and search: the screen is on its way
    // out, and must not redraw its list meanwhile.
    let filter = Memo::new(move |last: Option<&StatusFilter>| match state.route.get() {
        Route::Opportunities(filter, _) => filter,
        _ => last.copied().unwrap_or_default(),
    });
    let search = Memo::new(move |last: Option<&String>| match state.route.get() {
        Route::Opportunities(_, search) => search,
        _ => last.cloned().unwrap_or_default(),
    });
    let query = Memo::new(move |_| search.with(|text| Query::new(text)));
    let (rows, counts) = found(state, filter, query);
    // A long list draws a page of rows at first, and more when asked.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        filter.track();
        limit.set(PAGE);
    });
    // Only the rows drawn are made into lines.
    let shown = Memo::new(move |_| {
        rows.with(|all| {
            state.model.with(|m| {
                all.iter()
                    .take(limit.get())
                    .filter_map(|&n| m.opportunities.get(n).map(|o| (n, o.list_row())))
                    .collect::<Vec<_>>()
            })
        })
    });
    let searchable = Memo::new(move |_| {
        !state.model.with(|m| m.opportunities.is_empty()) || !search.with(String::is_empty)
    });
    let set_search = Callback::new(move |text: String| {
        // Only while this screen is the one shown, under the filter in the address as it is
        // now: a filter or a screen tapped a moment ago may not have reached `state.route`
        // yet (its `hashchange` is still queued), and the search must not undo it.
        if let Route::Opportunities(filter, _) = Route::parse(&crate::browser::current_fragment()) {
            if limit.try_set(PAGE).is_none() {
                state.replace_route(Route::Opportunities(filter, text));
            }
        }
    });

    view! {
        <h1 tabindex="-1">"Opportunities"</h1>
        <p class="page-links">
            <a href=Route::Recruiters(String::new()).to_fragment()>"Recruiters"</a>
            <a href=Route::Progress.to_fragment()>"Your progress: stages and timing"</a>
        </p>
        // The screen is drawn in three short tasks rather than one long one.
        <DrawnNext>
        <QuickAdd/>
        // Nothing to search before the first opportunity (unless an address brought a search).
        {move || searchable.get().then(|| view! {
            <SearchField
                id="search-opportunities"
                label="Search opportunities"
                value=search
                on_input=set_search
            />
        })}
        </DrawnNext>
        <DrawnNext>
        <Filters filter search counts/>
        <h2 class="visually-hidden">{move || format!("{} opportunities", filter.get().label())}</h2>
        <p class="visually-hidden" role="status">
            {move || (!search.with(String::is_empty)).then(|| {
                let found = rows.with(Vec::len);
                format!("{found} found")
            })}
        </p>
        {move || if shown.with(Vec::is_empty) {
            if search.with(|text| text.trim().is_empty()) {
                view! { <p class="empty-note">{empty_message(filter.get())}</p> }.into_any()
            } else {
                let said = format!(
                    "No opportunity matches “{}”{}.",
                    search.get().trim(),
                    match filter.get() {
                        StatusFilter::All => String::new(),
                        other => format!(" under {}", other.label()),
                    }
                );
                view! { <NoMatch said clear=set_search field="search-opportunities"/> }
                .into_any()
            }
        } else {
            view! {
                <ul class="opportunity-list">
                    <For
                        each=move || shown.get()
                        key=|line| line.clone()
                        children=move |(at, row)| view! { <OpportunityRow at row query/> }
                    />
                </ul>
                <ShowMore total=Signal::derive(move || rows.with(Vec::len)) limit page=PAGE/>
            }
            .into_any()
        }}
        </DrawnNext>
    }
}

/// The list's rows under the filter and the search (indices into the model's
/// opportunities, most recently changed first), and how many each filter would show with the
/// search.
fn found(
    state: AppState,
    filter: Memo<StatusFilter>,
    query: Memo<Query>,
) -> (Memo<Vec<usize>>, Memo<[usize; 6]>) {
    // Each opportunity folded once per change of the data, not at each keystroke.
    let haystacks = Memo::new(move |_| {
        state
            .model
            .with(|m| m.opportunities.iter().map(haystack).collect::<Vec<_>>())
    });
    // Which opportunities the search finds (all of them when there is none).
    let matching = Memo::new(move |_| {
        query.with(|query| {
            haystacks.with(|all| {
                all.iter()
                    .map(|text| query.matches(text))
                    .collect::<Vec<bool>>()
            })
        })
    });
    // The list's order, most recently changed first: once per change of the data.
    let order = Memo::new(move |_| {
        state.model.with(|m| {
            let all = &m.opportunities;
            let mut order: Vec<usize> = (0..all.len()).collect();
            order.sort_by(|&a, &b| {
                (all[b].updated_at, &all[a].id).cmp(&(all[a].updated_at, &all[b].id))
            });
            order
        })
    });
    // In one pass: the rows under the filter, and how many each filter would show.
    let found = Memo::new(move |_| {
        let filter = filter.get();
        matching.with(|matching| {
            order.with(|order| {
                state.model.with(|m| {
                    let mut counts = [0; 6];
                    let mut rows = Vec::new();
                    for &n in order {
                        let (Some(o), Some(true)) = (m.opportunities.get(n), matching.get(n))
                        else {
                            continue;
                        };
                        for (count, each) in counts.iter_mut().zip(StatusFilter::ALL) {
                            *count += usize::from(each.matches(o));
                        }
                        if filter.matches(o) {
                            rows.push(n);
                        }
                    }
                    (rows, counts)
                })
            })
        })
    });
    let rows = Memo::new(move |_| found.with(|found| found.0.clone()));
    let counts = Memo::new(move |_| found.with(|found| found.1));
    (rows, counts)
}

/// The status filters, each with how many the search finds under it.
#[component]
fn Filters(
    filter: Memo<StatusFilter>,
    search: Memo<String>,
    counts: Memo<[usize; 6]>,
) -> impl IntoView {
    view! {
        <nav class="filters" aria-label="Filter by status">
            <ul>
                {StatusFilter::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(n, option)| view! {
                        <li>
                            <a
                                href=move || Route::Opportunities(option, search.get()).to_fragment()
                                aria-current=move || (filter.get() == option).then_some("page")
                            >
                                {option.label()}
                                <span class="filters__count">{move || counts.with(|c| c[n])}</span>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </nav>
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

/// One line of the list: what the job is, who presents it, and where it stands, with what
/// the search matched marked (and where, when not in the line itself).
#[component]
fn OpportunityRow(
    /// Where the opportunity is in the model (rows are keyed by it, so it is current).
    at: usize,
    row: ListRow,
    query: Memo<Query>,
) -> impl IntoView {
    let state = use_app_state();
    let id = row.id.clone();
    let elsewhere = Memo::new(move |_| {
        query.with(|query| {
            state.model.with(|m| {
                m.opportunities
                    .get(at)
                    .and_then(|o| found_elsewhere(o, query))
            })
        })
    });
    view! {
        <li class="opportunity-row">
            <a class="opportunity-row__link" href=Route::Opportunity(id.clone()).to_fragment()>
                <span class="opportunity-row__title"><Marked text=row.title query/></span>
                {row.role.map(|role| view! {
                    <span class="opportunity-row__role"><Marked text=role query/></span>
                })}
                {row.recruiter.map(|recruiter| view! {
                    <span class="opportunity-row__recruiter">"Recruiter: " <Marked text=recruiter query/></span>
                })}
                {move || elsewhere.get().map(|(label, words)| view! {
                    <span class="opportunity-row__found">{label} ": " <Marked text=words query/></span>
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
