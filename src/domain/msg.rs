//! The messages: every change the candidate can ask for, one `Msg`, and the part of the app
//! that applies each (`Area`). Each area's own changes live beside its records
//! (`round::RoundChange`, `playbook::PlaybookChange`, `playbook::PlaybookMsg`); `apply`
//! applies them.

use super::board_card::BoardCard;
use super::contact::Contact;
use super::elsewhere::Elsewhere;
use super::id::Id;
use super::note::SentNote;
use super::opportunity::{Field, OpportunityId, Status};
use super::pitch::PitchField;
use super::playbook::{Playbook, PlaybookChange, PlaybookId, PlaybookMsg};
use super::promise::Promise;
use super::round::RoundChange;

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
    /// The day the recruiter asked for an answer to the offer by (`None`: none given).
    AnswerBy {
        id: OpportunityId,
        by: Option<chrono::NaiveDate>,
    },
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
    /// Take part of a newer version of a kept playbook (`PlaybookMsg::TakeUpdate`).
    TakePlaybookUpdate {
        theirs: Box<Playbook>,
        taken: Vec<String>,
    },
    /// Choose the playbook new opportunities follow (`None`: the built-in one).
    UseForNew(Option<PlaybookId>),
    /// The recruiters of two opportunities are one person: their entries become one. `person`
    /// is a fresh id, used when neither entry has one yet.
    MergeRecruiters {
        into: OpportunityId,
        other: OpportunityId,
        person: Id,
    },
    /// The recruiter of this opportunity is not the one of its entry's others: it gets an
    /// entry of its own (`person`, fresh), and the others stay together (`rest`, fresh, used
    /// when they have no `person` yet).
    SplitRecruiter {
        id: OpportunityId,
        person: Id,
        rest: Id,
    },
    /// The candidate's notes about the recruiter of this opportunity (and of its entry).
    RecruiterAbout { id: OpportunityId, text: String },
    /// Keep in touch with the recruiter of this opportunity every so many months, or stop
    /// (`None`).
    KeepInTouch {
        id: OpportunityId,
        every_months: Option<u8>,
    },
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
            | Msg::SetReferrals { .. }
            | Msg::RecruiterAbout { .. } => true,
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
                | Msg::TakePlaybookUpdate { .. }
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
            Msg::TakePlaybookUpdate { theirs, taken } => PlaybookMsg::TakeUpdate { theirs, taken },
            Msg::UseForNew(choice) => PlaybookMsg::UseForNew(choice),
            everyday => return Area::Everyday(everyday),
        })
    }
}
