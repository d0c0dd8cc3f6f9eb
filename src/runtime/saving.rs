//! The stored document's side of the app: reading what was stored once the engine's reader
//! has arrived, when the candidate's changes reach storage (typing once the candidate pauses,
//! a tap a moment after it, everything at once when the page is hidden or closed), taking in
//! what other tabs save, and replacing or clearing everything.
//!
//! The engine's code (decoding, merging, writing) arrives in chunks: `Engine` says how to
//! fetch them, and is handed over at start (`runtime::engine::ENGINE`), so this file never
//! names the code it loads. What the chunks bring are tables of functions (`Reader`,
//! `Writer`), kept here once they have arrived and called synchronously from then on, so
//! saving on `pagehide` still happens at once.

use super::chunks::{ChunkError, Load};
use crate::domain::model::{Model, UpdateError};
use crate::domain::msg::Msg;
use crate::domain::persist::LoadError;
use crate::domain::sync::{base_for, Conflict};
use crate::storage::{self, Loaded, SaveError};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

/// Typing is written once the candidate has paused this long, so that writing the document,
/// whose cost grows with its size, never lands between two keystrokes. A hidden or closing
/// page writes at once.
const SAVE_WHEN_QUIET: Duration = Duration::from_millis(1000);

/// Any other change (a tap, a choice) is written this soon, so other tabs see it at once.
const SAVE_AFTER_TAP: Duration = Duration::from_millis(300);

/// Changes made without a pause are still written this long after the first of them.
const SAVE_AT_MOST_AFTER: Duration = Duration::from_secs(5);

/// Whether the candidate's changes are reaching storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Every change so far is saved (or nothing was changed yet).
    Saved,
    /// Stored data exists but could not be read. It is left exactly as it is, and nothing is
    /// written over it; changes live in this tab only.
    ProtectingUnreadable { raw: String, reason: String },
    /// The browser does not let the app store anything; changes live in this tab only.
    Unavailable(String),
    /// The last save failed; the next change tries again.
    Failed(SaveError),
}

impl SaveState {
    /// Whether the app may write to storage in this state.
    pub(crate) fn may_write(&self) -> bool {
        matches!(self, SaveState::Saved | SaveState::Failed(_))
    }
}

/// What reading the stored document needs.
#[derive(Clone, Copy)]
pub struct Reader {
    /// Reads a stored document (any readable version), or says why it cannot.
    pub decode: fn(&str) -> Result<Model, LoadError>,
    /// What a stored document takes against the browser's quota (`storage::size_of`).
    pub size_of: fn(Option<&str>) -> usize,
    /// "4.1 MB of about 5 MB (82.0%)" (`domain::space::describe`).
    pub describe_space: fn(usize) -> String,
}

/// What changing and saving needs.
#[derive(Clone, Copy)]
pub struct Writer {
    /// Applies one change of the everyday part (`domain::apply::apply_everyday`); changes to
    /// playbooks come with the Playbook screens (`state::keep_playbook_changes`).
    pub update: fn(&mut Model, Msg, DateTime<Utc>) -> Result<(), UpdateError>,
    /// Merges what another tab saved (or `None`: cleared) into this tab; the second text is
    /// what that tab replaced, when known (see `tab_sync::take_in`).
    pub take_in: fn(Saving, Option<String>, Option<Option<String>>),
    /// Writes the tab's changes, after taking in what other tabs saved (`tab_sync::flush`).
    pub flush: fn(Saving),
    /// A backup file of the model, as of `now`, made by this version of the app.
    pub backup: fn(&Model, DateTime<Utc>, &str) -> String,
    /// The three opportunities that take the most room in storage, named with their size
    /// (`domain::space::name_largest`).
    pub largest_named: fn(&Model) -> String,
}

/// How the engine's two chunks are fetched.
#[derive(Clone, Copy)]
pub struct Engine {
    /// The reader: the first time there is stored data to show.
    pub reader: Load<Reader>,
    /// The writer: before any screen that changes something.
    pub writer: Load<Writer>,
}

thread_local! {
    static READER: Cell<Option<Reader>> = const { Cell::new(None) };
    static WRITER: Cell<Option<Writer>> = const { Cell::new(None) };
}

/// The reader, if it has arrived.
pub fn reader() -> Option<Reader> {
    READER.with(Cell::get)
}

/// The writer, if it has arrived.
pub fn writer() -> Option<Writer> {
    WRITER.with(Cell::get)
}

/// The texts this tab last read from or wrote to storage, and the models they hold, newest
/// last; and the revision token storage held when this tab last read or wrote it.
pub struct Synced(pub Vec<(Option<String>, Model)>, pub Option<String>);

impl Synced {
    /// How many states are remembered.
    const KEPT: usize = 8;

    pub fn new(text: Option<String>, model: Model, revision: Option<String>) -> Self {
        Self(vec![(text, model)], revision)
    }

    pub fn latest(&self) -> &(Option<String>, Model) {
        // Never empty: created with one state, and `push` only adds.
        &self.0[self.0.len() - 1]
    }

    pub fn push(&mut self, text: Option<String>, model: Model) {
        self.0.push((text, model));
        if self.0.len() > Self::KEPT {
            self.0.remove(0);
        }
    }

