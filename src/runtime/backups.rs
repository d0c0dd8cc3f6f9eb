//! Files of the candidate's data: a backup of everything in this tab, and the opportunities
//! as a spreadsheet, named with today's date.

use super::state::AppState;
use crate::browser;
use leptos::prelude::*;

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
