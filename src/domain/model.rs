//! The whole durable state of the app, the messages that change it, and the queries the
//! screens ask of it. `update` is pure: it takes the time as an input.

use super::opportunity::{Field, Opportunity, OpportunityId, Status, StatusFilter};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Everything the candidate keeps in Candor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Model {
    pub opportunities: Vec<Opportunity>,
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
}

/// Why a message could not be applied. The model is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpdateError {
    /// A new opportunity needs at least a company or a recruiter's name.
    NothingToStartWith,
    /// The id is already taken.
    DuplicateId(OpportunityId),
    /// No opportunity has this id.
    NotFound(OpportunityId),
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
                f.write_str("That opportunity is no longer here. It may have been removed.")
            }
        }
    }
}

impl std::error::Error for UpdateError {}

impl Model {
    /// The opportunity with this id.
    pub fn opportunity(&self, id: &OpportunityId) -> Option<&Opportunity> {
        self.opportunities.iter().find(|o| &o.id == id)
    }

    fn opportunity_mut(&mut self, id: &OpportunityId) -> Result<&mut Opportunity, UpdateError> {
        self.opportunities
            .iter_mut()
            .find(|o| &o.id == id)
            .ok_or_else(|| UpdateError::NotFound(id.clone()))
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

/// Applies one message at time `now`.
pub fn update(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
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
            model
                .opportunities
                .push(Opportunity::new(id, &company, &recruiter_name, now));
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
                opportunity.status = status;
                opportunity.updated_at = now;
            }
        }
        Msg::Archive(id) => set_archived(model, &id, true, now)?,
        Msg::Restore(id) => set_archived(model, &id, false, now)?,
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
