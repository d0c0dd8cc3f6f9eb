//! The whole durable state of the app, the messages that change it, and the queries the
//! screens ask of it. The messages are applied by `domain::apply`, one module per area;
//! `update` (re-exported here) is pure: it takes the time as an input.

use super::apply::playbooks::PlaybookMsg;
use super::board::BoardCard;
use super::contact::Contact;
use super::elsewhere::Elsewhere;
use super::id::Id;
use super::note::SentNote;
use super::opportunity::{Field, Opportunity, OpportunityId, Status, StatusFilter};
use super::pitch::{Pitch, PitchField};
use super::playbook::{built_in_ref, Playbook, PlaybookChange, PlaybookId};
use super::promise::Promise;
use super::round::{DebriefField, InterviewFormat, Rapport};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use std::fmt;

pub use super::apply::{apply_everyday, update};

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
    /// A different version of one the candidate has: it replaces it.
    Update,
    /// Exactly one the candidate has: nothing to do.
    AlreadyHave,
}

/// A change the candidate asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// Start tracking a new opportunity; `id` must be fresh.
    AddOpportunity {
        id: OpportunityId,
        company: String,
        recruiter_name: String,
    },
    /// Replace the text of one field.
    EditField {
        id: OpportunityId,
        field: Field,
        value: String,
    },
    /// Move the opportunity to another stage, or close it with a reason.
    SetStatus { id: OpportunityId, status: Status },
    /// Hide the opportunity from the everyday list, keeping everything.
    Archive(OpportunityId),
    /// Bring an archived opportunity back.
    Restore(OpportunityId),
    /// Delete opportunities for good, with their whole history (after the candidate
    /// confirmed): to make room when storage is nearly full.
    Delete(Vec<OpportunityId>),
    /// Add an entry to the contact log; its id must be fresh.
    LogContact { id: OpportunityId, contact: Contact },
    /// Remove an entry logged by mistake.
    RemoveContact { id: OpportunityId, contact: Id },
    /// Tick or untick a checklist item, of the opportunity or of one round.
    Check {
        id: OpportunityId,
        round: Option<Id>,
        item: String,
        checked: bool,
    },
    /// Mark a dated action done (its key comes from the plan).
    ActionDone { id: OpportunityId, action: String },
    /// Add an interview round; its id must be fresh.
    AddRound { id: OpportunityId, round: Id },
    /// Change something about one round.
    EditRound {
        id: OpportunityId,
        round: Id,
        change: RoundChange,
    },
    /// Record the candidate's answer to one of the usual questions.
    SetCallAnswer {
        id: OpportunityId,
        question: String,
        answer: String,
    },
    /// The people the candidate could refer.
    SetReferrals { id: OpportunityId, text: String },
    /// Change the candidate's pitch.
    EditPitch { field: PitchField, value: String },
    /// Keep the text of a note being written (`note::draft_key`).
    SaveDraft {
        id: OpportunityId,
        key: String,
        text: String,
    },
    /// A note was sent: keep its text, log it, thank the interviewer or tick the follow-up.
    NoteSent { id: OpportunityId, note: SentNote },
    /// Record what the recruiter promised; its id must be fresh.
    AddPromise { id: OpportunityId, promise: Promise },
    /// Mark a promise kept, or open again.
    PromiseKept {
        id: OpportunityId,
        promise: Id,
        kept: bool,
    },
    /// Remove a promise recorded by mistake.
    RemovePromise { id: OpportunityId, promise: Id },
    /// Log an interview or an offer elsewhere; its id must be fresh.
    LogElsewhere(Elsewhere),
    /// Remove one logged by mistake.
    RemoveElsewhere(Id),
    /// Keep a candidate's snapshot on the coach board, replacing the card of the same
    /// opportunity.
    KeepOnBoard(BoardCard),
    /// Take a card off the coach board, by its key.
    RemoveFromBoard(String),
    /// Make an editable copy of a playbook (the built-in one or the candidate's own) under a
    /// fresh id.
    CopyPlaybook { from: PlaybookId, id: PlaybookId },
    /// Change one of the candidate's own playbooks.
    EditPlaybook {
        id: PlaybookId,
        change: PlaybookChange,
    },
    /// Delete one of the candidate's own playbooks; opportunities that followed it follow
    /// the built-in one again.
    RemovePlaybook(PlaybookId),
    /// Keep a playbook from a link: added, or replacing the candidate's copy of it.
    ImportPlaybook(Playbook),
    /// Choose the playbook new opportunities follow (`None`: the built-in one).
    UseForNew(Option<PlaybookId>),
}

