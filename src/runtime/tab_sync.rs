//! Saving and following other tabs: before every write, and on every `storage` event, the
//! tab merges three ways what it has, what it last read or wrote, and what is stored
//! (`domain::sync`), then writes the whole document if it differs. Part of the engine's
//! writer chunk: `saving` reaches it through the `Writer` table.

use super::saving::{SaveState, Saving};
use crate::browser;
use crate::domain::model::Model;
use crate::domain::persist;
use crate::domain::persist::incremental::Encoder;
use crate::domain::sync::{self, copies_made_of, merge_cleared, merge_tabs, Conflict};
use crate::storage;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// Keeps each opportunity's JSON from the last write, so a save serialises only what
    /// changed.
    static ENCODER: RefCell<Encoder> = RefCell::default();
}

/// Merges the stored text (another tab's save, or `None` once cleared) into this tab.
///
/// `old` is what the other tab replaced, when known (from the `storage` event). Tabs in
/// different processes see each other's writes late: this tab may have written its own
/// change over a stale copy before the other tab's event arrives. That event's `old` then
/// names the state both started from, and merging against it finds every change of both.
pub fn take_in(state: Saving, text: Option<String>, old: Option<Option<String>>) {
    if state.synced.with_value(|synced| synced.latest().0 == text) {
        return;
    }
    let (incoming, made_from) = match text.as_deref().map(persist::decode_with_base) {
        None => (Model::default(), None),
        Some(Ok(decoded)) => (decoded.model, decoded.base),
        Some(Err(error)) => {
            state.save_state.set(SaveState::ProtectingUnreadable {
                raw: text.unwrap_or_default(),
                reason: error.to_string(),
            });
            return;
        }
    };
    if state
        .save_state
        .with_untracked(|s| matches!(s, SaveState::ProtectingUnreadable { .. }))
    {
        state.save_state.set(SaveState::Saved);
    }
    let (merged, told) = state.synced.with_value(|synced| {
        // A save that names a state this tab remembers was made from exactly it: what it
        // lacks of it was deleted there.
        let exact = sync::made_from(&synced.0, made_from);
        let base = exact.unwrap_or_else(|| synced.base_for(old.as_ref(), made_from));
        let merged = state.model.with_untracked(|local| match (&text, exact) {
            (None, _) => merge_cleared(base, local),
            (Some(_), Some(_)) => sync::merge_tabs_made_from(base, local, &incoming),
            (Some(_), None) => merge_tabs(base, local, &incoming),
        });
        let earlier = synced.0.iter().map(|(_, m)| m);
        let told = copies_made_of(earlier, base, &incoming);
        (merged, told)
    });
    let found: Vec<Conflict> = merged.conflicts.into_iter().chain(told).collect();
    if !found.is_empty() {
        state.conflicts.update(|all| {
            for conflict in found {
                if all.iter().all(|c| c.copy != conflict.copy) {
                    all.push(conflict);
                }
            }
        });
    }
    state.stored_size.set(storage::size_of(text.as_deref()));
    state
        .synced
        .update_value(|synced| synced.push(text, incoming));
    // Setting the model schedules a write if the merge holds anything storage lacks.
    state.model.set(merged.model);
}

/// Writes pending changes now: first takes in anything another tab saved meanwhile,
/// then writes the whole document if it differs from what is stored.
pub fn flush(state: Saving) {
    if !state.save_state.with_untracked(SaveState::may_write) {
        return;
    }
    // The document is read back only when its revision token says another tab wrote it
    // since (or says nothing): reading a large document on every save costs as much as
    // writing it. A write from another tab seen late is also taken in by its storage event.
    let revision = storage::revision();
    if revision.is_none() || state.synced.with_value(|synced| synced.1 != revision) {
        match storage::read_text() {
            Ok(stored) => take_in(state, stored, None),
            Err(error) => {
                state.save_state.set(SaveState::Failed(error));
                return;
            }
        }
        state.synced.update_value(|synced| synced.1 = revision);
    }
    if !state.save_state.with_untracked(SaveState::may_write) {
        return;
    }
    // What storage holds now is what was just taken in: unchanged since, nothing to write.
    // Nothing stored (a first visit, or just cleared): nothing until there is something
    // to keep.
    let unchanged = state.synced.with_value(|synced| {
        let (known, model) = synced.latest();
        state
            .model
            .with_untracked(|m| m == model && (known.is_some() || *m == Model::default()))
    });
    if unchanged {
        state.save_state.set(SaveState::Saved);
        return;
    }
    let text = state.synced.with_value(|synced| {
        let base = synced.latest().0.as_deref();
        ENCODER
            .with_borrow_mut(|encoder| state.model.with_untracked(|m| encoder.encode_from(m, base)))
    });
    match storage::write_text(&text) {
        Ok(()) => {
            let model = state.model.get_untracked();
            let token = browser::random_id().as_str().to_owned();
            storage::record_revision(&token);
            state.stored_size.set(storage::size_of(Some(&text)));
            state.synced.update_value(|synced| {
                synced.push(Some(text), model);
                synced.1 = Some(token);
            });
            let now = browser::now();
            storage::record_saved_at(now);
            state.last_saved.set(Some(now));
            state.save_state.set(SaveState::Saved);
        }
        Err(error) => state.save_state.set(SaveState::Failed(error)),
    }
}
