//! Data: where the candidate's data lives and how it is doing. Backups and imports come
//! later; the screen says so.

use crate::domain::{persist, time_text};
use crate::state::{use_app_state, SaveState};
use leptos::prelude::*;

/// The Data screen.
#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_app_state();
    let stored_size = Memo::new(move |_| state.model.with(|m| persist::encode(m).len()));
    let status = move || {
        match state.save_state.get() {
        SaveState::Saved => "Saved in this browser. Every change is saved as you make it.",
        SaveState::ProtectingUnreadable { .. } => {
            "Not saving: the data saved earlier could not be read and is being protected. See the message above."
        }
        SaveState::Unavailable(_) => "Not saving: this browser does not allow storage here.",
        SaveState::Failed(_) => "The last save failed. See the message above.",
    }
    };
    let download_error = RwSignal::new(None::<String>);
    let download = move |_| download_error.set(state.download_copy().err());

    view! {
        <h1 tabindex="-1">"Data"</h1>
        <section class="card">
            <h2>"Where your data lives"</h2>
            <p>
                "Everything you enter stays on this device, in this browser's storage. Candor has \
                 no server and no account; nothing is sent anywhere."
            </p>
            <dl class="facts">
                <dt>"Status"</dt>
                <dd data-testid="save-status">{status}</dd>
                <dt>"Your data"</dt>
                <dd>{move || time_text::byte_size(stored_size.get())}</dd>
            </dl>
            <button type="button" class="button button--quiet" on:click=download>
                "Download a copy (JSON)"
            </button>
            {move || download_error.get().map(|why| view! {
                <p class="form-error">"The download did not start: " {why}</p>
            })}
        </section>
        <section class="card coming">
            <h2>"Coming next"</h2>
            <p>
                "A full backup file and a spreadsheet export, importing a backup with a preview \
                 before anything changes, and clearing everything with a confirmation."
            </p>
        </section>
    }
}