/// A change to one interview round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundChange {
    StartsAt(Option<DateTime<Utc>>),
    EndsAt(Option<DateTime<Utc>>),
    Format(InterviewFormat),
    Place(String),
    Briefing(String),
    DebriefPlannedAt(Option<DateTime<Utc>>),
    /// Add someone you will meet; the id must be fresh.
    AddInterviewer {
        interviewer: Id,
        name: String,
    },
    EditInterviewer {
        interviewer: Id,
        field: InterviewerField,
        value: String,
    },
    RemoveInterviewer(Id),
    /// The thank-you note to this interviewer was sent (or not).
    Thanked {
        interviewer: Id,
        sent: bool,
    },
    Debrief {
        field: DebriefField,
        value: String,
    },
    Rapport {
        interviewer: Id,
        rapport: Option<Rapport>,
    },
    Interest(Option<u8>),
    FeedbackExpectedOn(Option<NaiveDate>),
    /// The debrief call happened (or not).
    DebriefDone(bool),
}

/// An interviewer's editable details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InterviewerField {
    Name,
    Title,
    LooksFor,
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
    /// The coach board already has `board::MAX_CARDS` cards.
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

    /// What importing `playbook` would do.
    pub fn import_kind(&self, playbook: &Playbook) -> ImportKind {
        match self.own_playbook(&playbook.id) {
            None => ImportKind::New,
            Some(mine) if mine == playbook => ImportKind::AlreadyHave,
            Some(_) => ImportKind::Update,
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

/// The part of the app a message belongs to: each is applied by its own module, so that the
/// screens of one part carry only their own handling.
#[derive(Debug)]
pub enum Area {
    /// Opportunities, rounds, contacts, notes and the pitch (`apply::apply_everyday`).
    Everyday(Msg),
    /// The candidate's own playbooks (`apply::playbooks::apply`).
    Playbooks(PlaybookMsg),
}

impl Msg {
    /// Whether this is sent at each keystroke in a text field. Such changes are saved once
    /// the candidate pauses; others (a tap, a choice) a moment after they are made.
    pub fn is_typing(&self) -> bool {
        match self {
            Msg::EditField { .. }
            | Msg::EditPitch { .. }
            | Msg::SaveDraft { .. }
            | Msg::SetCallAnswer { .. }
            | Msg::SetReferrals { .. } => true,
            Msg::EditRound { change, .. } => matches!(
                change,
                RoundChange::Place(_)
                    | RoundChange::Briefing(_)
                    | RoundChange::EditInterviewer { .. }
                    | RoundChange::Debrief { .. }
            ),
            Msg::EditPlaybook { change, .. } => matches!(
                change,
                PlaybookChange::Rename(_)
                    | PlaybookChange::CoachName(_)
                    | PlaybookChange::CoachMessage(_)
                    | PlaybookChange::Text { .. }
                    | PlaybookChange::Why { .. }
            ),
            _ => false,
        }
    }

    /// Whether this is a change to the candidate's playbooks (`Area::Playbooks`); cheaper
    /// than `area` when only the answer is needed.
    pub fn is_playbook_change(&self) -> bool {
        matches!(
            self,
            Msg::CopyPlaybook { .. }
                | Msg::EditPlaybook { .. }
                | Msg::RemovePlaybook(_)
                | Msg::ImportPlaybook(_)
                | Msg::UseForNew(_)
        )
    }

    /// Which part of the app applies this message.
    pub fn area(self) -> Area {
        Area::Playbooks(match self {
            Msg::CopyPlaybook { from, id } => PlaybookMsg::Copy { from, id },
            Msg::EditPlaybook { id, change } => PlaybookMsg::Edit { id, change },
            Msg::RemovePlaybook(id) => PlaybookMsg::Remove(id),
            Msg::ImportPlaybook(playbook) => PlaybookMsg::Import(playbook),
            Msg::UseForNew(choice) => PlaybookMsg::UseForNew(choice),
            everyday => return Area::Everyday(everyday),
        })
    }
}
