//! The whole durable state of the app, and the queries the screens ask of it. What changes
//! it are the messages (`msg.rs`), applied by `apply`.

use super::board_card::BoardCard;
use super::elsewhere::Elsewhere;
use super::opportunity::{Opportunity, OpportunityId, StatusFilter};
use super::pitch::Pitch;
use super::playbook::{built_in_ref, Playbook, PlaybookId};
use super::playbook_update::{check_version, VersionCheck};
use serde::Serialize;
use std::fmt;

/// Everything the candidate keeps in Candor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Model {
    pub opportunities: Vec<Opportunity>,
    /// The candidate's own pitch.
    pub pitch: Pitch,
    /// The candidate's own playbooks: copies to edit, and those imported from a coach.
    pub playbooks: Vec<Playbook>,
    /// The playbook new opportunities follow; `None` for the built-in one.
    pub new_playbook: Option<PlaybookId>,
    /// Interviews and offers elsewhere, which every recruiter should hear about.
    pub elsewhere: Vec<Elsewhere>,
    /// A coach's board: candidates' snapshots the coach chose to keep (`board.rs`).
    pub board: Vec<BoardCard>,
}

/// What importing a playbook would do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// A playbook the candidate does not have yet.
    New,
    /// A newer version of one the candidate has: what changed is offered item by item.
    Newer,
    /// The version the candidate has: up to date.
    Same,
    /// An older version than the one the candidate has: it changes nothing.
    Older,
}

/// Why a message could not be applied. The model is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpdateError {
    /// A new opportunity needs at least a company or a recruiter's name.
    NothingToStartWith,
    /// The id is already taken.
    DuplicateId(OpportunityId),
    /// Nothing has this id.
    NotFound(OpportunityId),
    /// A number outside what the field allows.
    OutOfRange,
    /// No playbook of the candidate's has this id (the built-in one cannot be changed).
    NoSuchPlaybook,
    /// A playbook with this id is already here (or the id is the built-in one's).
    PlaybookIdTaken,
    /// The change does not apply to the playbook as it is (an item gone, a move past the end).
    PlaybookChangeFailed,
    /// The stored data has not been read yet, so nothing can be changed.
    NotReady,
    /// The coach board already has `board_card::MAX_CARDS` cards.
    BoardFull,
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UpdateError::NothingToStartWith => {
                f.write_str("Enter the company or the recruiter's name to start.")
            }
            UpdateError::DuplicateId(_) => {
                f.write_str("That could not be added because of an id clash. Please try again.")
            }
            UpdateError::NotFound(_) => {
                f.write_str("That is no longer here. It may have been removed.")
            }
            UpdateError::OutOfRange => f.write_str("That value is out of range."),
            UpdateError::NoSuchPlaybook => {
                f.write_str("That playbook is no longer here. It may have been deleted.")
            }
            UpdateError::PlaybookIdTaken => {
                f.write_str("That playbook could not be added because of an id clash.")
            }
            UpdateError::PlaybookChangeFailed => {
                f.write_str("That change no longer applies to the playbook.")
            }
            UpdateError::NotReady => {
                f.write_str("Candor is still reading your saved data. Try again in a moment.")
            }
            UpdateError::BoardFull => f.write_str(
                "Your coach board is full. Remove a card you no longer need, then keep this one.",
            ),
        }
    }
}

impl std::error::Error for UpdateError {}

impl Model {
    /// The opportunity with this id.
    pub fn opportunity(&self, id: &OpportunityId) -> Option<&Opportunity> {
        self.opportunities.iter().find(|o| &o.id == id)
    }

    pub(crate) fn opportunity_mut(
        &mut self,
        id: &OpportunityId,
    ) -> Result<&mut Opportunity, UpdateError> {
        self.opportunities
            .iter_mut()
            .find(|o| &o.id == id)
            .ok_or_else(|| UpdateError::NotFound(id.clone()))
    }

    /// One of the candidate's own playbooks.
    pub fn own_playbook(&self, id: &PlaybookId) -> Option<&Playbook> {
        self.playbooks.iter().find(|p| &p.id == id)
    }

    /// A playbook by id, the built-in one included.
    pub fn playbook(&self, id: &PlaybookId) -> Option<&Playbook> {
        if id.is_built_in() {
            Some(built_in_ref())
        } else {
            self.own_playbook(id)
        }
    }

    /// The playbook an opportunity follows: its own choice if that still exists, else the
    /// built-in one.
    pub fn playbook_of(&self, opportunity: &Opportunity) -> &Playbook {
        opportunity
            .playbook
            .as_ref()
            .and_then(|id| self.own_playbook(id))
            .unwrap_or(built_in_ref())
    }

    /// The number of the rule of `rule`'s kind in the playbook opportunity `id` follows, if
    /// both exist: what a screen states, so that a coach's numbers show everywhere.
    pub fn rule_number(&self, id: &OpportunityId, rule: super::playbook::DueRule) -> Option<u32> {
        let opportunity = self.opportunity(id)?;
        self.playbook_of(opportunity).number_for(rule)
    }

    /// What importing `playbook` would do.
    pub fn import_kind(&self, playbook: &Playbook) -> ImportKind {
        match self
            .own_playbook(&playbook.id)
            .map(|mine| check_version(mine.kept_version(), playbook.version))
        {
            None => ImportKind::New,
            Some(VersionCheck::Newer { .. }) => ImportKind::Newer,
            Some(VersionCheck::Same) => ImportKind::Same,
            Some(VersionCheck::Older { .. }) => ImportKind::Older,
        }
    }

    /// How many opportunities follow a playbook.
    pub fn followers(&self, playbook: &PlaybookId) -> usize {
        self.opportunities
            .iter()
            .filter(|o| o.playbook.as_ref() == Some(playbook))
            .count()
    }

    /// Whether an id is already used.
    pub fn has_id(&self, id: &OpportunityId) -> bool {
        self.opportunity(id).is_some()
    }

    /// The opportunities a filter shows, most recently changed first.
    pub fn filtered(&self, filter: StatusFilter) -> Vec<&Opportunity> {
        let mut shown: Vec<&Opportunity> = self
            .opportunities
            .iter()
            .filter(|o| filter.matches(o))
            .collect();
        shown.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        shown
    }

    /// How many opportunities each filter shows.
    pub fn count(&self, filter: StatusFilter) -> usize {
        self.opportunities
            .iter()
            .filter(|o| filter.matches(o))
            .count()
    }
}
