//! When the candidate's changes reach storage: typing once the candidate pauses, a tap a
//! moment after it, and everything at once when the page is hidden or closed; taking in what
//! other tabs save; replacing or clearing everything; backups and the spreadsheet export. The
//! merging and writing itself is the engine's (`tab_sync`); this is the shell's side.

use crate::browser;
use crate::domain::model::Model;
use crate::state::{AppState, SaveState};
use crate::storage;
use crate::tab_sync::Synced;
use leptos::prelude::*;
use std::time::Duration;

/// Typing is written once the candidate has paused this long, so that writing the document,
/// whose cost grows with its size, never lands between two keystrokes. A hidden or closing
/// page writes at once.
const SAVE_WHEN_QUIET: Duration = Duration::from_millis(1000);

/// Any other change (a tap, a choice) is written this soon, so other tabs see it at once.
const SAVE_AFTER_TAP: Duration = Duration::from_millis(300);

/// Changes made without a pause are still written this long after the first of them.
const SAVE_AT_MOST_AFTER: Duration = Duration::from_secs(5);

impl AppState {
    /// Takes in what other tabs save, so that every open tab shows the same data and no tab's
    /// work is lost (`merge_tabs`). If another tab saves something this build cannot read (a
    /// newer version, after an update there), this tab stops writing so that it never
    /// overwrites it, and says so.
    pub fn follow_other_tabs(self) {
        let listener = storage::watch_other_tabs(move |old, new| match self.ready_writer() {
            Some(writer) => (writer.take_in)(self, new, Some(old)),
            // Read what was stored first; then this save is merged in like any other.
            None => leptos::task::spawn_local(async move {
                if let Ok(writer) = self.writable().await {
                    (writer.take_in)(self, new, Some(old));
                }
            }),
        });
        on_cleanup(move || listener.remove());
    }

    /// Writes pending changes now: first takes in anything another tab saved meanwhile,
    /// then writes the whole document if it differs from what is stored.
    pub fn flush(self) {
        if let Some((handle, _)) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        // Without the writer nothing was changed yet, so there is nothing to write.
        if let Some(writer) = self.ready_writer() {
            (writer.flush)(self);
        }
    }

    /// Writes changes to storage once the candidate pauses typing (`SAVE_WHEN_QUIET`), a
    /// moment after a tap (`SAVE_AFTER_TAP`), or a few seconds after the first unsaved change
    /// while they keep going, and at once when the page is hidden or closed, so that closing
    /// the tab right after typing loses nothing.
    pub fn save_changes(self) {
        Effect::new(move |previous: Option<()>| {
            self.model.track();
            // The first run sees the model just loaded: there is nothing new to write.
            if previous.is_none() {
                return;
            }
            let now = js_sys::Date::now();
            let waited = self
                .pending
                .with_value(|p| p.as_ref().map(|(_, first)| now - *first));
            if waited.is_some_and(|ms| ms >= SAVE_AT_MOST_AFTER.as_millis() as f64) {
                // Changes have gone on long enough: the write already scheduled goes ahead.
                return;
            }
            let first = match self.pending.try_update_value(Option::take).flatten() {
                Some((handle, first)) => {
                    handle.clear();
                    first
                }
                None => now,
            };
            let wait = if self.typing.get_value() {
                SAVE_WHEN_QUIET
            } else {
                SAVE_AFTER_TAP
            };
            if let Ok(handle) = set_timeout_with_handle(move || self.flush(), wait) {
                self.pending.set_value(Some((handle, first)));
            }
        });
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                self.flush();
            }
        });
        let closing = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        on_cleanup(move || {
            hidden.remove();
            closing.remove();
        });
    }

    /// Replaces everything with `model` (an imported backup), and writes it at once.
    pub fn replace_all(self, model: Model) {
        self.model.set(model);
        self.flush();
    }

    /// Removes everything from this browser, after the candidate confirmed it. Other tabs
    /// follow (what they changed since is kept there).
    pub fn clear_all(self) -> Result<(), String> {
        if !self.save_state.with_untracked(SaveState::may_write) {
            return Err("storage cannot be written here right now".to_owned());
        }
        storage::clear().map_err(|error| error.to_string())?;
        if let Some((handle, _)) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        self.synced
            .set_value(Synced::new(None, Model::default(), None));
        self.model.set(Model::default());
        self.conflicts.set(Vec::new());
        self.stored_size.set(0);
        Ok(())
    }
}

/// Offers a backup of everything in this tab, named with today's date.
pub async fn download_backup(state: AppState) -> Result<(), String> {
    let writer = state
        .writable()
        .await
        .map_err(|_| "Candor could not load the part that writes backups".to_owned())?;
    let now = browser::now();
    let text = state
        .model
        .with_untracked(|m| (writer.backup)(m, now, &app_version()));
    let day = crate::domain::zone::Zone::local(&browser::BrowserZone, now).date();
    let name = crate::domain::sync::export_file_name("backup", day, "json");
    browser::download_text(&name, "application/json", &text)
}

/// Offers the opportunities as a spreadsheet (CSV), named with today's date.
pub fn download_spreadsheet(state: AppState) -> Result<(), String> {
    use crate::browser::BrowserZone;
    use crate::domain::zone::Zone;
    let now = browser::now();
    let text = state
        .model
        .with_untracked(|m| crate::domain::export::opportunities_csv(m, now, &BrowserZone));
    let day = BrowserZone.local(now).date();
    let name = crate::domain::sync::export_file_name("opportunities", day, "csv");
    browser::download_text(&name, "text/csv;charset=utf-8", &text)
}

/// Starts a backup download; if it does not start, `error` says why.
pub fn offer_backup(state: AppState, error: RwSignal<Option<String>>) {
    leptos::task::spawn_local(async move { error.set(download_backup(state).await.err()) });
}

/// This build's version, with the label it was built with, if any (`CANDOR_BUILD_LABEL`).
pub fn app_version() -> String {
    let version = env!("CARGO_PKG_VERSION");
    match option_env!("CANDOR_BUILD_LABEL") {
        Some(label) if !label.is_empty() => format!("{version} ({label})"),
        _ => version.to_owned(),
    }
}
