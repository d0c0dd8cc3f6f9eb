//! Recruiters: merging two entries the grouping missed, splitting an opportunity off an entry
//! it joined wrongly, the candidate's notes about a recruiter and "keep in touch". What is
//! about the person is written to every opportunity with them.

use crate::domain::id::Id;
use crate::domain::model::{Model, UpdateError};
use crate::domain::msg::Msg;
use crate::domain::opportunity::{KeepInTouch, Opportunity, OpportunityId};
use crate::domain::recruiters::{entry_of, Entry};
use chrono::{DateTime, Utc};

/// Applies one of this area's messages (see `apply_everyday`); others are refused.
pub(super) fn apply(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg {
        Msg::MergeRecruiters {
            into,
            other,
            person,
        } => {
            let (into, other) = (entry(model, &into)?, entry(model, &other)?);
            if into == other {
                return Ok(());
            }
            let members: Vec<usize> = into.members.iter().chain(&other.members).copied().collect();
            let person = placed(model, &into.members)
                .or_else(|| placed(model, &other.members))
                .unwrap_or(person);
            // Both entries' notes are kept, one after the other; the closer cadence wins.
            let notes: Vec<String> = [into.about(model), other.about(model)]
                .into_iter()
                .filter(|text| !text.is_empty())
                .collect();
            let about = notes.join("\n\n");
            let keep = [into.keep_in_touch(model), other.keep_in_touch(model)]
                .into_iter()
                .flatten()
                .min_by_key(|keep| (keep.every_months, keep.since));
            for n in members {
                let o = &mut model.opportunities[n];
                o.recruiter.person = Some(person.clone());
                o.recruiter.about.clone_from(&about);
                o.recruiter.keep_in_touch = keep;
                o.updated_at = now;
            }
        }
        Msg::SplitRecruiter { id, person, rest } => {
            let entry = entry(model, &id)?;
            let at = position(model, &id)?;
            let others: Vec<usize> = entry.members.iter().copied().filter(|&n| n != at).collect();
            if others.is_empty() {
                return Ok(());
            }
            // The others stay together as they were; the one split off is a recruiter of its
            // own from now on, keeping a copy of the notes.
            let theirs = placed(model, &others).unwrap_or(rest);
            for n in others {
                set_person(&mut model.opportunities[n], &theirs, now);
            }
            set_person(&mut model.opportunities[at], &person, now);
        }
        Msg::RecruiterAbout { id, text } => {
            for n in entry(model, &id)?.members {
                let o = &mut model.opportunities[n];
                if o.recruiter.about != text {
                    o.recruiter.about.clone_from(&text);
                    o.updated_at = now;
                }
            }
        }
        Msg::KeepInTouch { id, every_months } => {
            if every_months == Some(0) {
                return Err(UpdateError::OutOfRange);
            }
            let entry = entry(model, &id)?;
            let since = entry.keep_in_touch(model).map_or(now, |keep| keep.since);
            let keep = every_months.map(|every_months| KeepInTouch {
                every_months,
                since,
            });
            for n in entry.members {
                let o = &mut model.opportunities[n];
                o.recruiter.keep_in_touch = keep;
                o.updated_at = now;
            }
        }
        _ => return Err(UpdateError::NotReady),
    }
    Ok(())
}

fn entry(model: &Model, id: &OpportunityId) -> Result<Entry, UpdateError> {
    entry_of(model, id).ok_or_else(|| UpdateError::NotFound(id.clone()))
}

fn position(model: &Model, id: &OpportunityId) -> Result<usize, UpdateError> {
    model
        .opportunities
        .iter()
        .position(|o| &o.id == id)
        .ok_or_else(|| UpdateError::NotFound(id.clone()))
}

/// The `person` the candidate already gave any of these opportunities.
fn placed(model: &Model, members: &[usize]) -> Option<Id> {
    members
        .iter()
        .find_map(|&n| model.opportunities[n].recruiter.person.clone())
}

fn set_person(opportunity: &mut Opportunity, person: &Id, now: DateTime<Utc>) {
    if opportunity.recruiter.person.as_ref() != Some(person) {
        opportunity.recruiter.person = Some(person.clone());
        opportunity.updated_at = now;
    }
}
