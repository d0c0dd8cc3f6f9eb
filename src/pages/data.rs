//! Data: where the candidate's data lives and how it is doing (space used, last save,
//! persistence), making room when storage is nearly full, backups and a spreadsheet export
//! (made by `runtime/backups.rs`), importing a backup with a preview, and clearing everything with a
//! typed confirmation.

use crate::browser::{self, local_time};
use crate::components::download_problem::DownloadProblem;
use crate::domain::model::Model;
use crate::domain::msg::Msg;
use crate::domain::persist;
use crate::domain::route::Route;
use crate::domain::space::{self, largest, nearly_full};
use crate::domain::sync::{exported_at, merge_import, preview_import, ImportPreview};
use crate::domain::time_text::{byte_size, plural};
use crate::runtime::backups::{app_version, download_spreadsheet, offer_backup};
use crate::runtime::saving::SaveState;
use crate::runtime::state::{use_app_state, AppState};
use crate::storage::SaveError;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The Data screen.
#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_app_state();
    view! {
        <h1 tabindex="-1">"Data"</h1>
        <StorageStatus state/>
        <MakeRoom state/>
        <ExportSection state/>
        <ImportSection state/>
        <ClearSection state/>
    }
}

#[component]
fn StorageStatus(state: AppState) -> impl IntoView {
    let status = move || {
        match state.save_state.get() {
        SaveState::Saved => "Saved in this browser. Changes are saved as you make them.",
        SaveState::ProtectingUnreadable { .. } => {
            "Not saving: the data saved earlier could not be read and is being protected. See the message above."
        }
        SaveState::Unavailable(_) => "Not saving: this browser does not allow storage here.",
        SaveState::Failed(_) => "The last save failed. See the message above.",
    }
    };
    let offline = browser::ready_offline();
    let persistent = RwSignal::new(None::<bool>);
    spawn_local(async move { persistent.set(browser::is_storage_persistent().await) });
    let ask = move |_| {
        spawn_local(async move {
            persistent.set(browser::request_persistent_storage().await);
        });
    };
    view! {
        <section class="card" aria-labelledby="where-title">
            <h2 id="where-title">"Where your data lives"</h2>
            <p>
                "Everything you enter stays on this device, in this browser's storage. Candor has \
                 no server and no account; nothing is sent anywhere."
            </p>
            <dl class="facts">
                <dt>"Status"</dt>
                <dd data-testid="save-status">{status}</dd>
                <dt>"Last saved"</dt>
                <dd data-testid="last-saved">{move || match state.last_saved.get() {
                    Some(at) => local_time(at),
                    None => "Nothing saved yet".to_owned(),
                }}</dd>
                <dt>"Space used"</dt>
                <dd data-testid="space-used">{move || space::describe(state.stored_size.get())}</dd>
                <dt>"Version"</dt>
                <dd data-testid="app-version">{app_version()}</dd>
                <dt>"Offline"</dt>
                <dd data-testid="offline-ready">{move || if offline.get() {
                    "Ready: every screen is kept on this device and works without a connection."
                } else if browser::can_work_offline() {
                    "Getting ready: the screens not opened yet are still being kept on this device."
                } else {
                    "Not in this browser: it does not let Candor keep itself for use without a connection."
                }}</dd>
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
                "Browsers can clear a website's data to free space, and Safari clears the data of \
                 sites not opened for 7 days unless they are added to the Home Screen. Installing \
                 Candor (Add to Home Screen) and allowing it to keep its data protect it; a \
                 backup file is the surest copy."
            </p>
            {move || (persistent.get() == Some(false)).then(|| view! {
                <p><button type="button" class="button button--quiet" on:click=ask>"Ask the browser to keep it"</button></p>
            })}
        </section>
    }
}

