//! The engine: reading and writing the stored document, applying the candidate's changes,
//! and merging what other tabs saved. It is most of the app's logic and is not needed to
//! show a first visit, so it arrives in its own chunk (see `on_demand`) the first time there
//! is stored data to read or a screen to open. Once here, the shell calls it synchronously
//! through this table of functions, so saving on `pagehide` still happens at once.

use crate::domain::model::{update, Model, Msg, UpdateError};
use crate::domain::persist::{self, LoadError};
use crate::on_demand::{on_demand, ChunkError};
use crate::state::AppState;
use chrono::{DateTime, Utc};
use std::cell::Cell;

/// The engine's functions.
#[derive(Clone, Copy)]
pub struct Engine {
    /// Reads a stored document (any readable version), or says why it cannot.
    pub decode: fn(&str) -> Result<Model, LoadError>,
    /// Writes the stored document of a model.
    pub encode: fn(&Model) -> String,
    /// Applies one change (see `domain::model::update`).
    pub update: fn(&mut Model, Msg, DateTime<Utc>) -> Result<(), UpdateError>,
    /// Merges what another tab saved (or `None`: cleared) into this tab; the second text is
    /// what that tab replaced, when known (see `tab_sync::take_in`).
    pub take_in: fn(AppState, Option<String>, Option<Option<String>>),
    /// Writes the tab's changes, after taking in what other tabs saved (`tab_sync::flush`).
    pub flush: fn(AppState),
    /// A backup file of the model, as of `now`, made by this version of the app.
    pub backup: fn(&Model, DateTime<Utc>, &str) -> String,
}

on_demand! {
    /// Fetches the engine's chunk.
    fn fetch_engine() -> Engine, in engine, {
        Engine {
            decode: persist::decode,
            encode: persist::encode,
            update,
            take_in: crate::tab_sync::take_in,
            flush: crate::tab_sync::flush,
            backup: crate::domain::export::backup_json,
        }
    }
}

thread_local! {
    static LOADED: Cell<Option<Engine>> = const { Cell::new(None) };
}

/// The engine, if it has arrived.
pub fn engine() -> Option<Engine> {
    LOADED.with(Cell::get)
}

/// The engine, fetching it first if needed.
pub async fn load_engine() -> Result<Engine, ChunkError> {
    if let Some(engine) = engine() {
        return Ok(engine);
    }
    let engine = fetch_engine().await?;
    LOADED.with(|loaded| loaded.set(Some(engine)));
    Ok(engine)
}
