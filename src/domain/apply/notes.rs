//! Notes: drafts kept while the candidate writes, and a thank-you or follow-up marked sent
//! (which ticks the interviewer or the follow-up item and logs the e-mail).

use super::rounds::{interviewer_mut, round_mut};
use crate::domain::contact::{Contact, ContactKind, Direction};
use crate::domain::model::{Model, UpdateError};
use crate::domain::msg::Msg;
use crate::domain::note::draft_key;
use chrono::{DateTime, Utc};

/// The built-in checklist item that a follow-up to the recruiter completes.
const FOLLOW_UP_ITEM: &str = "thanks-recruiter";

/// Applies one of this area's messages (see `apply_everyday`); others are refused.
pub(super) fn apply(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg {
        Msg::SaveDraft { id, key, text } => {
            let opportunity = model.opportunity_mut(&id)?;
            opportunity.drafts.insert(key, text);
        }
        Msg::NoteSent { id, note } => {
            let opportunity = model.opportunity_mut(&id)?;
            if opportunity.notes_sent.iter().any(|n| n.id == note.id)
                || opportunity.contacts.iter().any(|c| c.id == note.id)
            {
                return Err(UpdateError::DuplicateId(note.id));
            }
            let round = round_mut(opportunity, &note.round)?;
            match &note.interviewer {
                Some(person) => {
                    let person = interviewer_mut(round, person)?;
                    person.thanked_at = Some(note.sent_at);
                }
                None => {
                    round
                        .checked
                        .insert(FOLLOW_UP_ITEM.to_owned(), note.sent_at.timestamp_millis());
                }
            }
            let summary = match &note.interviewer {
                Some(_) => format!("Thank-you note to {}", note.to),
                None => "Follow-up e-mail".to_owned(),
            };
            opportunity.contacts.push(Contact {
                id: note.id.clone(),
                at: note.sent_at,
                kind: ContactKind::Email,
                direction: Direction::Outgoing,
                summary,
                call_back_at: None,
                with_interviewer: note.interviewer.clone(),
                awaits_answer: false,
            });
            opportunity
                .drafts
                .remove(&draft_key(&note.round, note.interviewer.as_ref()));
            opportunity.notes_sent.push(note);
            opportunity.updated_at = now;
        }
        _ => return Err(UpdateError::NotReady),
    }
    Ok(())
}
