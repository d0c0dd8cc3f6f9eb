//! The candidate's own playbooks: copying one (the built-in playbook or their own), editing,
//! removing and importing them, and choosing the one new opportunities follow. Applied here
//! rather than with the writer's `apply_everyday`, so that only the Playbook screens carry
//! this code.

use crate::domain::msg::{Area, Msg};

use crate::domain::model::{Model, UpdateError};
use crate::domain::playbook::{KeptFrom, PlaybookMsg};
use crate::domain::playbook_update::{offers_for, take};
use chrono::{DateTime, Utc};

/// Applies one change to the candidate's playbooks at time `now`.
pub fn apply(model: &mut Model, msg: PlaybookMsg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg {
        PlaybookMsg::Copy { from, id } => {
            if id.is_built_in() || model.own_playbook(&id).is_some() {
                return Err(UpdateError::PlaybookIdTaken);
            }
            let mut copy = model
                .playbook(&from)
                .ok_or(UpdateError::NoSuchPlaybook)?
                .clone();
            copy.name = if from.is_built_in() {
                "My playbook".to_owned()
            } else {
                format!("Copy of {}", copy.name)
            };
            copy.id = id;
            copy.version = 1;
            model.playbooks.push(copy);
        }
        PlaybookMsg::Edit { id, change } => {
            let playbook = model
                .playbooks
                .iter_mut()
                .find(|p| p.id == id)
                .ok_or(UpdateError::NoSuchPlaybook)?;
            if !playbook.apply(change) {
                return Err(UpdateError::PlaybookChangeFailed);
            }
            // A playbook of the candidate's own (a coach's, when they share it) gets a new
            // version with each change; a kept copy keeps the version it came from.
            if playbook.kept_from.is_none() {
                playbook.version = playbook.version.saturating_add(1);
            }
        }
        PlaybookMsg::Remove(id) => {
            let before = model.playbooks.len();
            model.playbooks.retain(|p| p.id != id);
            if model.playbooks.len() == before {
                return Err(UpdateError::NoSuchPlaybook);
            }
            if model.new_playbook.as_ref() == Some(&id) {
                model.new_playbook = None;
            }
            for opportunity in &mut model.opportunities {
                if opportunity.playbook.as_ref() == Some(&id) {
                    opportunity.playbook = None;
                    opportunity.updated_at = now;
                }
            }
        }
        PlaybookMsg::Import(mut playbook) => {
            if playbook.id.is_built_in() {
                return Err(UpdateError::PlaybookIdTaken);
            }
            playbook.kept_from = Some(Box::new(KeptFrom::of(&playbook)));
            match model.playbooks.iter_mut().find(|p| p.id == playbook.id) {
                Some(mine) => *mine = playbook,
                None => model.playbooks.push(playbook),
            }
        }
        PlaybookMsg::TakeUpdate { theirs, taken } => {
            let mine = model
                .playbooks
                .iter_mut()
                .find(|p| p.id == theirs.id)
                .ok_or(UpdateError::NoSuchPlaybook)?;
            if theirs.version <= mine.kept_version() {
                return Err(UpdateError::PlaybookChangeFailed);
            }
            let offers = offers_for(mine, &theirs);
            let taken = taken.into_iter().collect();
            *mine = take(mine, &theirs, &offers, &taken);
        }
        PlaybookMsg::UseForNew(choice) => {
            if choice
                .as_ref()
                .is_some_and(|id| model.own_playbook(id).is_none())
            {
                return Err(UpdateError::NoSuchPlaybook);
            }
            model.new_playbook = choice;
        }
    }
    Ok(())
}

/// Applies a message if it is a change to the candidate's playbooks (`Msg::area`); any other
/// message is left to `apply_everyday` and refused here.
pub fn apply_msg(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg.area() {
        Area::Playbooks(msg) => apply(model, msg, now),
        Area::Everyday(_) => Err(UpdateError::NotReady),
    }
}
