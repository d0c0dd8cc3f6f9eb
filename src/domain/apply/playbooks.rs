//! The candidate's own playbooks: copying one (the built-in playbook or their own), editing,
//! removing and importing them, and choosing the one new opportunities follow. Applied here
//! rather than with the writer's `apply_everyday`, so that only the Playbook screens carry
//! this code.

use crate::domain::msg::{Area, Msg};

use crate::domain::model::{Model, UpdateError};
use crate::domain::playbook::{ChecklistItem, KeptFrom, Playbook, PlaybookMsg};
use crate::domain::playbook_update::{offers_for, take};
use crate::domain::steps::{steps, Step};
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
            let before = std::mem::replace(mine, take(mine, &theirs, &offers, &taken));
            keep_finished_steps(model, &before, now);
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

/// After a newer version of a playbook was taken: in the opportunities that follow it, a step
/// the candidate had finished stays finished. Items the update added to it count as done
/// there (ticked now); the steps still ahead get them to do.
fn keep_finished_steps(model: &mut Model, before: &Playbook, now: DateTime<Utc>) {
    let Some(after) = model.own_playbook(&before.id).cloned() else {
        return;
    };
    let added: Vec<&ChecklistItem> = after
        .items
        .iter()
        .filter(|item| before.items.iter().all(|old| old.key != item.key))
        .collect();
    if added.is_empty() {
        return;
    }
    let stamp = now.timestamp_millis();
    for opportunity in model
        .opportunities
        .iter_mut()
        .filter(|o| o.playbook.as_ref() == Some(&after.id))
    {
        let finished: Vec<Step> = steps(opportunity, before)
            .into_iter()
            .filter(|step| step.total > 0 && step.is_complete())
            .collect();
        for step in finished {
            let checked = match &step.round {
                None => &mut opportunity.checked,
                Some(id) => match opportunity.rounds.iter_mut().find(|r| &r.id == id) {
                    Some(round) => &mut round.checked,
                    None => continue,
                },
            };
            for item in added.iter().filter(|item| item.moment == step.moment) {
                checked.entry(item.key.clone()).or_insert(stamp);
            }
        }
    }
}

/// Applies a message if it is a change to the candidate's playbooks (`Msg::area`); any other
/// message is left to `apply_everyday` and refused here.
pub fn apply_msg(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg.area() {
        Area::Playbooks(msg) => apply(model, msg, now),
        Area::Everyday(_) => Err(UpdateError::NotReady),
    }
}
