//! Every file of the candidate's data that Candor makes: a backup (plain, or locked with a
//! passphrase), the spreadsheet, and a transfer to another device. Each goes out through
//! `save` (`browser::save_file`: the share sheet where downloads do not work), and a backup or
//! transfer made is remembered as the last copy (`domain::copies`), on this device.

use super::state::AppState;
use crate::browser::{self, BrowserZone, FileToSave, Saved, Unsaved};
use crate::domain::lock::SALT_LEN;
use crate::domain::locked_file::{write_file, write_link, Header, Purpose};
use crate::domain::sync::export_file_name;
use crate::domain::transfer::{transfer_json, Received};
use crate::domain::zone::Zone;
use crate::storage::{self, CopyKind};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A file that did not leave, and what to do instead; or why it could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// Made, but not saved: share it with a tap of its own, or copy its text.
    File(FileToSave, Unsaved),
    /// It could not be made, for this reason.
    NotMade(String),
}

/// Where the last file offered from one place stands: `None` while nothing needs saying
/// (`components::save_file::SaveProblem` shows it).
pub type SaveOutcome = RwSignal<Option<NotSaved>>;

/// Saves `file` and notes in `outcome` what to do if it did not leave; `then` runs once it
/// has (not when the share sheet was closed).
pub fn save(file: FileToSave, outcome: SaveOutcome, then: impl FnOnce() + 'static) {
    spawn_local(async move {
        match browser::save_file(&file).await {
            Ok(Saved::Downloaded | Saved::Shared) => {
                outcome.set(None);
                then();
            }
            Ok(Saved::Cancelled) => outcome.set(None),
            Err(problem) => outcome.set(Some(NotSaved::File(file, problem))),
        }
    });
}

/// Remembers that a copy of the search was made (`storage::last_copy`), and says so.
pub fn made_a_copy(state: AppState, kind: CopyKind, at: DateTime<Utc>) {
    storage::record_copy(kind, at);
    state.copied.notify();
}

/// A file's name for today: `candor-backup-2026-03-02.json`.
fn file_name(what: &str, now: DateTime<Utc>) -> String {
    export_file_name(what, BrowserZone.local(now).date(), "json")
}

/// The backup's text: everything in this tab, as of `now`.
async fn backup_text(state: AppState, now: DateTime<Utc>) -> Result<String, String> {
    let writer = state
        .writable()
        .await
        .map_err(|_| "Candor could not load the part that writes backups".to_owned())?;
    Ok(state
        .model
        .with_untracked(|m| (writer.backup)(m, now, &app_version())))
}

/// Saves a plain backup of everything in this tab, named with today's date, and remembers
/// it as the last copy; if it did not leave, `outcome` says what to do. `then` runs once it
/// has.
pub fn offer_backup(state: AppState, outcome: SaveOutcome, then: impl FnOnce() + 'static) {
    spawn_local(async move {
        let now = browser::now();
        match backup_text(state, now).await {
            Ok(text) => {
                let file = FileToSave {
                    name: file_name("backup", now),
                    mime: "application/json",
                    text,
                };
                save(file, outcome, move || {
                    made_a_copy(state, CopyKind::Backup, now);
                    then();
                });
            }
            Err(why) => outcome.set(Some(NotSaved::NotMade(why))),
        }
    });
}

/// The opportunities as a spreadsheet (CSV), named with today's date.
pub fn spreadsheet(state: AppState) -> FileToSave {
    let now = browser::now();
    let text = state
        .model
        .with_untracked(|m| crate::domain::export::opportunities_csv(m, now, &BrowserZone));
    FileToSave {
        name: export_file_name("opportunities", BrowserZone.local(now).date(), "csv"),
        mime: "text/csv;charset=utf-8",
        text,
    }
}

/// A backup of everything in this tab, locked with `passphrase` (`domain::locked_file`).
pub async fn locked_backup(state: AppState, passphrase: &str) -> Result<FileToSave, String> {
    let now = browser::now();
    let text = backup_text(state, now).await?;
    let header = Header::new(Purpose::Backup, now, None, fresh_salt()?);
    let locked = crate::crypto::lock_backup(passphrase, &text, header).await?;
    Ok(FileToSave {
        name: file_name("backup-locked", now),
        mime: "application/json",
        text: write_file(&locked),
    })
}

/// A transfer to the candidate's other device, locked with `passphrase`: the file, and the
/// link when it is small enough for one. Remembered as the last copy once made.
pub async fn transfer(
    state: AppState,
    passphrase: &str,
) -> Result<(FileToSave, Option<String>), String> {
    state
        .writable()
        .await
        .map_err(|_| "Candor could not load the part that writes transfers".to_owned())?;
    let now = browser::now();
    let received = Received::read(storage::received().as_deref());
    let text = state
        .model
        .with_untracked(|m| transfer_json(m, now, &app_version(), &received));
    let header = Header::new(
        Purpose::Transfer,
        now,
        Some(storage::device_id()),
        fresh_salt()?,
    );
    let locked = crate::crypto::lock_backup(passphrase, &text, header).await?;
    made_a_copy(state, CopyKind::Transfer, now);
    let file = FileToSave {
        name: file_name("transfer", now),
        mime: "application/json",
        text: write_file(&locked),
    };
    Ok((file, write_link(&locked)))
}

fn fresh_salt() -> Result<[u8; SALT_LEN], String> {
    let mut salt = [0u8; SALT_LEN];
    browser::random_bytes(&mut salt)?;
    Ok(salt)
}

/// A recruiter's contact card (`domain::vcard`) named `name`.
pub fn contact_card(name: &str, text: String) -> FileToSave {
    FileToSave {
        name: name.to_owned(),
        mime: "text/vcard",
        text,
    }
}

/// A calendar file (RFC 5545) named `name`.
pub fn calendar_file(name: &str, text: String) -> FileToSave {
    FileToSave {
        name: name.to_owned(),
        mime: "text/calendar",
        text,
    }
}

/// This build's version, with the label it was built with, if any (`CANDOR_BUILD_LABEL`).
pub fn app_version() -> String {
    let version = env!("CARGO_PKG_VERSION");
    match option_env!("CANDOR_BUILD_LABEL") {
        Some(label) if !label.is_empty() => format!("{version} ({label})"),
        _ => version.to_owned(),
    }
}
