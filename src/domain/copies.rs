//! Copies of the search kept elsewhere: what changed since the last backup or transfer, and
//! when Today quietly suggests saving a copy. Browsers can clear a site's storage (Safari
//! does it to sites not used for 7 days unless they are on the Home Screen), and a copy on
//! another device or in a file is the surest protection.
//!
//! The suggestion never nags: it waits until changes have gone 7 days without a copy (3 in
//! a Safari tab that is not installed, where the clean-up applies), and once dismissed it
//! stays away for a week.

use super::model::Model;
use chrono::{DateTime, Duration, Utc};

/// Days changes may go without a copy before Today suggests one.
pub const REMIND_AFTER_DAYS: i64 = 7;
/// The same in a Safari tab that is not installed, where data unused for 7 days is cleared.
pub const REMIND_AFTER_DAYS_IN_SAFARI: i64 = 3;
/// Days a dismissed suggestion stays away.
pub const QUIET_AFTER_DISMISSING_DAYS: i64 = 7;

/// What changed since the last copy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangedSince {
    /// Opportunities added since.
    pub added: usize,
    /// Opportunities there before and changed since.
    pub changed: usize,
    /// Snapshots kept on the coach board since.
    pub board_cards: usize,
}

impl ChangedSince {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added == 0 && self.changed == 0 && self.board_cards == 0
    }
}

/// What changed in `model` since `copied_at` (everything, when no copy was ever made).
pub fn changed_since(model: &Model, copied_at: Option<DateTime<Utc>>) -> ChangedSince {
    let after = |at: DateTime<Utc>| copied_at.is_none_or(|copied| at > copied);
    let mut changes = ChangedSince::default();
    for opportunity in &model.opportunities {
        if after(opportunity.created_at) {
            changes.added += 1;
        } else if after(opportunity.updated_at) {
            changes.changed += 1;
        }
    }
    changes.board_cards = model.board.iter().filter(|c| after(c.kept_at)).count();
    changes
}

/// When the oldest change that no copy holds was made.
pub fn oldest_change_since(
    model: &Model,
    copied_at: Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    let after = |at: &DateTime<Utc>| copied_at.is_none_or(|copied| *at > copied);
    let opportunities = model.opportunities.iter().map(|o| o.updated_at);
    let cards = model.board.iter().map(|c| c.kept_at);
    opportunities.chain(cards).filter(after).min()
}

/// What Today needs to decide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CopyState {
    /// When the last backup or transfer was made on this device.
    pub copied_at: Option<DateTime<Utc>>,
    /// When the candidate last dismissed the suggestion.
    pub dismissed_at: Option<DateTime<Utc>>,
    /// Whether this is a Safari tab, not an installed app: its data is cleared after 7 days
    /// without a visit.
    pub cleared_when_unused: bool,
}

/// Whether Today suggests saving a copy now.
pub fn suggest_a_copy(model: &Model, state: CopyState, now: DateTime<Utc>) -> bool {
    if state
        .dismissed_at
        .is_some_and(|at| now - at < Duration::days(QUIET_AFTER_DISMISSING_DAYS))
    {
        return false;
    }
    let wait = if state.cleared_when_unused {
        REMIND_AFTER_DAYS_IN_SAFARI
    } else {
        REMIND_AFTER_DAYS
    };
    oldest_change_since(model, state.copied_at)
        .is_some_and(|oldest| now - oldest >= Duration::days(wait))
}
