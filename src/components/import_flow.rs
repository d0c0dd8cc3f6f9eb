//! Bringing a backup or a transfer in. A locked one asks for its passphrase first (a wrong
//! one is asked again; a damaged file says so), then what it holds is previewed record by
//! record, and only the candidate's choice changes anything: merge, or replace everything
//! after offering a backup. A transfer from another device merges three ways against what
//! the two devices last had in common (`domain::transfer`); a backup, by the newer record.

use crate::browser::{self, local_time};
use crate::components::passphrase::PassphraseField;
use crate::components::save_file::SaveProblem;
use crate::crypto;
use crate::domain::id::Id;
use crate::domain::locked_file::{FileError, Locked, Opened, Purpose};
use crate::domain::model::Model;
use crate::domain::persist;
use crate::domain::sync::{exported_at, merge_import, preview_import, ImportPreview};
use crate::domain::time_text::plural;
use crate::domain::transfer::{merge_transfer, preview_transfer, received_in, Common, Received};
use crate::runtime::files::{offer_backup, SaveOutcome};
use crate::runtime::state::AppState;
use crate::storage;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What is being brought in: a chosen file's name (empty for a link) and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    pub name: String,
    pub opened: Opened,
}

/// A transfer's device, and the versions this device and it last had in common.
#[derive(Clone, Debug, PartialEq, Eq)]
struct FromDevice {
    device: Id,
    common: Common,
}

/// What the file holds, read and previewed.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Read {
    name: String,
    model: Model,
    preview: ImportPreview,
    made: Option<DateTime<Utc>>,
    /// `Some` for a transfer from another device.
    from: Option<FromDevice>,
}

/// Where bringing it in stands.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Stage {
    Locked { name: String, locked: Locked },
    Preview(Read),
    ConfirmReplace(Read),
    Done(String),
    Refused(String),
}

/// Reads a backup's or transfer's text and previews it against what is here.
fn read_text(state: AppState, name: String, text: &str, transfer_from: Option<Id>) -> Stage {
    let model = match persist::decode(text) {
        Ok(model) => model,
        Err(error) => {
            return Stage::Refused(format!(
                "This file cannot be imported: {error}. Nothing was changed."
            ))
        }
    };
    let from = transfer_from.map(|device| FromDevice {
        common: Common::between(
            &storage::device_id(),
            &Received::read(storage::received().as_deref()),
            &device,
            &received_in(text),
        ),
        device,
    });
    let preview = state.model.with_untracked(|local| match &from {
        Some(from) => preview_transfer(local, &model, &from.common),
        None => preview_import(local, &model),
    });
    Stage::Preview(Read {
        name,
        made: exported_at(text),
        model,
        preview,
        from,
    })
}

fn first_stage(state: AppState, incoming: Incoming) -> Stage {
    match incoming.opened {
        Opened::Plain(text) => read_text(state, incoming.name, &text, None),
        Opened::Locked(locked) => Stage::Locked {
            name: incoming.name,
            locked,
        },
    }
}

/// The whole flow for one file or transfer link.
#[component]
pub fn ImportFlow(
    state: AppState,
    /// What was chosen or opened.
    incoming: Incoming,
) -> impl IntoView {
    let stage = RwSignal::new(first_stage(state, incoming));
    move || match stage.get() {
        Stage::Locked { name, locked } => view! { <Unlock state name locked stage/> }.into_any(),
        Stage::Preview(read) => view! { <PreviewOfImport state read stage/> }.into_any(),
        Stage::ConfirmReplace(read) => view! { <ConfirmReplace state read stage/> }.into_any(),
        Stage::Done(what) => view! { <p class="notice" role="status">{what}</p> }.into_any(),
        Stage::Refused(why) => view! { <p class="form-error" role="alert">{why}</p> }.into_any(),
    }
}

/// Asks for a locked file's passphrase, and opens it.
#[component]
fn Unlock(state: AppState, name: String, locked: Locked, stage: RwSignal<Stage>) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let opening = RwSignal::new(false);
    let what = match locked.header.purpose {
        Purpose::Backup => "a backup",
        Purpose::Transfer => "a transfer from your other device",
    };
    let made = local_time(locked.header.made_at);
    let heading = match name.as_str() {
        "" => "This transfer is locked".to_owned(),
        name => format!("“{name}” is locked"),
    };
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if opening.get_untracked() {
            return;
        }
        opening.set(true);
        problem.set(None);
        let (name, locked) = (name.clone(), locked.clone());
        spawn_local(async move {
            let typed = passphrase.get_untracked();
            let opened = crypto::open_locked(&typed, &locked).await;
            opening.set(false);
            match opened {
                Ok(text) => {
                    let from = match locked.header.purpose {
                        Purpose::Transfer => locked.header.device.clone(),
                        Purpose::Backup => None,
                    };
                    stage.set(read_text(state, name, &text, from));
                }
                Err(FileError::WrongPassphrase) => {
                    problem.set(Some(FileError::WrongPassphrase.to_string()));
                    browser::focus("open-passphrase");
                }
                Err(error) => stage.set(Stage::Refused(format!("{error} Nothing was changed."))),
            }
        });
    };
    view! {
        <form class="import-preview" on:submit=open>
            <h3>{heading}</h3>
            <p>{format!("It is {what}, made {made}. Type the passphrase it was locked with.")}</p>
            <PassphraseField id="open-passphrase" value=passphrase problem autocomplete="current-password"/>
            <button type="submit" class="button" prop:disabled=move || opening.get()>
                {move || if opening.get() { "Opening…" } else { "Open" }}
            </button>
        </form>
    }
}

