//! The app's reactive state: one signal holding the model, one saying whether saving works,
//! and the current route. `dispatch` is the only way the model changes. Changes are written
//! to storage in small batches, and at once when the page is hidden or closed; each write
//! first merges what other tabs saved meanwhile, and never goes over data the app could not
//! read.

use crate::browser;
use crate::domain::due::would_double_message;
use crate::domain::id::Id;
use crate::domain::model::{update, Model, Msg, UpdateError};
use crate::domain::opportunity::Opportunity;
use crate::domain::persist;
use crate::domain::playbook::{built_in_ref, Playbook};
use crate::domain::round::Round;
use crate::domain::route::Route;
use crate::domain::sync::{copies_made_of, merge_cleared, merge_tabs, Conflict};
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
    /// When a write to storage last succeeded (in any tab, as of loading; then in this one).
    pub last_saved: RwSignal<Option<DateTime<Utc>>>,
    /// Records edited in this tab and another at once; both versions were kept.
    pub conflicts: RwSignal<Vec<Conflict>>,
    /// What this tab last read from or wrote to storage (the base of three-way merges with
    /// other tabs' saves), with a few earlier states (see `take_in`).
    synced: StoredValue<Synced>,
    /// Whether the model has changes not yet written, and the pending write, if scheduled.
    pending: StoredValue<Option<TimeoutHandle>>,
}

/// The texts this tab last read from or wrote to storage, and the models they hold, newest
/// last.
struct Synced(Vec<(Option<String>, Model)>);

impl Synced {
    /// How many states are remembered.
    const KEPT: usize = 8;

    fn new(text: Option<String>, model: Model) -> Self {
        Self(vec![(text, model)])
    }

    fn latest(&self) -> &(Option<String>, Model) {
        // Never empty: created with one state, and `push` only adds.
        &self.0[self.0.len() - 1]
    }

    fn push(&mut self, text: Option<String>, model: Model) {
        self.0.push((text, model));
        if self.0.len() > Self::KEPT {
            self.0.remove(0);
        }
    }

    /// The base to merge another tab's save against: the state that save was made from, if
    /// this tab knew it, else the latest.
    fn base_for(&self, old: Option<&Option<String>>) -> &Model {
        old.and_then(|old| self.0.iter().rev().find(|(text, _)| text == old))
            .map_or(&self.latest().1, |(_, model)| model)
    }
}

/// How long changes wait to be written together. A hidden or closing page writes at once.
const SAVE_DELAY: Duration = Duration::from_millis(300);

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
        let text = storage::read_text().ok().flatten();
        Self {
            synced: StoredValue::new(Synced::new(text, model.clone())),
            model: RwSignal::new(model),
            save_state: RwSignal::new(save_state),
            route: RwSignal::new(Route::parse(&browser::current_fragment())),
            now: RwSignal::new(browser::now()),
            last_saved: RwSignal::new(storage::saved_at()),
            conflicts: RwSignal::new(Vec::new()),
            pending: StoredValue::new(None),
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

    /// Takes in what other tabs save, so that every open tab shows the same data and no tab's
    /// work is lost (`merge_tabs`). If another tab saves something this build cannot read (a
    /// newer version, after an update there), this tab stops writing so that it never
    /// overwrites it, and says so.
    pub fn follow_other_tabs(self) {
        let listener = storage::watch_other_tabs(move |old, new| self.take_in(new, Some(old)));
        on_cleanup(move || listener.remove());
    }

    /// Merges the stored text (another tab's save, or `None` once cleared) into this tab.
    ///
    /// `old` is what the other tab replaced, when known (from the `storage` event). Tabs in
    /// different processes see each other's writes late: this tab may have written its own
    /// change over a stale copy before the other tab's event arrives. That event's `old` then
    /// names the state both started from, and merging against it finds every change of both.
    fn take_in(self, text: Option<String>, old: Option<Option<String>>) {
        if self.synced.with_value(|synced| synced.latest().0 == text) {
            return;
        }
        let incoming = match text.as_deref().map(persist::decode) {
            None => Model::default(),
            Some(Ok(model)) => model,
            Some(Err(error)) => {
                self.save_state.set(SaveState::ProtectingUnreadable {
                    raw: text.unwrap_or_default(),
                    reason: error.to_string(),
                });
                return;
            }
        };
        if self
            .save_state
            .with_untracked(|s| matches!(s, SaveState::ProtectingUnreadable { .. }))
        {
            self.save_state.set(SaveState::Saved);
        }
        let (merged, told) = self.synced.with_value(|synced| {
            let base = synced.base_for(old.as_ref());
            let merged = self.model.with_untracked(|local| match text {
                None => merge_cleared(base, local),
                Some(_) => merge_tabs(base, local, &incoming),
            });
            let told = copies_made_of(synced.0.iter().map(|(_, m)| m), base, &incoming);
            (merged, told)
        });
        let found: Vec<Conflict> = merged.conflicts.into_iter().chain(told).collect();
        if !found.is_empty() {
            self.conflicts.update(|all| {
                for conflict in found {
                    if all.iter().all(|c| c.copy != conflict.copy) {
                        all.push(conflict);
                    }
                }
            });
        }
        self.synced
            .update_value(|synced| synced.push(text, incoming));
        // Setting the model schedules a write if the merge holds anything storage lacks.
        self.model.set(merged.model);
    }

    /// Writes pending changes now: first takes in anything another tab saved meanwhile,
    /// then writes the whole document if it differs from what is stored.
    pub fn flush(self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if !self.save_state.with_untracked(SaveState::may_write) {
            return;
        }
        match storage::read_text() {
            Ok(stored) => self.take_in(stored, None),
            Err(error) => {
                self.save_state.set(SaveState::Failed(error));
                return;
            }
        }
        if !self.save_state.with_untracked(SaveState::may_write) {
            return;
        }
        let text = self.model.with_untracked(persist::encode);
        let unchanged = self.synced.with_value(|synced| match &synced.latest().0 {
            Some(known) => *known == text,
            // Nothing stored (a first visit, or just cleared): nothing to write until there is
            // something to keep.
            None => self
                .model
                .with_untracked(|m| *m == synced.latest().1 && *m == Model::default()),
        });
        if unchanged {
            self.save_state.set(SaveState::Saved);
            return;
        }
        match storage::write_text(&text) {
            Ok(()) => {
                let model = self.model.get_untracked();
                self.synced
                    .update_value(|synced| synced.push(Some(text), model));
                let now = browser::now();
                storage::record_saved_at(now);
                self.last_saved.set(Some(now));
                self.save_state.set(SaveState::Saved);
            }
            Err(error) => self.save_state.set(SaveState::Failed(error)),
        }
    }

    /// Writes changes to storage shortly after they are made (several at once while the
    /// candidate types), and at once when the page is hidden or closed, so that closing the
    /// tab right after typing loses nothing.
    pub fn save_changes(self) {
        Effect::new(move |previous: Option<()>| {
            self.model.track();
            // The first run sees the model just loaded: there is nothing new to write.
            if previous.is_none() || self.pending.with_value(Option::is_some) {
                return;
            }
            let handle = set_timeout_with_handle(move || self.flush(), SAVE_DELAY).ok();
            self.pending.set_value(handle);
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
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        self.synced.set_value(Synced::new(None, Model::default()));
        self.model.set(Model::default());
        self.conflicts.set(Vec::new());
        Ok(())
    }
}

/// The app state provided by the root component.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
