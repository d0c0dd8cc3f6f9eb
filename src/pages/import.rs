//! A playbook link opened: first a preview of everything in it, then an import only if the
//! candidate confirms. Opening the link changes nothing; whatever the candidate decides, the
//! link is then taken out of the address bar.

use crate::components::choice::Choice;
use crate::components::in_safari::InSafariTab;
use crate::domain::model::ImportKind;
use crate::domain::msg::Msg;
use crate::domain::route::Route;
use crate::domain::share::decode_playbook;
use crate::pages::frames::LinkRefused;
use crate::pages::frames::{CoachNoteView, PlaybookItems};
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The preview of a playbook link.
#[component]
pub fn ImportPage(link: String) -> impl IntoView {
    let state = use_app_state();
    let playbook = match decode_playbook(&link) {
        Ok(playbook) => playbook,
        Err(error) => return view! { <LinkRefused error/> }.into_any(),
    };
    let kind = state.model.with_untracked(|m| m.import_kind(&playbook));
    let use_for_new = RwSignal::new(kind == ImportKind::New);
    let id = playbook.id.clone();
    let dismiss = move |_| state.replace_route(Route::Playbook);
    let import = {
        let (playbook, id) = (playbook.clone(), id.clone());
        move |_| {
            if state
                .dispatch(Msg::ImportPlaybook(playbook.clone()))
                .is_ok()
            {
                if use_for_new.get_untracked() {
                    state.apply(Msg::UseForNew(Some(id.clone())));
                }
                state.replace_route(Route::EditPlaybook(id.clone()));
            }
        }
    };
    let open_mine = {
        let id = id.clone();
        move |_| state.replace_route(Route::EditPlaybook(id.clone()))
    };
    let (intro, confirm_label) = match kind {
        ImportKind::New => (
            "Someone shared this playbook with you. Read it through; it is kept in this browser \
             only if you choose to.",
            "Keep this playbook",
        ),
        ImportKind::Update => (
            "You already have a version of this playbook. Keeping this one replaces it, \
             including any changes you made to your copy.",
            "Replace my copy",
        ),
        ImportKind::AlreadyHave => ("You already have this playbook, exactly as it is here.", ""),
    };
    let count = playbook.items.len();
    view! {
        <p class="breadcrumb">"Shared with you"</p>
        <h1 tabindex="-1">{format!("Playbook: {}", playbook.name)}</h1>
        <InSafariTab route=Route::Import(link.clone())/>
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">{if kind == ImportKind::AlreadyHave { "Already yours" } else { "Keep it?" }}</h2>
            <p>{intro}</p>
            <p class="meta">{format!("{count} items over the four moments.")}</p>
            <CoachNoteView playbook=playbook.clone()/>
            {(kind != ImportKind::AlreadyHave).then(|| view! {
                <Choice checked=use_for_new label="Use it for new opportunities"/>
            })}
            <div class="button-grid">
                {if kind == ImportKind::AlreadyHave {
                    view! { <button type="button" class="button" on:click=open_mine>"Open my copy"</button> }.into_any()
                } else {
                    view! { <button type="button" class="button" on:click=import>{confirm_label}</button> }.into_any()
                }}
                <button type="button" class="button button--quiet" on:click=dismiss>"Not now"</button>
            </div>
        </section>
        <PlaybookItems playbook/>
    }
    .into_any()
}
