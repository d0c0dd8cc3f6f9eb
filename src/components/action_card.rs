//! One dated action (from the timing rules) with its why, when it is due, and a one-tap way
//! to act on it.

use crate::browser::{self, local_time};
use crate::components::save_file::{save_action_calendar_soon, SaveProblemSoon};
use crate::domain::due::Action;
use crate::domain::route::Route;
use crate::domain::taps::Taps;
use crate::domain::time_text::relative;
use crate::runtime::files::SaveOutcome;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

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
    let Taps { button, link } = action.taps();
    let set_a_time = state.model.with_untracked(|m| action.set_a_time(m));
    let title = action.title.clone();
    let calendar_problem: SaveOutcome = RwSignal::new(None);
    let add_to_calendar = (!action.kind.is_reminder()).then(|| {
        let action = action.clone();
        move |_| {
            let name = state.model.with_untracked(|m| {
                m.opportunity(&action.opportunity)
                    .map(|o| o.title().to_owned())
                    .unwrap_or_default()
            });
            save_action_calendar_soon(action.clone(), name, calendar_problem);
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
                    <button type="button" class="button" on:click=move |_| {
                        state.apply(tap.message(browser::random_id(), browser::now()));
                    }>{label}</button>
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
            <SaveProblemSoon outcome=calendar_problem/>
        </li>
    }
}