fn names(list: &[String]) -> String {
    const SHOWN: usize = 20;
    let mut text = list
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if list.len() > SHOWN {
        text.push_str(&format!(" and {} more", list.len() - SHOWN));
    }
    text
}

/// Merges what was read into the candidate's data, and says what happened.
fn merge(state: AppState, read: &Read) -> String {
    let merged = state.model.with_untracked(|local| match &read.from {
        Some(from) => merge_transfer(local, &read.model, &from.common),
        None => merge_import(local, &read.model),
    });
    let kept_twice = merged.conflicts.len();
    state.saving.replace_all(merged.model);
    if let Some(from) = &read.from {
        let mut received = Received::read(storage::received().as_deref());
        received.took(&from.device, &read.model);
        storage::record_received(&received.write());
    }
    let mut said = if read.from.is_some() {
        "Merged with your other device's data.".to_owned()
    } else {
        "Imported.".to_owned()
    };
    if kept_twice > 0 {
        said.push_str(&format!(
            " {} kept in two versions.",
            plural(kept_twice, "record is", "records are")
        ));
    }
    said
}

/// What importing would do, record by record, with the choices.
#[component]
fn PreviewOfImport(state: AppState, read: Read, stage: RwSignal<Stage>) -> impl IntoView {
    let line = |label: &'static str, list: &[String]| {
        (!list.is_empty()).then(|| {
            view! {
                <li><strong>{format!("{label} ({}): ", list.len())}</strong>{names(list)}</li>
            }
        })
    };
    let preview = &read.preview;
    let (heading, made) = match &read.from {
        Some(_) => ("From your other device", "Transfer made"),
        None => ("In", "Backup made"),
    };
    let conflicts_label = if read.from.is_some() {
        "Changed on both devices: both versions kept"
    } else {
        "Changed here since the file was made: both versions kept"
    };
    let for_merge = read.clone();
    let for_replace = read.clone();
    view! {
        <div class="import-preview" role="status">
            <h3>{if read.name.is_empty() { heading.to_owned() } else { format!("{heading}: “{}”", read.name) }}</h3>
            <p class="meta">{read.made.map(|at| format!("{made} {}. ", local_time(at))).unwrap_or_default()}
                {format!("{} in the file.", plural(read.model.opportunities.len(), "opportunity", "opportunities"))}</p>
            {if preview.is_empty() {
                view! { <p>"Everything in this file is already here: importing it would change nothing."</p> }.into_any()
            } else {
                view! {
                    <ul class="contains">
                        {line("New", &preview.new)}
                        {line("Newer in the file, would be updated", &preview.updated)}
                        {line(conflicts_label, &preview.conflicts)}
                        {line("New playbooks", &preview.new_playbooks)}
                        {(preview.unchanged > 0).then(|| view! { <li>{format!("{} already the same here", plural(preview.unchanged, "opportunity is", "opportunities are"))}</li> })}
                        {(preview.board_cards > 0).then(|| view! { <li>{format!("{} for your coach board, new or newer", plural(preview.board_cards, "snapshot", "snapshots"))}</li> })}
                    </ul>
                }.into_any()
            }}
            <div class="button-grid">
                <button type="button" class="button" on:click=move |_| stage.set(Stage::Done(merge(state, &for_merge)))>"Merge into my data"</button>
                <button type="button" class="button button--quiet" on:click=move |_| stage.set(Stage::ConfirmReplace(for_replace.clone()))>"Replace my data…"</button>
                <button type="button" class="button button--quiet" on:click=move |_| stage.set(Stage::Done("Nothing was changed.".to_owned()))>"Cancel"</button>
            </div>
        </div>
    }
}

/// Replacing everything, after offering a backup of what is here.
#[component]
fn ConfirmReplace(state: AppState, read: Read, stage: RwSignal<Stage>) -> impl IntoView {
    let here = state.model.with_untracked(|m| m.opportunities.len());
    let backup: SaveOutcome = RwSignal::new(None);
    let total = read.model.opportunities.len();
    let replace = move |_| {
        state.saving.replace_all(read.model.clone());
        stage.set(Stage::Done(format!(
            "Your data was replaced by the file's {}.",
            plural(total, "opportunity", "opportunities")
        )));
    };
    view! {
        <div class="import-preview" role="status">
            <h3>"Replace everything?"</h3>
            <p>{format!(
                "Your {} in this browser would be replaced by the {} in “{}”. Save a backup of your current data first, to be able to go back.",
                plural(here, "opportunity", "opportunities"),
                plural(total, "opportunity", "opportunities"),
                read.name,
            )}</p>
            <div class="button-grid">
                <button type="button" class="button" on:click=move |_| offer_backup(state, backup, || ())>"Save a backup first"</button>
                <button type="button" class="button button--quiet button--danger" on:click=replace>"Replace everything"</button>
                <button type="button" class="button button--quiet" on:click=move |_| stage.set(Stage::Done("Nothing was changed.".to_owned()))>"Cancel"</button>
            </div>
            <SaveProblem outcome=backup/>
        </div>
    }
}
