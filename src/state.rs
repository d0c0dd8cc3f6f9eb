//! The app's reactive state: one signal holding the model, one saying whether saving works,
//! and the current route. `dispatch` is the only way the model changes; one effect writes
//! every change to storage, unless writing could destroy data the app could not read.

use crate::browser;
use crate::domain::due::would_double_message;
use crate::domain::id::Id;
use crate::domain::model::{merge_from_other_tab, update, Model, Msg, UpdateError};
use crate::domain::opportunity::Opportunity;
use crate::domain::persist;
use crate::domain::playbook::{built_in_ref, Playbook};
use crate::domain::round::Round;
use crate::domain::route::Route;
use crate::storage::{self, Loaded, SaveError};
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
    fn may_write(&self) -> bool {
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
}

impl AppState {
    /// Loads what is stored and reads the route from the address bar.
    pub fn load() -> Self {
        let (model, save_state) = match storage::load() {
            Loaded::Empty => (Model::default(), SaveState::Saved),
            Loaded::Model(model) => (model, SaveState::Saved),
            Loaded::Unreadable { raw, error } => (
                Model::default(),
                SaveState::ProtectingUnreadable {
                    raw,
                    reason: error.to_string(),
                },
            ),
            Loaded::Unavailable(why) => (Model::default(), SaveState::Unavailable(why)),
        };
        Self {
            model: RwSignal::new(model),
            save_state: RwSignal::new(save_state),
            route: RwSignal::new(Route::parse(&browser::current_fragment())),
            now: RwSignal::new(browser::now()),
        }
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
        let _ = self.dispatch(msg);
    }

    /// Applies a change now. On error the model is untouched.
    pub fn dispatch(self, msg: Msg) -> Result<(), UpdateError> {
        let mut result = Ok(());
        self.model.maybe_update(|model| {
            result = update(model, msg, browser::now());
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

    /// Offers everything in this tab as a JSON file, the same document that is stored.
    pub fn download_copy(self) -> Result<(), String> {
        let text = self.model.with_untracked(crate::domain::persist::encode);
        browser::download_text("candor-data.json", "application/json", &text)
    }

    /// Takes in what other tabs save, so that every open tab shows the same data and neither
    /// tab's work is lost (`merge_from_other_tab`). If another tab saves something this build
    /// cannot read (a newer version, after an update there), this tab stops writing so that it
    /// never overwrites it, and says so.
    pub fn follow_other_tabs(self) {
        let listener = storage::watch_other_tabs(move |text| {
            // Removed elsewhere: keep what is here; the next change saves it again.
            let Some(text) = text else { return };
            match persist::decode(&text) {
                Ok(incoming) => {
                    if self
                        .save_state
                        .with_untracked(|s| matches!(s, SaveState::ProtectingUnreadable { .. }))
                    {
                        self.save_state.set(SaveState::Saved);
                    }
                    self.model
                        .update(|model| *model = merge_from_other_tab(model, incoming));
                }
                Err(error) => self.save_state.set(SaveState::ProtectingUnreadable {
                    raw: text,
                    reason: error.to_string(),
                }),
            }
        });
        on_cleanup(move || listener.remove());
    }

    /// Writes the model to storage after every change, and records whether that worked.
    pub fn save_changes(self) {
        Effect::new(move |previous: Option<()>| {
            self.model.track();
            // The first run sees the model just loaded: there is nothing new to write.
            if previous.is_none() || !self.save_state.with_untracked(SaveState::may_write) {
                return;
            }
            let saved = self.model.with_untracked(storage::save);
            self.save_state.set(match saved {
                Ok(()) => SaveState::Saved,
                Err(error) => SaveState::Failed(error),
            });
        });
    }
}

/// The app state provided by the root component.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
