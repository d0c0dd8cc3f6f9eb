//! Playbooks: the built-in one and the candidate's own (copies to edit, and those a coach
//! shared), which one new opportunities follow, and a read-only view of any playbook.

use crate::domain::msg::Msg;
use crate::domain::playbook::{built_in_ref, PlaybookId};
use crate::domain::route::Route;
use crate::domain::time_text::plural;
use crate::pages::frames::copy_and_open;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The Playbook screen: the list of playbooks and the choice for new opportunities.
#[component]
pub fn PlaybookPage() -> impl IntoView {
    let state = use_app_state();
    let own = Memo::new(move |_| state.model.with(|m| m.playbooks.clone()));
    let for_new = Memo::new(move |_| state.model.with(|m| m.new_playbook.clone()));
    let followers = move |id: &PlaybookId| state.model.with(|m| m.followers(id));
    let choose = move |choice: Option<PlaybookId>| state.apply(Msg::UseForNew(choice));
    let built_in = built_in_ref();
    view! {
        <h1 tabindex="-1">"Playbooks"</h1>
        <p>
            "A playbook is the set of checklists an opportunity follows through the four moments, \
             each item with its why; its timing rules drive Today. Make your own copy to change \
             it, or open a link from your career coach."
        </p>
        <section class="card" aria-labelledby="playbooks-title">
            <h2 id="playbooks-title">"Your playbooks"</h2>
            <ul class="playbook-list">
                <li>
                    <a href=Route::EditPlaybook(PlaybookId::built_in()).to_fragment()>{built_in.name.clone()}</a>
                    <span class="meta">{format!("Built in · {} items · cannot be changed", built_in.items.len())}</span>
                    <button type="button" class="button button--quiet" on:click=move |_| copy_and_open(&PlaybookId::built_in())>
                        "Make my own copy"
                    </button>
                </li>
                <For each=move || own.get() key=|p| (p.id.clone(), p.name.clone(), p.items.len(), p.coach.name.clone()) let(playbook)>
                    <li>
                        <a href=Route::EditPlaybook(playbook.id.clone()).to_fragment()>{playbook.name.clone()}</a>
                        <span class="meta">{
                            let source = if playbook.coach.name.trim().is_empty() { "Yours".to_owned() } else { format!("From {}", playbook.coach.name.trim()) };
                            let used = followers(&playbook.id);
                            format!("{source} · {} items · followed by {}", playbook.items.len(), plural(used, "opportunity", "opportunities"))
                        }</span>
                        <a class="button button--quiet" href=Route::SharePlaybook(playbook.id.clone()).to_fragment()>"Share"</a>
                    </li>
                </For>
            </ul>
        </section>
        <section class="card" aria-labelledby="for-new-title">
            <h2 id="for-new-title">"For new opportunities"</h2>
            <fieldset class="choices">
                <legend>"New opportunities follow"</legend>
                <label class="choice">
                    <input type="radio" name="for-new" prop:checked=move || for_new.get().is_none() on:change=move |_| choose(None)/>
                    {built_in.name.clone()}
                </label>
                <For each=move || own.get() key=|p| (p.id.clone(), p.name.clone()) let(playbook)>
                    <label class="choice">
                        <input type="radio" name="for-new"
                            prop:checked={
                                let id = playbook.id.clone();
                                move || for_new.get().as_ref() == Some(&id)
                            }
                            on:change={
                                let id = playbook.id.clone();
                                move |_| choose(Some(id.clone()))
                            }/>
                        {playbook.name.clone()}
                    </label>
                </For>
            </fieldset>
            <p class="field__hint">"Opportunities you already have keep the playbook they started with."</p>
        </section>
        <section class="card">
            <h2>"From a coach"</h2>
            <p>
                "When a career coach sends you a Candor link, open it on this device. You will see \
                 the whole playbook first; nothing is kept unless you choose to."
            </p>
            <a class="button button--quiet" href=Route::Open.to_fragment()>"Paste a link from your coach"</a>
        </section>
        <section class="card">
            <h2>"For coaches"</h2>
            <p>
                "Your candidates can send you snapshots of their opportunities. Keep them on your \
                 coach board to see every candidate's next step in one place, most urgent first."
            </p>
            <a class="button button--quiet" href=Route::Board.to_fragment()>"Open your coach board"</a>
        </section>
    }
}
