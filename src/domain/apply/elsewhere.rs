//! Interviews and offers elsewhere: logging one, removing one logged by mistake.

use crate::domain::model::{Model, UpdateError};

use crate::domain::msg::Msg;

/// Applies one of this area's messages (see `apply_everyday`); others are refused.
pub(super) fn apply(model: &mut Model, msg: Msg) -> Result<(), UpdateError> {
    match msg {
        Msg::LogElsewhere(mut event) => {
            if model.elsewhere.iter().any(|e| e.id == event.id) {
                return Err(UpdateError::DuplicateId(event.id));
            }
            event.what = event.what.trim().to_owned();
            model.elsewhere.push(event);
        }
        Msg::RemoveElsewhere(id) => {
            let before = model.elsewhere.len();
            model.elsewhere.retain(|e| e.id != id);
            if model.elsewhere.len() == before {
                return Err(UpdateError::NotFound(id));
            }
        }
        _ => return Err(UpdateError::NotReady),
    }
    Ok(())
}
