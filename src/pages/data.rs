//! Data: where the candidate's data lives and how it is doing (space used, last save, the
//! last copy and what changed since, persistence), installing Candor, making room when
//! storage is nearly full, opening a link or a file, backups (plain or locked) and a
//! spreadsheet export, moving to another device, and clearing everything with a typed
//! confirmation. The files are made by `runtime/files.rs`.

use crate::browser::{self, local_time};
use crate::components::choice::Choice;
use crate::components::open_link_or_file::OpenLinkOrFile;
use crate::components::passphrase::{passphrase_to_lock, PassphraseField};
use crate::components::save_file::SaveProblem;
use crate::components::share_link::ShareLink;
use crate::domain::copies::changed_since;
use crate::domain::msg::Msg;
use crate::domain::route::Route;
use crate::domain::space::{self, largest, nearly_full};
use crate::domain::time_text::{byte_size, plural};
use crate::runtime::files::{
    app_version, locked_backup, made_a_copy, offer_backup, save, spreadsheet, transfer, SaveOutcome,
};
use crate::runtime::saving::SaveState;
use crate::runtime::state::{use_app_state, AppState};
use crate::storage::{self, CopyKind, SaveError};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The Data screen.
#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_app_state();
    view! {
        <h1 tabindex="-1">"Data"</h1>
        <StorageStatus state/>
        <Install/>
        <MakeRoom state/>
        <section class="card" aria-labelledby="open-title">
            <h2 id="open-title">"Open a link or a file"</h2>
            <OpenLinkOrFile state/>
        </section>
        <ExportSection state/>
        <MoveSection state/>
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
                <dt>"Last copy"</dt>
                <dd data-testid="last-copy">{move || last_copy(state)}</dd>
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

/// The last backup or transfer made on this device, and what changed since.
fn last_copy(state: AppState) -> String {
    state.copied.track();
    let copy = storage::last_copy();
    let changes = state
        .model
        .with(|m| changed_since(m, copy.map(|(_, at)| at)));
    let mut parts = Vec::new();
    if changes.added > 0 {
        parts.push(format!(
            "{} added",
            plural(changes.added, "opportunity", "opportunities")
        ));
    }
    if changes.changed > 0 {
        parts.push(format!(
            "{} changed",
            plural(changes.changed, "opportunity", "opportunities")
        ));
    }
    if changes.board_cards > 0 {
        parts.push(format!(
            "{} kept on your board",
            plural(changes.board_cards, "snapshot", "snapshots")
        ));
    }
    let since = if parts.is_empty() {
        "nothing changed since.".to_owned()
    } else {
        format!("since then: {}.", parts.join(", "))
    };
    match copy {
        None if changes.is_empty() => "None yet; nothing to copy either.".to_owned(),
        None => format!(
            "No backup or transfer made on this device yet; {}",
            since.replace("since then: ", "not in any copy: ")
        ),
        Some((CopyKind::Backup, at)) => format!("Backup saved {}; {since}", local_time(at)),
        Some((CopyKind::Transfer, at)) => format!("Transfer made {}; {since}", local_time(at)),
    }
}

/// "Install Candor" where the browser offers it; the Home Screen steps on an iPhone or iPad;
/// nothing once installed, or where neither applies.
#[component]
fn Install() -> impl IntoView {
    let offered = browser::install_offered();
    let installed = RwSignal::new(browser::is_installed());
    let ios = browser::is_ios();
    let install = move |_| {
        spawn_local(async move {
            if browser::install().await {
                installed.set(true);
            }
        });
    };
    move || {
        if installed.get() || !(offered.get() || ios) {
            return None;
        }
        Some(view! {
            <section class="card" aria-labelledby="install-title">
                <h2 id="install-title">"Install Candor"</h2>
                <p>
                    "Installed, Candor opens from your Home Screen or app list like any app, works                      without a connection, and its data is kept: browsers do not clear an installed                      app's data the way they clear sites left unused (Safari, after 7 days)."
                </p>
                {if offered.get() {
                    view! { <button type="button" class="button" on:click=install>"Install Candor"</button> }.into_any()
                } else {
                    view! {
                        <ol class="install-steps">
                            <li>"Tap the Share button in Safari's toolbar (a square with an arrow)."</li>
                            <li>"Choose “Add to Home Screen”."</li>
                            <li>"Tap “Add”, then open Candor from its icon."</li>
                        </ol>
                        <p class="field__hint">
                            "The app on your Home Screen keeps its own data, apart from Safari's:                              to bring this search into it, make a transfer below and open it there."
                        </p>
                    }.into_any()
                }}
            </section>
        })
    }
}

#[component]
fn ExportSection(state: AppState) -> impl IntoView {
    let outcome: SaveOutcome = RwSignal::new(None);
    let lock = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let backup = move |_| {
        if !lock.get_untracked() {
            offer_backup(state, outcome, || ());
            return;
        }
        let Some(phrase) = passphrase_to_lock(passphrase, problem, "backup-passphrase") else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            match locked_backup(state, &phrase).await {
                Ok(file) => {
                    let made = browser::now();
                    save(file, outcome, move || {
                        made_a_copy(state, CopyKind::Backup, made)
                    });
                }
                Err(why) => outcome.set(Some(crate::runtime::files::NotSaved::NotMade(why))),
            }
            busy.set(false);
        });
    };
    let sheet = move |_| save(spreadsheet(state), outcome, || ());
    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title">"Back up and export"</h2>
            <p>
                "A backup file holds everything, and can be opened here or on another device.                  The spreadsheet has one row per opportunity, for Excel, Numbers or LibreOffice."
            </p>
            <Choice checked=lock label="Lock the backup with a passphrase"/>
            {move || lock.get().then(|| view! {
                <PassphraseField id="backup-passphrase" value=passphrase problem autocomplete="new-password"
                    hint="At least 8 characters. Without it the backup cannot be opened, by anyone: keep it somewhere safe.".to_owned()/>
            })}
            <div class="button-grid">
                <button type="button" class="button" prop:disabled=move || busy.get() on:click=backup>
                    {move || if busy.get() { "Locking…" } else { "Save a backup" }}
                </button>
                <button type="button" class="button button--quiet" on:click=sheet>
                    "Save a spreadsheet (CSV)"
                </button>
            </div>
            <SaveProblem outcome/>
        </section>
    }
}

