//! A moment's checklist: each item with a checkbox, what to do, and why it matters. Items
//! are grouped by phase (before, during, after) when the moment has several.

use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::playbook::{ChecklistItem, ItemKind, Moment, Phase};
use crate::domain::steps::is_done;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The checklist of `moment` for an opportunity, or for one of its rounds.
#[component]
pub fn Checklist(
    /// The opportunity.
    opportunity: Id,
    /// The round, for the per-round moments.
    #[prop(optional)]
    round: Option<Id>,
    /// Which moment's items to show.
    moment: Moment,
) -> impl IntoView {
    let state = use_app_state();
    let items: Vec<ChecklistItem> =
        state.with_playbook_of(&opportunity, |p| p.items_for(moment).cloned().collect());
    let phases: Vec<Phase> = [Phase::Before, Phase::During, Phase::After]
        .into_iter()
        .filter(|phase| items.iter().any(|item| item.phase == *phase))
        .collect();
    let show_phase_titles = phases.len() > 1;
    phases
        .into_iter()
        .map(|phase| {
            let rows = items
                .iter()
                .filter(|item| item.phase == phase)
                .map(|item| view! { <ChecklistRow opportunity=opportunity.clone() round=round.clone() item=item.clone()/> })
                .collect_view();
            view! {
                <div class="checklist">
                    {show_phase_titles.then(|| view! { <h3 class="checklist__phase">{phase.label()}</h3> })}
                    <ul class="checklist__items">{rows}</ul>
                </div>
            }
        })
        .collect_view()
}

#[component]
fn ChecklistRow(opportunity: Id, round: Option<Id>, item: ChecklistItem) -> impl IntoView {
    let state = use_app_state();
    let element_id = format!(
        "check-{}-{}",
        round.as_ref().map(Id::as_str).unwrap_or("call"),
        item.key
    );
    let done = {
        let round = round.clone();
        let item = item.clone();
        state.select(&opportunity, move |o| {
            let round = round.as_ref().and_then(|r| o.round(r));
            is_done(o, round, &item)
        })
    };
    let key = item.key.clone();
    let toggle = move |ev| {
        state.apply(Msg::Check {
            id: opportunity.clone(),
            round: round.clone(),
            item: key.clone(),
            checked: event_target_checked(&ev),
        });
    };
    view! {
        <li class="check">
            <input type="checkbox" id=element_id.clone() prop:checked=move || done.get() on:change=toggle/>
            <label for=element_id>
                <span class="check__text">{item.text.clone()}</span>
                // The timing, from the rule: a coach's number shows here too.
                {item.due.map(|rule| view! { <span class="check__rule">{rule.describe()}</span> })}
                {(item.kind == ItemKind::Optional).then(|| view! { <span class="check__rule">"Optional: not counted in the step's progress."</span> })}
                <span class="check__why">{item.why.clone()}</span>
            </label>
        </li>
    }
}
