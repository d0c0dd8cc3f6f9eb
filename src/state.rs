//! The app's reactive state: one signal holding the model, one saying whether saving works,
//! and the current route, with the selectors screens read them through. `dispatch` is the
//! only way the model changes. Stored data is read once the engine has arrived (`ready`).
//! When changes reach storage is `saving.rs`'s; how they are merged and written, the
//! engine's (`tab_sync.rs`).

use crate::browser;
use crate::domain::due::would_double_message;
use crate::domain::id::Id;
use crate::domain::model::{Model, Msg, UpdateError};
use crate::domain::opportunity::Opportunity;
use crate::domain::playbook::{built_in_ref, Playbook};
use crate::domain::round::Round;
use crate::domain::route::Route;
use crate::domain::sync::Conflict;
use crate::engine::{load_reader, load_writer, playbook_changes, writer, Writer};
use crate::on_demand::ChunkError;
use crate::storage::{self, Loaded, SaveError};
use crate::tab_sync::Synced;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::time::Duration;

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

/// Handles to the app's signals. It is `Copy`, so views take it from context freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Everything the candidate keeps.
    pub model: RwSignal<Model>,
    /// Whether changes are reaching storage.
    pub save_state: RwSignal<SaveState>,
    /// The screen being shown.
    pub route: RwSignal<Route>,
    /// The time now, refreshed every half minute, so that what is due stays current.
    pub now: RwSignal<DateTime<Utc>>,
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
    /// other tabs' saves), with a few earlier states (see `take_in`).
    pub(crate) synced: StoredValue<Synced>,
    /// Whether the model has changes not yet written: the pending write, and when the first
    /// change it carries was made (milliseconds on the page's clock).
    pub(crate) pending: StoredValue<Option<(TimeoutHandle, f64)>>,
    /// Whether the latest change came from typing (`Msg::is_typing`).
    pub(crate) typing: StoredValue<bool>,
}

impl AppState {
    /// Finds what is stored (reading it waits for `ready`) and reads the route from the
    /// address bar.
    pub fn load() -> Self {
        let (unread, save_state) = match storage::load() {
            Loaded::Empty => (None, SaveState::Saved),
            Loaded::Stored(text) => (Some((text, storage::revision())), SaveState::Saved),
            Loaded::Unavailable(why) => (None, SaveState::Unavailable(why)),
        };
        Self {
            stored_size: RwSignal::new(0),
            synced: StoredValue::new(Synced::new(None, Model::default(), None)),
            is_ready: RwSignal::new(unread.is_none()),
            unread: StoredValue::new(unread),
            model: RwSignal::new(Model::default()),
            save_state: RwSignal::new(save_state),
            route: RwSignal::new(Route::parse(&browser::current_fragment())),
            now: RwSignal::new(browser::now()),
            last_saved: RwSignal::new(storage::saved_at()),
            conflicts: RwSignal::new(Vec::new()),
            pending: StoredValue::new(None),
            typing: StoredValue::new(false),
        }
    }

    /// Fetches the engine's reader if needed and reads what was stored at start into the
    /// model. What cannot be read is kept exactly as it is, and never written over.
    pub async fn ready(self) -> Result<(), ChunkError> {
        let reader = load_reader().await?;
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
        load_writer().await
    }

    /// The writer, once the stored data has been read.
    pub(crate) fn ready_writer(self) -> Option<Writer> {
        writer().filter(|_| self.is_ready.get_untracked())
    }

    /// Keeps `now` current while the app runs, and at once when the candidate comes back
    /// to it (a phone waking up throttles or pauses timers).
    pub fn tick(self) {
        let now = self.now;
        // Only fails without a window, where there is nothing to refresh anyway.
        let _ = set_interval_with_handle(move || now.set(browser::now()), Duration::from_secs(30));
        let on_return = window_event_listener(leptos::ev::focus, move |_| now.set(browser::now()));
        let on_show = window_event_listener(leptos::ev::pageshow, move |_| now.set(browser::now()));
        on_cleanup(move || {
            on_return.remove();
            on_show.remove();
        });
    }

    /// Reads the playbook an opportunity follows (the built-in one once it is gone), without
    /// tracking changes.
    pub fn with_playbook_of<T>(self, id: &Id, read: impl FnOnce(&Playbook) -> T) -> T {
        self.model.with_untracked(|m| match m.opportunity(id) {
            Some(o) => read(m.playbook_of(o)),
            None => read(built_in_ref()),
        })
    }

    /// A value read from one opportunity, kept up to date; the default once it is gone.
    pub fn select<T: Default + PartialEq + Send + Sync + 'static>(
        self,
        id: &Id,
        read: impl Fn(&Opportunity) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let id = id.clone();
        Memo::new(move |_| {
            self.model
                .with(|m| m.opportunity(&id).map(&read).unwrap_or_default())
        })
    }

    /// Whether writing to the recruiter now would be a second message in a row with no
    /// reply, kept current with the app's clock.
    pub fn waiting_for_reply(self, id: &Id) -> Memo<bool> {
        let id = id.clone();
        Memo::new(move |_| {
            let now = self.now.get();
            self.model.with(|m| {
                m.opportunity(&id)
                    .is_some_and(|o| would_double_message(o, m.playbook_of(o), now))
            })
        })
    }

    /// A value read from one round, kept up to date; the default once it is gone.
    pub fn select_round<T: Default + PartialEq + Send + Sync + 'static>(
        self,
        id: &Id,
        round: &Id,
        read: impl Fn(&Opportunity, &Round) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let round = round.clone();
        self.select(id, move |o| {
            o.round(&round).map(|r| read(o, r)).unwrap_or_default()
        })
    }

    /// Applies a change and reports nothing: for edits whose only failure is that the record
    /// has gone meanwhile, which the screen then shows by itself.
    pub fn apply(self, msg: Msg) {
        if self.ready_writer().is_some() {
            let _ = self.dispatch(msg);
        } else {
            // A tap on Today while the writer is still on its way: apply it on arrival.
            leptos::task::spawn_local(async move {
                if self.writable().await.is_ok() {
                    let _ = self.dispatch(msg);
                }
            });
        }
    }

    /// Applies a change now. On error the model is untouched.
    pub fn dispatch(self, msg: Msg) -> Result<(), UpdateError> {
        // Every screen that sends changes opens after `ready`, with the writer.
        let writer = self.ready_writer().ok_or(UpdateError::NotReady)?;
        let now = browser::now();
        let mut result = Ok(());
        // Changes to playbooks are applied by the code the Playbook screens brought.
        self.typing.set_value(msg.is_typing());
        let apply = if msg.is_playbook_change() {
            playbook_changes().ok_or(UpdateError::NotReady)?
        } else {
            writer.update
        };
        self.model.maybe_update(|model| {
            result = apply(model, msg, now);
            result.is_ok()
        });
        result
    }

    /// Shows another screen in place of this one, leaving no history entry for this one:
    /// used to take a share link out of the address bar once it has been dealt with.
    pub fn replace_route(self, route: Route) {
        browser::replace_fragment(&route.to_fragment());
        self.route.set(route);
    }
}

/// The app state provided by the root component.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
