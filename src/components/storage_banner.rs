//! The message shown whenever the candidate's changes are not reaching storage, with a way
//! to take a copy of the data away; and, while they still are, a warning once storage is
//! nearly full, with what to do.

use crate::browser::FileToSave;
use crate::components::save_file::{offer_backup_soon, save_soon, SaveProblemSoon};
use crate::domain::route::Route;
use crate::domain::space::nearly_full;
use crate::runtime::files::SaveOutcome;
use crate::runtime::saving::SaveState;
use crate::runtime::saving::{reader, writer};
use crate::runtime::state::{use_app_state, AppState};
use crate::storage::SaveError;
use leptos::prelude::*;

/// A banner that appears while saving does not work, saying why and what to do.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = use_app_state();
    let download_error: SaveOutcome = RwSignal::new(None);
    let download_tab_copy = move |_| offer_backup_soon(state, download_error);
    let download_unreadable = move |_| {
        let unreadable = state
            .save_state
            .with_untracked(|save_state| match save_state {
                SaveState::ProtectingUnreadable { raw, .. } => Some(raw.clone()),
                _ => None,
            });
        if let Some(text) = unreadable {
            let file = FileToSave {
                name: "candor-unreadable-saved-data.txt".to_owned(),
                mime: "text/plain",
                text,
            };
            save_soon(file, download_error);
        }
    };

    move || {
        // A problem is an alert; storage nearly full, while saving still works, a status.
        let mut alert = true;
        let (title, body, unreadable, make_room) = match state.save_state.get() {
            SaveState::Saved if nearly_full(state.stored_size.get()) => {
                alert = false;
                (
                    "Storage is nearly full",
                    format!(
                        "Candor's data takes {}, close to what this browser allows a site. \
                         Before it fills up, download a copy, then make room on the Data screen: \
                         delete the closed opportunities you no longer need (archiving hides \
                         them but keeps them).",
                        reader()
                            .map(|r| (r.describe_space)(state.stored_size.get()))
                            .unwrap_or_default()
                    ),
                    false,
                    true,
                )
            }
            SaveState::Saved => return None,
            SaveState::ProtectingUnreadable { reason, .. } => (
                "Your saved data could not be read",
                format!(
                    "Candor could not read what it saved before: {reason}. It has been left \
                     exactly as it was and nothing will be written over it. Download it to keep \
                     a copy. Changes you make now stay in this tab only."
                ),
                true,
                false,
            ),
            SaveState::Unavailable(why) => (
                "Changes are not being saved",
                format!(
                    "This browser is not letting Candor store anything ({why}). This happens \
                     in some private windows or when site data is blocked. What you enter stays \
                     in this tab only and is gone when you close it."
                ),
                false,
                false,
            ),
            SaveState::Failed(SaveError::Full) => (
                "Your last change was not saved: storage is full",
                format!(
                    "This browser's storage for Candor is full. Your changes are kept in this \
                     tab, and nothing saved before is lost. Download a copy now, then make room \
                     on the Data screen by deleting closed opportunities you no longer need. \
                     The largest: {}.",
                    largest_named(state)
                ),
                false,
                true,
            ),
            SaveState::Failed(error) => (
                "Your last change was not saved",
                format!(
                    "Saving failed: {error}. Your changes are kept in this tab and Candor tries \
                     again with your next change. Download a copy to be safe."
                ),
                false,
                false,
            ),
        };
        Some(view! {
            <section
                class="banner banner--warning"
                role=if alert { "alert" } else { "status" }
                aria-labelledby="storage-banner-title"
            >
                <h2 id="storage-banner-title" class="banner__title">{title}</h2>
                <p>{body}</p>
                <div class="banner__actions">
                    {unreadable.then(|| view! {
                        <button type="button" class="button" on:click=download_unreadable>
                            "Download the unreadable data"
                        </button>
                    })}
                    <button type="button" class="button button--quiet" on:click=download_tab_copy>
                        "Download what is in this tab"
                    </button>
                    {make_room.then(|| view! {
                        <a class="button button--quiet" href=Route::Data.to_fragment()>"Make room"</a>
                    })}
                </div>
                <SaveProblemSoon outcome=download_error in_banner=true/>
            </section>
        })
    }
}

/// The three records that take the most room, named with their size.
fn largest_named(state: AppState) -> String {
    match writer() {
        Some(writer) => state.model.with_untracked(writer.largest_named),
        None => String::new(),
    }
}

/// Says which records were edited in this tab and another at the same time, and that both
/// versions were kept.
#[component]
pub fn ConflictNotice() -> impl IntoView {
    let state = use_app_state();
    move || {
        let conflicts = state.conflicts.get();
        (!conflicts.is_empty()).then(|| view! {
            <section class="banner banner--info" role="status" aria-labelledby="conflict-title">
                <h2 id="conflict-title" class="banner__title">"Changed in two tabs at once"</h2>
                <p>
                    "These were edited in another tab at the same time as here. Nothing was lost: \
                     the later change is kept, and the other version is kept beside it as \
                     \u{201c}(other version)\u{201d}. Compare them and archive the one you don't need."
                </p>
                <ul>
                    {conflicts.into_iter().map(|c| view! {
                        <li>
                            <a href=Route::Opportunity(c.kept.clone()).to_fragment()>{c.title.clone()}</a>
                            " · "
                            <a href=Route::Opportunity(c.copy.clone()).to_fragment()>"the other version"</a>
                        </li>
                    }).collect_view()}
                </ul>
                <div class="banner__actions">
                    <button type="button" class="button button--quiet" on:click=move |_| state.conflicts.set(Vec::new())>"Got it"</button>
                </div>
            </section>
        })
    }
}
