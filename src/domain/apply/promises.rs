//! What the recruiter promised: recording a promise, marking it kept, removing one.

use crate::domain::model::{Model, UpdateError};

use crate::domain::msg::Msg;
use chrono::{DateTime, Utc};

/// Applies one of this area's messages (see `apply_everyday`); others are refused.
pub(super) fn apply(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg {
        Msg::AddPromise { id, mut promise } => {
            let opportunity = model.opportunity_mut(&id)?;
            if opportunity.promises.iter().any(|p| p.id == promise.id) {
                return Err(UpdateError::DuplicateId(promise.id));
            }
            promise.what = promise.what.trim().to_owned();
            if promise.what.is_empty() {
                return Err(UpdateError::NothingToStartWith);
            }
            opportunity.promises.push(promise);
            opportunity.updated_at = now;
        }
        Msg::PromiseKept { id, promise, kept } => {
            let opportunity = model.opportunity_mut(&id)?;
            let found = opportunity
                .promises
                .iter_mut()
                .find(|p| p.id == promise)
                .ok_or(UpdateError::NotFound(promise))?;
            found.kept_at = if kept {
                found.kept_at.or(Some(now))
            } else {
                None
            };
            opportunity.updated_at = now;
        }
        Msg::RemovePromise { id, promise } => {
            let opportunity = model.opportunity_mut(&id)?;
            let before = opportunity.promises.len();
            opportunity.promises.retain(|p| p.id != promise);
            if opportunity.promises.len() == before {
                return Err(UpdateError::NotFound(promise));
            }
            opportunity.updated_at = now;
        }
        _ => return Err(UpdateError::NotReady),
    }
    Ok(())
}