/// A transfer made, ready to send.
#[derive(Clone, PartialEq)]
struct Made {
    file: browser::FileToSave,
    link: Option<String>,
}

/// Moving the search to the candidate's other device: a locked transfer, as a file for the
/// share sheet, and as a link when it is small enough.
#[component]
fn MoveSection(state: AppState) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let made = RwSignal::new(None::<Made>);
    let outcome: SaveOutcome = RwSignal::new(None);
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(phrase) = passphrase_to_lock(passphrase, problem, "move-passphrase") else {
            return;
        };
        busy.set(true);
        made.set(None);
        spawn_local(async move {
            match transfer(state, &phrase).await {
                Ok((file, link)) => {
                    let link = link.map(|link| {
                        format!(
                            "{}{}",
                            browser::page_address(),
                            Route::Import(link).to_fragment()
                        )
                    });
                    made.set(Some(Made { file, link }));
                    request_animation_frame(|| browser::focus("move-made"));
                }
                Err(why) => problem.set(Some(format!("The transfer was not made: {why}."))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card" aria-labelledby="move-title">
            <h2 id="move-title">"Move to another device"</h2>
            <p>
                "Carry on from your phone or your laptop. Candor locks everything with a                  passphrase and hands it to your share sheet (AirDrop, Messages, an e-mail to                  yourself, Files), or gives a link when it is small enough. No account, no server."
            </p>
            <form class="lock-form" on:submit=make novalidate>
                <PassphraseField id="move-passphrase" value=passphrase problem autocomplete="new-password"
                    hint="At least 8 characters. You type it on the other device; never send it with the file.".to_owned()/>
                <button type="submit" class="button" prop:disabled=move || busy.get()>
                    {move || if busy.get() { "Locking…" } else { "Make the transfer" }}
                </button>
            </form>
            {move || made.get().map(|Made { file, link }| {
                let name = file.name.clone();
                view! {
                    <div class="transfer-made">
                        <h3 id="move-made" tabindex="-1">"Ready to send"</h3>
                        <p>{format!("“{name}” is locked with your passphrase. Send it to your other device:")}</p>
                        <p><button type="button" class="button" on:click=move |_| save(file.clone(), outcome, || ())>"Send the transfer file"</button></p>
                        <SaveProblem outcome/>
                        {link.map(|link| view! {
                            <p>"Or send this link, which holds the same:"</p>
                            <ShareLink link title="Candor: my search".to_owned()/>
                        })}
                        <p class="field__hint">
                            "On the other device, open Candor, go to Data → “Open a link or a file”,                              and choose the file or paste the link. Then make a transfer there and                              open it here, so that both devices have everything."
                        </p>
                    </div>
                }
            })}
        </section>
    }
}

/// What the candidate types to confirm clearing everything.
const CLEAR_WORD: &str = "delete";

#[component]
fn ClearSection(state: AppState) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let backup_error: SaveOutcome = RwSignal::new(None);
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
                 example before handing the device on. It cannot be undone: save a backup first."
            </p>
            <p><button type="button" class="button button--quiet" on:click=move |_| offer_backup(state, backup_error, || ())>"Save a backup before clearing"</button></p>
            <SaveProblem outcome=backup_error/>
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
