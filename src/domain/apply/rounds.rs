//! Changes to interview rounds: adding one (which moves a first call to interviewing), its
//! time, kind, place and briefing, the people met, thank-yous, and the debrief.

use crate::domain::id::Id;
use crate::domain::model::{Model, UpdateError};
use crate::domain::msg::Msg;
use crate::domain::opportunity::{Opportunity, Status};
use crate::domain::round::{Interviewer, Round};
use crate::domain::round::{InterviewerField, RoundChange};
use chrono::{DateTime, Utc};

/// Applies one of this area's messages (see `apply_everyday`); others are refused.
pub(super) fn apply(model: &mut Model, msg: Msg, now: DateTime<Utc>) -> Result<(), UpdateError> {
    match msg {
        Msg::AddRound { id, round } => {
            let opportunity = model.opportunity_mut(&id)?;
            if opportunity.round(&round).is_some() {
                return Err(UpdateError::DuplicateId(round));
            }
            opportunity.rounds.push(Round::new(round));
            if opportunity.status == Status::Call {
                opportunity.status = Status::Interviewing;
            }
            opportunity.updated_at = now;
        }
        Msg::EditRound { id, round, change } => {
            let opportunity = model.opportunity_mut(&id)?;
            edit_round(round_mut(opportunity, &round)?, change, now)?;
            opportunity.updated_at = now;
        }
        _ => return Err(UpdateError::NotReady),
    }
    Ok(())
}

pub(super) fn round_mut<'a>(
    opportunity: &'a mut Opportunity,
    id: &Id,
) -> Result<&'a mut Round, UpdateError> {
    opportunity
        .rounds
        .iter_mut()
        .find(|r| &r.id == id)
        .ok_or_else(|| UpdateError::NotFound(id.clone()))
}

pub(super) fn interviewer_mut<'a>(
    round: &'a mut Round,
    id: &Id,
) -> Result<&'a mut Interviewer, UpdateError> {
    round
        .interviewers
        .iter_mut()
        .find(|i| &i.id == id)
        .ok_or_else(|| UpdateError::NotFound(id.clone()))
}

fn edit_round(
    round: &mut Round,
    change: RoundChange,
    now: DateTime<Utc>,
) -> Result<(), UpdateError> {
    match change {
        RoundChange::StartsAt(at) => round.starts_at = at,
        RoundChange::EndsAt(at) => round.ends_at = at,
        RoundChange::Format(format) => round.format = format,
        RoundChange::Place(place) => round.place = place,
        RoundChange::Briefing(text) => round.briefing = text,
        RoundChange::DebriefPlannedAt(at) => round.debrief_planned_at = at,
        RoundChange::AddInterviewer { interviewer, name } => {
            if round.interviewer(&interviewer).is_some() {
                return Err(UpdateError::DuplicateId(interviewer));
            }
            round.interviewers.push(Interviewer {
                id: interviewer,
                name: name.trim().to_owned(),
                title: String::new(),
                looks_for: String::new(),
                thanked_at: None,
            });
        }
        RoundChange::EditInterviewer {
            interviewer,
            field,
            value,
        } => {
            let person = interviewer_mut(round, &interviewer)?;
            match field {
                InterviewerField::Name => person.name = value,
                InterviewerField::Title => person.title = value,
                InterviewerField::LooksFor => person.looks_for = value,
            }
        }
        RoundChange::RemoveInterviewer(interviewer) => {
            interviewer_mut(round, &interviewer)?;
            round.interviewers.retain(|i| i.id != interviewer);
            round.debrief.rapport.remove(&interviewer);
        }
        RoundChange::Thanked { interviewer, sent } => {
            let person = interviewer_mut(round, &interviewer)?;
            person.thanked_at = if sent {
                person.thanked_at.or(Some(now))
            } else {
                None
            };
        }
        RoundChange::Debrief { field, value } => round.debrief.set_field(field, value),
        RoundChange::Rapport {
            interviewer,
            rapport,
        } => {
            interviewer_mut(round, &interviewer)?;
            match rapport {
                Some(rapport) => round.debrief.rapport.insert(interviewer, rapport),
                None => round.debrief.rapport.remove(&interviewer),
            };
        }
        RoundChange::Interest(level) => {
            if level.is_some_and(|level| !(1..=5).contains(&level)) {
                return Err(UpdateError::OutOfRange);
            }
            round.debrief.interest = level;
        }
        RoundChange::FeedbackExpectedOn(date) => round.debrief.feedback_expected_on = date,
        RoundChange::DebriefDone(done) => {
            round.debrief.done_at = if done {
                round.debrief.done_at.or(Some(now))
            } else {
                None
            };
        }
    }
    Ok(())
}
