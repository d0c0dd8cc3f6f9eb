//! Changes to the contact log: logging a call, voicemail, e-mail or text, and removing one.

use crate::domain::model::{Model, UpdateError};

use crate::domain::msg::Msg;
use chrono::{DateTime, Utc};

/// Applies one of this area's messages (see `apply_everyday`); others are refused.
pub(super) fn apply(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg {
        Msg::LogContact { id, contact } => {
            let opportunity = model.opportunity_mut(&id)?;
            if opportunity.contacts.iter().any(|c| c.id == contact.id) {
                return Err(UpdateError::DuplicateId(contact.id));
            }
            opportunity.contacts.push(contact);
            opportunity.updated_at = now;
        }
        Msg::RemoveContact { id, contact } => {
            let opportunity = model.opportunity_mut(&id)?;
            let before = opportunity.contacts.len();
            opportunity.contacts.retain(|c| c.id != contact);
            if opportunity.contacts.len() == before {
                return Err(UpdateError::NotFound(contact));
            }
            opportunity.updated_at = now;
        }
        _ => return Err(UpdateError::NotReady),
    }
    Ok(())
}
