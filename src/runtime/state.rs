//! The app's reactive state: the stored document's signals (`saving`), the current route and
//! the time, with the selectors screens read them through. `dispatch` is the only way the
//! model changes. When changes reach storage is `saving.rs`'s; how they are merged and
//! written, the engine's (`tab_sync.rs`).

use super::chunks::ChunkError;
use super::saving::{Engine, SaveState, Saving, Writer};
use crate::browser;
use crate::domain::due::would_double_message;
use crate::domain::id::Id;
use crate::domain::model::{Model, UpdateError};
use crate::domain::msg::Msg;
use crate::domain::opportunity::Opportunity;
use crate::domain::playbook::{built_in_ref, Playbook};
use crate::domain::round::Round;
use crate::domain::route::Route;
use crate::domain::sync::Conflict;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

/// Applies changes to the candidate's playbooks (`domain::apply::playbooks::apply_msg`).
pub type PlaybookChanges = fn(&mut Model, Msg, DateTime<Utc>) -> Result<(), UpdateError>;

thread_local! {
    static PLAYBOOK_CHANGES: Cell<Option<PlaybookChanges>> = const { Cell::new(None) };
}

/// Keeps the handler of playbook changes that a chunk brought (the Playbook screens').
pub fn keep_playbook_changes(apply: PlaybookChanges) {
    PLAYBOOK_CHANGES.with(|kept| kept.set(Some(apply)));
}

/// The handler of playbook changes, once the screens that send them have arrived.
fn playbook_changes() -> Option<PlaybookChanges> {
    PLAYBOOK_CHANGES.with(Cell::get)
}

/// Handles to the app's signals. It is `Copy`, so views take it from context freely. The
/// stored document's signals are `saving`'s, named here too for the screens.
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
    /// Notified when a backup or transfer is made (`storage::last_copy` says which and when).
    pub copied: Trigger,
    /// Reading, saving and following other tabs.
    pub saving: Saving,
}

impl AppState {
    /// Finds what is stored (reading it waits for `ready`, with the engine fetched as
    /// `engine` says) and reads the route from the address bar.
    pub fn load(engine: Engine) -> Self {
        let saving = Saving::load(engine);
        Self {
            model: saving.model,
            save_state: saving.save_state,
            route: RwSignal::new(Route::parse(&browser::current_fragment())),
            now: RwSignal::new(browser::now()),
            last_saved: saving.last_saved,
            conflicts: saving.conflicts,
            stored_size: saving.stored_size,
            is_ready: saving.is_ready,
            copied: Trigger::new(),
            saving,
        }
    }

    /// Fetches the engine's reader if needed and reads what was stored at start into the
    /// model (`Saving::ready`).
    pub async fn ready(self) -> Result<(), ChunkError> {
        self.saving.ready().await
    }

    /// `ready`, and the engine's writer fetched: what every screen that changes something
    /// needs.
    pub async fn writable(self) -> Result<Writer, ChunkError> {
        self.saving.writable().await
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
        if self.saving.ready_writer().is_some() {
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

    /// Applies a change as soon as the engine's writer is here (at once when it is), for the
    /// screens drawn before it: a shared link's preview. On error the model is untouched.
    pub async fn dispatch_soon(self, msg: Msg) -> Result<(), UpdateError> {
        if self.saving.ready_writer().is_none() {
            self.writable().await.map_err(|_| UpdateError::NotReady)?;
        }
        self.dispatch(msg)
    }

    /// Applies a change now. On error the model is untouched.
    pub fn dispatch(self, msg: Msg) -> Result<(), UpdateError> {
        // Every screen that sends changes opens after `ready`, with the writer.
        let writer = self.saving.ready_writer().ok_or(UpdateError::NotReady)?;
        let now = browser::now();
        let mut result = Ok(());
        // Changes to playbooks are applied by the code the Playbook screens brought.
        self.saving.note_typing(msg.is_typing());
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
