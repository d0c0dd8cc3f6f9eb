//! The engine: reading the stored document, and then writing it, applying the candidate's
//! changes and merging what other tabs saved. It is most of the app's logic and is not
//! needed to show a first visit, so it arrives in two chunks: the reader the first time
//! there is stored data to show (it comes with Today's plan, which always needs it), the
//! writer before any screen that changes something (and in the background once Today is
//! shown). The app hands `ENGINE` to `saving` at start; nothing else names this file.

use super::chunks::on_demand;
use super::saving::{Engine, Reader, Writer};
use crate::domain::apply::apply_everyday;
use crate::domain::persist;

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
            take_in: super::tab_sync::take_in,
            flush: super::tab_sync::flush,
            backup: crate::domain::export::backup_json,
            largest_named: |model| {
                crate::domain::space::name_largest(&crate::domain::space::largest(model, 3))
            },
        }
    }
}

/// How the engine's chunks are fetched, for `saving`.
pub const ENGINE: Engine = Engine {
    reader: || Box::pin(fetch_reader()),
    writer: || Box::pin(fetch_writer()),
};