    /// The base to merge another tab's save against (`domain::sync::base_for`).
    pub fn base_for(&self, old: Option<&Option<String>>, base: Option<u64>) -> &Model {
        base_for(&self.0, old, base).unwrap_or(&self.latest().1)
    }
}

/// Handles to the stored document's signals. `Copy`, like the app state that carries it.
#[derive(Clone, Copy)]
pub struct Saving {
    /// Everything the candidate keeps.
    pub model: RwSignal<Model>,
    /// Whether changes are reaching storage.
    pub save_state: RwSignal<SaveState>,
    /// When a write to storage last succeeded (in any tab, as of loading; then in this one).
    pub last_saved: RwSignal<Option<DateTime<Utc>>>,
    /// Records edited in this tab and another at once; both versions were kept.
    pub conflicts: RwSignal<Vec<Conflict>>,
    /// How much of local storage the stored document takes (`domain::space::counted`), as of
    /// the last read or write.
    pub stored_size: RwSignal<usize>,
    /// Whether what was stored has been read into `model` (at once when nothing was).
    pub is_ready: RwSignal<bool>,
    /// The stored text found at start, with its revision token, until the engine has read it.
    unread: StoredValue<Option<(String, Option<String>)>>,
    /// What this tab last read from or wrote to storage (the base of three-way merges with
    /// other tabs' saves), with a few earlier states (see `tab_sync::take_in`).
    pub(crate) synced: StoredValue<Synced>,
    /// Whether the model has changes not yet written: the pending write, and when the first
    /// change it carries was made (milliseconds on the page's clock).
    pending: StoredValue<Option<(TimeoutHandle, f64)>>,
    /// Whether the latest change came from typing (`Msg::is_typing`).
    typing: StoredValue<bool>,
    /// How the engine's chunks are fetched.
    engine: Engine,
}

impl Saving {
    /// Finds what is stored (reading it waits for `ready`).
    pub fn load(engine: Engine) -> Self {
        let (unread, save_state) = match storage::load() {
            Loaded::Empty => (None, SaveState::Saved),
            Loaded::Stored(text) => (Some((text, storage::revision())), SaveState::Saved),
            Loaded::Unavailable(why) => (None, SaveState::Unavailable(why)),
        };
        Self {
            model: RwSignal::new(Model::default()),
            save_state: RwSignal::new(save_state),
            last_saved: RwSignal::new(storage::saved_at()),
            conflicts: RwSignal::new(Vec::new()),
            stored_size: RwSignal::new(0),
            is_ready: RwSignal::new(unread.is_none()),
            unread: StoredValue::new(unread),
            synced: StoredValue::new(Synced::new(None, Model::default(), None)),
            pending: StoredValue::new(None),
            typing: StoredValue::new(false),
            engine,
        }
    }

    /// The reader, fetching it first if needed.
    async fn load_reader(self) -> Result<Reader, ChunkError> {
        if let Some(reader) = reader() {
            return Ok(reader);
        }
        let reader = (self.engine.reader)().await?;
        READER.with(|loaded| loaded.set(Some(reader)));
        Ok(reader)
    }

    /// The writer, fetching it first if needed.
    async fn load_writer(self) -> Result<Writer, ChunkError> {
        if let Some(writer) = writer() {
            return Ok(writer);
        }
        let writer = (self.engine.writer)().await?;
        WRITER.with(|loaded| loaded.set(Some(writer)));
        Ok(writer)
    }

    /// Fetches the engine's reader if needed and reads what was stored at start into the
    /// model. What cannot be read is kept exactly as it is, and never written over.
    pub async fn ready(self) -> Result<(), ChunkError> {
        if self.unread.with_value(Option::is_none) {
            // Nothing was stored (a first visit, a shared link on a new phone): nothing to
            // read, so the reader is not fetched. What other tabs save later is the writer's.
            self.is_ready.set(true);
            return Ok(());
        }
        let reader = self.load_reader().await?;
        if let Some((text, revision)) = self.unread.try_update_value(Option::take).flatten() {
            self.stored_size.set((reader.size_of)(Some(&text)));
            match (reader.decode)(&text) {
                Ok(model) => {
                    self.synced
                        .set_value(Synced::new(Some(text), model.clone(), revision));
                    self.model.set(model);
                }
                Err(error) => self.save_state.set(SaveState::ProtectingUnreadable {
                    raw: text,
                    reason: error.to_string(),
                }),
            }
        }
        if !self.is_ready.get_untracked() {
            self.is_ready.set(true);
        }
        Ok(())
    }

    /// `ready`, and the engine's writer fetched: what every screen that changes something
    /// needs.
    pub async fn writable(self) -> Result<Writer, ChunkError> {
        self.ready().await?;
        self.load_writer().await
    }

    /// The writer, once the stored data has been read.
    pub fn ready_writer(self) -> Option<Writer> {
        writer().filter(|_| self.is_ready.get_untracked())
    }

    /// Notes whether the change about to be made comes from typing (`Msg::is_typing`),
    /// which decides how soon it is written.
    pub fn note_typing(self, typing: bool) {
        self.typing.set_value(typing);
    }

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
