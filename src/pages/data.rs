//! Data: where the candidate's data lives and how it is doing. Backups and imports come
//! later; the screen says so.

use crate::browser;
use crate::domain::{persist, time_text};
use crate::state::{use_app_state, SaveState};
use leptos::prelude::*;

/// This build's version, with the label it was built with, if any (`CANDOR_BUILD_LABEL`).
pub fn app_version() -> String {
    let version = env!("CARGO_PKG_VERSION");
    match option_env!("CANDOR_BUILD_LABEL") {
        Some(label) if !label.is_empty() => format!("{version} ({label})"),
        _ => version.to_owned(),
    }
}

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

    let persistent = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(
        async move { persistent.set(browser::is_storage_persistent().await) },
    );
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            persistent.set(browser::request_persistent_storage().await);
        });
    };

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
                <dt>"Version"</dt>
                <dd data-testid="app-version">{app_version()}</dd>
                <dt>"Your data"</dt>
                <dd>{move || time_text::byte_size(stored_size.get())}</dd>
            </dl>
            <h3>"Kept safe from clean-up?"</h3>
            <p data-testid="persistence">
                {move || match persistent.get() {
                    Some(true) => "Yes: this browser has agreed to keep Candor's data when it needs space.",
                    Some(false) => "Not yet: this browser may clear Candor's data if it runs short of space.",
                    None => "This browser does not say whether it keeps Candor's data.",
                }}
            </p>
            <p class="field__hint">
                "Browsers can clear a website's data to free space, and Safari clears the data of                  sites not opened for 7 days unless they are added to the Home Screen. Installing                  Candor (Add to Home Screen) and allowing it to keep its data protect it; a                  downloaded copy is the surest backup."
            </p>
            {move || (persistent.get() == Some(false)).then(|| view! {
                <p><button type="button" class="button button--quiet" on:click=ask>"Ask the browser to keep it"</button></p>
            })}
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
