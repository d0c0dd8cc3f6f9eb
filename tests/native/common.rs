//! Helpers shared by the native test files.
#![allow(dead_code)]

use candor::domain::apply::update;
use candor::domain::contact::{Contact, ContactKind, Direction};
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::Field;
use candor::domain::opportunity::OpportunityId;
use candor::domain::round::RoundChange;
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

/// Adds round 50 to opportunity 1 at `at`: the round most tests set up.
pub fn add_round(model: &mut Model, at: DateTime<Utc>) {
    let msg = Msg::AddRound {
        id: id(1),
        round: id(50),
    };
    update(model, msg, at).unwrap();
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
    add_round(&mut model, created);
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

/// Replaces a field of opportunity `n` at `minute`.
pub fn edit_field(model: &mut Model, n: u64, field: Field, value: &str, minute: i64) {
    let msg = Msg::EditField {
        id: id(n),
        field,
        value: value.into(),
    };
    update(model, msg, at(minute)).unwrap();
}

/// Logs a voicemail from the recruiter of opportunity `n` at `minute` (contact id 900 + n).
pub fn voicemail(model: &mut Model, n: u64, minute: i64) {
    let contact = Contact {
        id: id(900 + n),
        at: at(minute),
        kind: ContactKind::Voicemail,
        direction: Direction::Incoming,
        summary: String::new(),
        call_back_at: None,
        with_interviewer: None,
        awaits_answer: false,
    };
    update(model, Msg::LogContact { id: id(n), contact }, at(minute)).unwrap();
}

/// A small deterministic generator, so that fuzz runs are the same everywhere.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}
