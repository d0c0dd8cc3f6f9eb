//! A round's thank-you notes: one per interviewer, within the playbook's hours, and following
//! up.

use crate::browser::local_time;
use crate::components::checklist::Checklist;
use crate::domain::id::Id;
use crate::domain::playbook::{DueRule, Moment};
use crate::domain::round::RoundChange;
use crate::domain::route::Route;
use crate::domain::time_text::plural;
use crate::pages::frames::{round_edit, RoundFrame};
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The thank-you screen of a round.
#[component]
pub fn ThankYouPage(
    /// The opportunity.
    id: Id,
    /// The round.
    round: Id,
) -> impl IntoView {
    let state = use_app_state();
    let people = state.select_round(&id, &round, |_, r| {
        r.interviewers
            .iter()
            .map(|i| (i.id.clone(), i.name.clone(), i.title.clone(), i.thanked_at))
            .collect::<Vec<_>>()
    });
    let set_sent = round_edit(state, &id, &round, |(interviewer, sent): (Id, bool)| {
        RoundChange::Thanked { interviewer, sent }
    });
    let round_link = Route::Round(id.clone(), round.clone()).to_fragment();
    // The playbook's number, so that a coach's shows here too.
    let note_hours = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .model
                .with(|m| m.rule_number(&id, DueRule::ThankYouNotes { hours: 0 }))
        })
    };
    let (for_id, for_round) = (id.clone(), round.clone());
    let follow_up = Route::Compose(id.clone(), round.clone(), None).to_fragment();
    view! {
        <RoundFrame id=id.clone() round=round.clone() moment=Moment::ThankYou>
            <p class="notice">
                {move || format!(
                    "A separate, short note to each interviewer{}: thank them, say you enjoyed \
                     meeting them and (if true) that you're even more interested, and restate the \
                     skills you bring. E-mail is fine. A note to the recruiter is welcome too.",
                    note_hours.get().map(|h| format!(", within {}", plural(h as usize, "hour", "hours"))).unwrap_or_default()
                )}
            </p>
            <section class="card">
                <h2>"One note per interviewer"</h2>
                {
                    let round_link = round_link.clone();
                    let (id, round) = (for_id.clone(), for_round.clone());
                    move || {
                        let list = people.get();
                        if list.is_empty() {
                            return view! {
                                <p>"Add the people you met on the " <a href=round_link.clone()>"interview screen"</a>
                                   " to track a note for each."</p>
                            }.into_any();
                        }
                        view! {
                            <ul class="checklist__items">
                                {list.into_iter().map(|(person, name, title, sent)| {
                                    let element_id = format!("thanked-{person}");
                                    let compose = Route::Compose(id.clone(), round.clone(), Some(person.clone())).to_fragment();
                                    let write_label = format!("Write the note to {name}");
                                    let who = if title.trim().is_empty() { name.clone() } else { format!("{name}, {title}") };
                                    view! {
                                        <li class="check">
                                            <input type="checkbox" id=element_id.clone() prop:checked=sent.is_some()
                                                on:change=move |ev| set_sent.run((person.clone(), event_target_checked(&ev)))/>
                                            <label for=element_id>
                                                <span class="check__text">"Note sent to " {who}</span>
                                                <span class="check__why">{sent.map(|at| format!("Sent {}.", local_time(at)))}</span>
                                                <a href=compose>{write_label}</a>
                                            </label>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }
                <p>
                    <a class="button button--quiet" href=follow_up.clone()>
                        "Write a follow-up to the recruiter"
                    </a>
                </p>
            </section>
            <section class="card">
                <h2>"Checklist"</h2>
                <Checklist opportunity=id.clone() round=round.clone() moment=Moment::ThankYou/>
            </section>
        </RoundFrame>
    }
}