/// When storage is nearly full (or full): the records that take the most room, and a way to
/// delete the closed ones.
#[component]
fn MakeRoom(state: AppState) -> impl IntoView {
    let done = RwSignal::new(None::<String>);
    let needed = Memo::new(move |_| {
        nearly_full(state.stored_size.get())
            || state
                .save_state
                .with(|s| matches!(s, SaveState::Failed(SaveError::Full)))
    });
    let delete_closed = move |_| {
        let closed: Vec<_> = state.model.with_untracked(|m| {
            m.opportunities
                .iter()
                .filter(|o| o.status.is_closed())
                .map(|o| o.id.clone())
                .collect()
        });
        let n = closed.len();
        let question = format!(
            "Delete {} for good, with their whole history? Download a backup first if you may \
             want them again.",
            plural(n, "closed opportunity", "closed opportunities")
        );
        if n > 0 && browser::confirm(&question) {
            done.set(Some(match state.dispatch(Msg::Delete(closed)) {
                Ok(()) => format!(
                    "Deleted {}.",
                    plural(n, "closed opportunity", "closed opportunities")
                ),
                Err(why) => why.to_string(),
            }));
        }
    };
    move || {
        needed.get().then(|| {
            let rooms = state.model.with(|m| largest(m, 5));
            let closed = state.model.with(|m| m.opportunities.iter().filter(|o| o.status.is_closed()).count());
            view! {
                <section class="card" aria-labelledby="room-title">
                    <h2 id="room-title">"Make room"</h2>
                    <p>
                        "Storage is nearly full. Download a backup first (below), then delete what \
                         you no longer need: closed opportunities are the usual place to start. \
                         Archiving hides an opportunity but keeps it, so it frees no room."
                    </p>
                    <h3>"Taking the most room"</h3>
                    <ul class="room-list">
                        {rooms.into_iter().map(|room| view! {
                            <li>
                                <a href=Route::Opportunity(room.id).to_fragment()>{room.title}</a>
                                {format!(": {}{}", byte_size(room.size), if room.closed { ", closed" } else { "" })}
                            </li>
                        }).collect_view()}
                    </ul>
                    {(closed > 0).then(|| view! {
                        <button type="button" class="button button--danger" on:click=delete_closed>
                            {format!("Delete {}", plural(closed, "closed opportunity", "closed opportunities"))}
                        </button>
                    })}
                    <p class="form-status" role="status">{move || done.get()}</p>
                </section>
            }
        })
    }
}

#[component]
fn ExportSection(state: AppState) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">"Back up and export"</h2>
            <p>
                "A backup file holds everything, and can be imported here or on another device. \
                 The spreadsheet has one row per opportunity, for Excel, Numbers or LibreOffice."
            </p>
            <div class="button-grid">
                <button type="button" class="button" on:click=move |_| offer_backup(state, error)>
                    "Download a backup (JSON)"
                </button>
                <button type="button" class="button button--quiet" on:click=move |_| error.set(download_spreadsheet(state).err())>
                    "Download a spreadsheet (CSV)"
                </button>
            </div>
            <DownloadProblem error=error/>
        </section>
    }
}

/// Where an import stands.
#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Refused(String),
    Preview {
        file: String,
        model: Model,
        preview: ImportPreview,
        made: Option<DateTime<Utc>>,
    },
    ConfirmReplace {
        file: String,
        model: Model,
    },
    Done(String),
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

