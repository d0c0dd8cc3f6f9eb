//! Applying the candidate's changes, one module per area, so that each reads on one screen:
//! opportunities (and their checklists), rounds, contacts, notes, the recruiter's promises,
//! interviews and offers elsewhere, the coach board, and the candidate's own playbooks. `update` applies any message; the app's writer carries `apply_everyday` (all but
//! playbooks), and the Playbook screens bring `playbooks::apply_msg` with them.

mod contacts;
mod elsewhere;
mod notes;
mod opportunities;
pub mod playbooks;
mod promises;
mod recruiters;
mod rounds;

use super::board_card;
use super::model::{Model, UpdateError};
use super::msg::{Area, Msg};
use chrono::{DateTime, Utc};

/// Applies one message at time `now`.
pub fn update(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg.area() {
        Area::Everyday(msg) => apply_everyday(model, msg, now),
        Area::Playbooks(msg) => playbooks::apply(model, msg, now),
    }
}

/// Applies a message of the everyday part (`Area::Everyday`) at time `now`, handing it to
/// its area's module.
pub fn apply_everyday(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg {
        Msg::AddOpportunity { .. }
        | Msg::EditField { .. }
        | Msg::SetStatus { .. }
        | Msg::AnswerBy { .. }
        | Msg::Archive(_)
        | Msg::Restore(_)
        | Msg::Delete(_)
        | Msg::Check { .. }
        | Msg::ActionDone { .. }
        | Msg::SetCallAnswer { .. }
        | Msg::SetReferrals { .. } => opportunities::apply(model, msg, now),
        Msg::AddRound { .. } | Msg::EditRound { .. } => rounds::apply(model, msg, now),
        Msg::LogContact { .. } | Msg::RemoveContact { .. } => contacts::apply(model, msg, now),
        Msg::SaveDraft { .. } | Msg::NoteSent { .. } => notes::apply(model, msg, now),
        Msg::AddPromise { .. } | Msg::PromiseKept { .. } | Msg::RemovePromise { .. } => {
            promises::apply(model, msg, now)
        }
        Msg::LogElsewhere(_) | Msg::RemoveElsewhere(_) => elsewhere::apply(model, msg),
        Msg::MergeRecruiters { .. }
        | Msg::SplitRecruiter { .. }
        | Msg::RecruiterAbout { .. }
        | Msg::KeepInTouch { .. } => recruiters::apply(model, msg, now),
        Msg::KeepOnBoard(card) => {
            if board_card::keep(&mut model.board, card) {
                Ok(())
            } else {
                Err(UpdateError::BoardFull)
            }
        }
        Msg::RemoveFromBoard(key) => {
            model.board.retain(|card| card.key != key);
            Ok(())
        }
        Msg::EditPitch { field, value } => {
            model.pitch.set_field(field, value);
            Ok(())
        }
        // `update` and the app's dispatch send these to `playbooks::apply` (`Msg::area`).
        Msg::CopyPlaybook { .. }
        | Msg::EditPlaybook { .. }
        | Msg::RemovePlaybook(_)
        | Msg::ImportPlaybook(_)
        | Msg::TakePlaybookUpdate { .. }
        | Msg::UseForNew(_) => Err(UpdateError::NotReady),
    }
}
