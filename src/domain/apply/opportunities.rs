//! Changes to opportunities themselves: adding one, its fields and status, archiving and
//! deleting, the recruiter's-call answers and referrals, and the ticks of checklists and
//! dated actions.

use crate::domain::model::{Model, UpdateError};

use crate::domain::msg::Msg;
use crate::domain::opportunity::{
    Opportunity, OpportunityId, Status, StatusChange, MAX_STATUS_CHANGES,
};
use chrono::{DateTime, Utc};

/// Applies one of this area's messages (see `apply_everyday`); others are refused.
pub(super) fn apply(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg {
        Msg::AddOpportunity {
            id,
            company,
            recruiter_name,
        } => {
            if company.trim().is_empty() && recruiter_name.trim().is_empty() {
                return Err(UpdateError::NothingToStartWith);
            }
            if model.has_id(&id) {
                return Err(UpdateError::DuplicateId(id));
            }
            let mut opportunity = Opportunity::new(id, &company, &recruiter_name, now);
            opportunity.playbook = model
                .new_playbook
                .clone()
                .filter(|p| model.own_playbook(p).is_some());
            model.opportunities.push(opportunity);
        }
        Msg::EditField { id, field, value } => {
            let opportunity = model.opportunity_mut(&id)?;
            if opportunity.set_field(field, &value) {
                opportunity.updated_at = now;
            }
        }
        Msg::SetStatus { id, status } => {
            let opportunity = model.opportunity_mut(&id)?;
            if opportunity.status != status {
                // When it was closed (for the word to the recruiter that closing asks for).
                opportunity.closed_at = match status {
                    Status::Closed(_) if opportunity.status.is_closed() => opportunity.closed_at,
                    Status::Closed(_) => Some(now),
                    _ => None,
                };
                opportunity.status = status;
                // A date asked for belongs to the offer it came with.
                if status != Status::Offer {
                    opportunity.answer_by = None;
                }
                let changes = &mut opportunity.status_changes;
                changes.push(StatusChange { at: now, status });
                if changes.len() > MAX_STATUS_CHANGES {
                    changes.remove(0);
                }
                opportunity.updated_at = now;
            }
        }
        Msg::AnswerBy { id, by } => {
            let opportunity = model.opportunity_mut(&id)?;
            if opportunity.answer_by != by {
                opportunity.answer_by = by;
                opportunity.updated_at = now;
            }
        }
        Msg::Archive(id) => set_archived(model, &id, true, now)?,
        Msg::Restore(id) => set_archived(model, &id, false, now)?,
        Msg::Delete(ids) => {
            if let Some(gone) = ids.iter().find(|id| model.opportunity(id).is_none()) {
                return Err(UpdateError::NotFound(gone.clone()));
            }
            let mut ids = ids;
            ids.sort_unstable();
            model
                .opportunities
                .retain(|o| ids.binary_search(&o.id).is_err());
        }
        Msg::Check {
            id,
            round,
            item,
            checked,
        } => {
            let opportunity = model.opportunity_mut(&id)?;
            let ticks = match round {
                Some(round) => &mut super::rounds::round_mut(opportunity, &round)?.checked,
                None => &mut opportunity.checked,
            };
            if checked {
                ticks.entry(item).or_insert(now.timestamp_millis());
            } else {
                ticks.remove(&item);
            }
            opportunity.updated_at = now;
        }
        Msg::ActionDone { id, action } => {
            let opportunity = model.opportunity_mut(&id)?;
            opportunity
                .actions_done
                .entry(action)
                .or_insert(now.timestamp_millis());
            opportunity.updated_at = now;
        }
        Msg::SetCallAnswer {
            id,
            question,
            answer,
        } => {
            let opportunity = model.opportunity_mut(&id)?;
            opportunity.call_answers.insert(question, answer);
            opportunity.updated_at = now;
        }
        Msg::SetReferrals { id, text } => {
            let opportunity = model.opportunity_mut(&id)?;
            opportunity.referrals = text;
            opportunity.updated_at = now;
        }
        _ => return Err(UpdateError::NotReady),
    }
    Ok(())
}

fn set_archived(
    model: &mut Model,
    id: &OpportunityId,
    archived: bool,
    now: DateTime<Utc>,
) -> Result<(), UpdateError> {
    let opportunity = model.opportunity_mut(id)?;
    if opportunity.archived != archived {
        opportunity.archived = archived;
        opportunity.updated_at = now;
    }
    Ok(())
}
