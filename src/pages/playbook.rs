//! Playbook: the checklists Candor walks through, each item with its why and its timing
//! rule. Read-only for now: editing and coaches' playbooks come with share links.

use crate::domain::playbook::{Moment, Phase};
use crate::state::use_app_state;
use leptos::prelude::*;

/// The Playbook screen.
#[component]
pub fn PlaybookPage() -> impl IntoView {
    let playbook = use_app_state().playbook();
    let moments = [
        Moment::Call,
        Moment::Interview,
        Moment::Debrief,
        Moment::ThankYou,
    ];
    view! {
        <h1 tabindex="-1">"Playbook"</h1>
        <p>
            {format!("{}, version {}. ", playbook.name, playbook.version)}
            "Every opportunity follows these checklists; the timing rules drive Today. The \
             interview, debrief and thank-you checklists repeat for every round."
        </p>
        {moments.map(|moment| view! {
            <section class="card">
                <h2>{moment.label()}</h2>
                {[Phase::Before, Phase::During, Phase::After].map(|phase| {
                    let items: Vec<_> = playbook.items_for(moment).filter(|i| i.phase == phase).collect();
                    (!items.is_empty()).then(|| view! {
                        <h3 class="checklist__phase">{phase.label()}</h3>
                        <ul class="playbook-items">
                            {items.into_iter().map(|item| view! {
                                <li>
                                    <span class="check__text">{item.text.clone()}</span>
                                    <span class="check__why">{item.why.clone()}</span>
                                    {item.due.map(|rule| view! { <span class="playbook-items__rule">{rule.describe()}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    })
                })}
            </section>
        })}
        <section class="card coming">
            <h2>"Coming next"</h2>
            <p>
                "Your own copy to edit, and playbooks that a career coach shares with you as a link."
            </p>
        </section>
    }
}