#[component]
fn ImportSection(state: AppState) -> impl IntoView {
    let stage = RwSignal::new(Import::Idle);
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let read = browser::read_chosen_file(&input).await;
            // Let the same file be chosen again later.
            input.set_value("");
            stage.set(match read {
                Err(why) => Import::Refused(format!("This file cannot be imported: {why}.")),
                Ok((file, text)) => match persist::decode(&text) {
                    Err(error) => Import::Refused(format!(
                        "This file cannot be imported: {error}. Nothing was changed."
                    )),
                    Ok(model) => Import::Preview {
                        file,
                        preview: state
                            .model
                            .with_untracked(|local| preview_import(local, &model)),
                        made: exported_at(&text),
                        model,
                    },
                },
            });
        });
    };
    let merge = Callback::new(move |model: Model| {
        let merged = state
            .model
            .with_untracked(|local| merge_import(local, &model));
        let kept_twice = merged.conflicts.len();
        state.saving.replace_all(merged.model);
        stage.set(Import::Done(format!(
            "Imported.{}",
            if kept_twice == 0 {
                String::new()
            } else {
                format!(
                    " {} kept in two versions.",
                    plural(kept_twice, "record is", "records are")
                )
            }
        )));
    });
    let replace = move |model: Model| {
        let total = model.opportunities.len();
        state.saving.replace_all(model);
        stage.set(Import::Done(format!(
            "Your data was replaced by the file's {}.",
            plural(total, "opportunity", "opportunities")
        )));
    };
    let backup_error = RwSignal::new(None::<String>);
    view! {
        <section class="card" aria-labelledby="import-file-title">
            <h2 id="import-file-title">"Import a backup"</h2>
            <p>"Choose a backup file made by Candor. You will see what it holds before anything changes."</p>
            <div class="field">
                <label for="import-file">"Backup file"</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=chosen/>
            </div>
            {move || match stage.get() {
                Import::Idle => ().into_any(),
                Import::Refused(why) => view! { <p class="form-error" role="alert">{why}</p> }.into_any(),
                Import::Done(what) => view! { <p class="notice" role="status">{what}</p> }.into_any(),
                Import::Preview { file, model, preview, made } => view! {
                    <PreviewOfImport file model preview made stage merge/>
                }.into_any(),
                Import::ConfirmReplace { file, model } => {
                    let here = state.model.with_untracked(|m| m.opportunities.len());
                    view! {
                        <div class="import-preview" role="status">
                            <h3>"Replace everything?"</h3>
                            <p>{format!(
                                "Your {} in this browser would be replaced by the {} in “{file}”. Download a backup of your current data first, to be able to go back.",
                                plural(here, "opportunity", "opportunities"),
                                plural(model.opportunities.len(), "opportunity", "opportunities"),
                            )}</p>
                            <div class="button-grid">
                                <button type="button" class="button" on:click=move |_| offer_backup(state, backup_error)>"Download a backup first"</button>
                                <button type="button" class="button button--quiet button--danger" on:click=move |_| replace(model.clone())>"Replace everything"</button>
                                <button type="button" class="button button--quiet" on:click=move |_| stage.set(Import::Idle)>"Cancel"</button>
                            </div>
                            <DownloadProblem error=backup_error/>
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// What importing a file would do, record by record, with the choices.
#[component]
fn PreviewOfImport(
    file: String,
    model: Model,
    preview: ImportPreview,
    made: Option<DateTime<Utc>>,
    stage: RwSignal<Import>,
    merge: Callback<Model>,
) -> impl IntoView {
    let line = |label: &'static str, list: Vec<String>| {
        (!list.is_empty()).then(|| {
            view! {
                <li><strong>{format!("{label} ({}): ", list.len())}</strong>{names(&list)}</li>
            }
        })
    };
    let (merge_model, replace_model) = (model.clone(), model.clone());
    view! {
        <div class="import-preview" role="status">
            <h3>{format!("In “{file}”")}</h3>
            <p class="meta">{made.map(|at| format!("Backup made {}. ", local_time(at))).unwrap_or_default()}
                {format!("{} in the file.", plural(model.opportunities.len(), "opportunity", "opportunities"))}</p>
            {if preview.is_empty() {
                view! { <p>"Everything in this file is already here: importing it would change nothing."</p> }.into_any()
            } else {
                view! {
                    <ul class="contains">
                        {line("New", preview.new.clone())}
                        {line("Newer in the file, would be updated", preview.updated.clone())}
                        {line("Changed here since the file was made: both versions kept", preview.conflicts.clone())}
                        {line("New playbooks", preview.new_playbooks.clone())}
                        {(preview.unchanged > 0).then(|| view! { <li>{format!("{} already the same here", plural(preview.unchanged, "opportunity is", "opportunities are"))}</li> })}
                        {(preview.board_cards > 0).then(|| view! { <li>{format!("{} for your coach board, new or newer", plural(preview.board_cards, "snapshot", "snapshots"))}</li> })}
                    </ul>
                }.into_any()
            }}
            <div class="button-grid">
                <button type="button" class="button" on:click=move |_| merge.run(merge_model.clone())>"Merge into my data"</button>
                <button type="button" class="button button--quiet" on:click=move |_| stage.set(Import::ConfirmReplace { file: file.clone(), model: replace_model.clone() })>"Replace my data…"</button>
                <button type="button" class="button button--quiet" on:click=move |_| stage.set(Import::Idle)>"Cancel"</button>
            </div>
        </div>
    }
}

/// What the candidate types to confirm clearing everything.
const CLEAR_WORD: &str = "delete";

#[component]
fn ClearSection(state: AppState) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let backup_error = RwSignal::new(None::<String>);
    let confirmed = move || typed.with(|t| t.trim().eq_ignore_ascii_case(CLEAR_WORD));
    let clear = move |_| {
        if !confirmed() {
            return;
        }
        message.set(Some(match state.saving.clear_all() {
            Ok(()) => {
                typed.set(String::new());
                "Everything was removed from this browser.".to_owned()
            }
            Err(why) => format!("Nothing was removed: {why}."),
        }));
    };
    view! {
        <section class="card" aria-labelledby="clear-title">
            <h2 id="clear-title">"Clear everything"</h2>
            <p>
                "Removes every opportunity, note and playbook of yours from this browser, for \
                 example before handing the device on. It cannot be undone: download a backup first."
            </p>
            <p><button type="button" class="button button--quiet" on:click=move |_| offer_backup(state, backup_error)>"Download a backup before clearing"</button></p>
            <DownloadProblem error=backup_error/>
            <div class="field">
                <label for="clear-confirm">{format!("Type “{CLEAR_WORD}” to confirm")}</label>
                <input id="clear-confirm" type="text" autocomplete="off" prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))/>
            </div>
            <button type="button" class="button button--danger" prop:disabled=move || !confirmed() on:click=clear>
                "Clear everything"
            </button>
            <p class="form-status" role="status">{move || message.get()}</p>
        </section>
    }
}
