//! Helpers shared by the native test files.
#![allow(dead_code)]

use candor::domain::model::{update, Model, Msg, RoundChange};
use candor::domain::opportunity::OpportunityId;
use chrono::{DateTime, TimeZone, Utc};

/// A fixed moment, `minutes` after 09:00 UTC on 2 March 2026.
pub fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap() + chrono::Duration::minutes(minutes)
}

/// An id that reads well in test failures.
pub fn id(n: u64) -> OpportunityId {
    OpportunityId::from_random(n)
}

/// A model holding one opportunity per (company, recruiter) pair, with ids 1, 2, 3…
pub fn model_with(entries: &[(&str, &str)]) -> Model {
    let mut model = Model::default();
    for (n, (company, recruiter)) in entries.iter().enumerate() {
        let msg = Msg::AddOpportunity {
            id: id(n as u64 + 1),
            company: (*company).to_owned(),
            recruiter_name: (*recruiter).to_owned(),
        };
        update(&mut model, msg, at(n as i64)).unwrap();
    }
    model
}

/// A change to round 50 of opportunity 1, the round the timing tests set up.
pub fn edit(change: RoundChange) -> Msg {
    Msg::EditRound {
        id: id(1),
        round: id(50),
        change,
    }
}

/// One opportunity created at `created`, with one round that ended at `end` with the given
/// interviewers.
pub fn with_round(created: DateTime<Utc>, end: DateTime<Utc>, interviewers: &[&str]) -> Model {
    let mut model = model_with(&[]);
    let add = Msg::AddOpportunity {
        id: id(1),
        company: "Acme".into(),
        recruiter_name: "Dana".into(),
    };
    update(&mut model, add, created).unwrap();
    update(
        &mut model,
        Msg::AddRound {
            id: id(1),
            round: id(50),
        },
        created,
    )
    .unwrap();
    update(&mut model, edit(RoundChange::EndsAt(Some(end))), created).unwrap();
    for (n, name) in interviewers.iter().enumerate() {
        let change = RoundChange::AddInterviewer {
            interviewer: id(60 + n as u64),
            name: (*name).into(),
        };
        update(&mut model, edit(change), created).unwrap();
    }
    model
}
