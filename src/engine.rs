//! The engine: reading the stored document, and then writing it, applying the candidate's
//! changes and merging what other tabs saved. It is most of the app's logic and is not
//! needed to show a first visit, so it arrives in two chunks (see `on_demand`): the reader
//! the first time there is stored data to show (it comes with Today's plan, which always
//! needs it), the writer before any screen that changes something (and in the background
//! once Today is shown). Once here, the shell calls them synchronously through these tables
//! of functions, so saving on `pagehide` still happens at once.

use crate::domain::apply::apply_everyday;
use crate::domain::model::{Model, Msg, UpdateError};
use crate::domain::persist::{self, LoadError};
use crate::on_demand::{on_demand, ChunkError};
use crate::state::AppState;
use chrono::{DateTime, Utc};
use std::cell::Cell;

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
    /// playbooks come with the Playbook screens (`keep_playbook_changes`).
    pub update: fn(&mut Model, Msg, DateTime<Utc>) -> Result<(), UpdateError>,
    /// Merges what another tab saved (or `None`: cleared) into this tab; the second text is
    /// what that tab replaced, when known (see `tab_sync::take_in`).
    pub take_in: fn(AppState, Option<String>, Option<Option<String>>),
    /// Writes the tab's changes, after taking in what other tabs saved (`tab_sync::flush`).
    pub flush: fn(AppState),
    /// A backup file of the model, as of `now`, made by this version of the app.
    pub backup: fn(&Model, DateTime<Utc>, &str) -> String,
    /// The three opportunities that take the most room in storage, named with their size
    /// (`domain::space::name_largest`).
    pub largest_named: fn(&Model) -> String,
}

on_demand! {
    /// Fetches the reader's chunk.
    fn fetch_reader() -> Reader, in engine, {
        Reader {
            decode: persist::decode,
            size_of: crate::storage::size_of,
            describe_space: crate::domain::space::describe,
        }
    }
}

on_demand! {
    /// Fetches the writer's chunk.
    fn fetch_writer() -> Writer, in writer, {
        Writer {
            update: apply_everyday,
            take_in: crate::tab_sync::take_in,
            flush: crate::tab_sync::flush,
            backup: crate::domain::export::backup_json,
            largest_named: |model| {
                crate::domain::space::name_largest(&crate::domain::space::largest(model, 3))
            },
        }
    }
}

/// Applies changes to the candidate's playbooks (`domain::apply::playbooks::apply_msg`).
pub type PlaybookChanges = fn(&mut Model, Msg, DateTime<Utc>) -> Result<(), UpdateError>;

thread_local! {
    static READER: Cell<Option<Reader>> = const { Cell::new(None) };
    static WRITER: Cell<Option<Writer>> = const { Cell::new(None) };
    static PLAYBOOK_CHANGES: Cell<Option<PlaybookChanges>> = const { Cell::new(None) };
}

/// Keeps the handler of playbook changes that a chunk brought (the Playbook screens').
pub fn keep_playbook_changes(apply: PlaybookChanges) {
    PLAYBOOK_CHANGES.with(|kept| kept.set(Some(apply)));
}

/// The handler of playbook changes, once the screens that send them have arrived.
pub fn playbook_changes() -> Option<PlaybookChanges> {
    PLAYBOOK_CHANGES.with(Cell::get)
}

/// The reader, if it has arrived.
pub fn reader() -> Option<Reader> {
    READER.with(Cell::get)
}

/// The writer, if it has arrived.
pub fn writer() -> Option<Writer> {
    WRITER.with(Cell::get)
}

/// The reader, fetching it first if needed.
pub async fn load_reader() -> Result<Reader, ChunkError> {
    if let Some(reader) = reader() {
        return Ok(reader);
    }
    let reader = fetch_reader().await?;
    READER.with(|loaded| loaded.set(Some(reader)));
    Ok(reader)
}

/// The writer, fetching it first if needed.
pub async fn load_writer() -> Result<Writer, ChunkError> {
    if let Some(writer) = writer() {
        return Ok(writer);
    }
    let writer = fetch_writer().await?;
    WRITER.with(|loaded| loaded.set(Some(writer)));
    Ok(writer)
}
