//! Sharing one of the candidate's playbooks as a link. The playbook travels inside the
//! link's fragment, which browsers never send to a server.

use crate::components::share_link::LockableShareLink;
use crate::domain::playbook::PlaybookId;
use crate::domain::route::Route;
use crate::domain::share::encode_playbook;
use crate::pages::frames::CoachNoteView;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The share screen of a playbook.
#[component]
pub fn SharePlaybookPage(id: PlaybookId) -> impl IntoView {
    let state = use_app_state();
    let playbook = state.model.with_untracked(|m| m.own_playbook(&id).cloned());
    let back = view! {
        <p class="breadcrumb"><a href=Route::EditPlaybook(id.clone()).to_fragment()>"← Back to the playbook"</a></p>
    };
    let Some(playbook) = playbook else {
        return view! {
            {back}
            <h1 tabindex="-1">"Playbook not found"</h1>
            <section class="card">
                <p>"Only your own playbooks can be shared, and this one is not in this browser."</p>
                <a class="button" href=Route::Playbook.to_fragment()>"See your playbooks"</a>
            </section>
        }
        .into_any();
    };
    let payload = encode_playbook(&playbook);
    let title = format!("Candor playbook: {}", playbook.name);
    view! {
        {back}
        <h1 tabindex="-1">{format!("Share “{}”", playbook.name)}</h1>
        <section class="card">
            <p>
                {format!("The link holds the whole playbook: its name, {} items with their whys and timing rules", playbook.items.len())}
                {if playbook.coach.is_empty() { "." } else { ", and your note as its coach." }}
                " Whoever opens it sees everything first and decides whether to keep it. Nothing \
                 is uploaded: the playbook is inside the link itself."
            </p>
            <CoachNoteView playbook/>
            <LockableShareLink payload route=Route::Import title/>
        </section>
    }
    .into_any()
}
