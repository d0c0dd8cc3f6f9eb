//! A read-only snapshot of one opportunity, for the candidate to send to a career coach as a
//! link: its rounds, debriefs and checklist progress. Contact details and free notes are
//! left out unless the candidate chooses to include them. The coach's app shows it without
//! storing anything, unless the coach keeps it on their coach board (`board.rs`).

use super::due::plan_for;
use super::id::Id;
use super::link::{
    check_text, pack, unpack, LinkError, SNAPSHOT_PREFIX, SNAPSHOT_V1_PREFIX, SNAPSHOT_V2_PREFIX,
};
use super::model::Model;
use super::opportunity::Opportunity;
use super::playbook::Playbook;
use super::round::DebriefField;
use super::steps::steps;
use super::zone::Zone;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What the candidate chose to include beyond the rounds, debriefs and progress.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SnapshotOptions {
    /// The recruiter's name, agency, phone and e-mail, and the interviewers' names.
    pub contact_details: bool,
    /// The opportunity's notes and what the recruiter said about each round.
    pub free_notes: bool,
    /// The candidate's own e-mail or phone (from their pitch), for the coach to ask for a
    /// newer snapshot.
    pub reach: bool,
}

/// The recruiter, when the candidate includes contact details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotRecruiter {
    pub name: String,
    pub agency: String,
    pub phone: String,
    pub email: String,
}

/// One step with its checklist progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotStep {
    pub title: String,
    pub done: u32,
    pub total: u32,
}

/// Someone the candidate met; the name only with contact details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotPerson {
    #[serde(default)]
    pub name: Option<String>,
    pub title: String,
    /// How it went with them, in words ("Clicked").
    #[serde(default)]
    pub rapport: Option<String>,
}

/// One interview round and its debrief.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotRound {
    /// The kind of interview, in words.
    pub format: String,
    /// When it started (ms since the Unix epoch).
    #[serde(default)]
    pub starts_at: Option<i64>,
    pub people: Vec<SnapshotPerson>,
    /// What the recruiter said about the round; only with free notes.
    #[serde(default)]
    pub briefing: Option<String>,
    /// The debrief's answers, as (question, answer), the empty ones left out.
    pub debrief: Vec<(String, String)>,
    /// Interest after the round, 1 to 5.
    #[serde(default)]
    pub interest: Option<u8>,
    pub debrief_call_done: bool,
}

/// The candidate's next step when the snapshot was taken: the most urgent action of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotNext {
    pub title: String,
    /// When it is due, and when it counts as late (ms since the Unix epoch).
    pub due_at: i64,
    pub overdue_at: i64,
}

/// What a snapshot link carries. The fields marked "version 2" are absent from `s1.` links,
/// the one marked "version 3" from `s2.` links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// The opportunity's id (version 2), so that a coach's board knows a newer snapshot of
    /// the same opportunity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The candidate's name, from their pitch (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<String>,
    /// The candidate's e-mail or phone, when they chose to include it (version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<String>,
    /// Whether the opportunity is closed (version 2; read from the status's words before).
    #[serde(default)]
    pub closed: bool,
    /// The next step and when it is due (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<SnapshotNext>,
    pub company: String,
    pub role: String,
    pub location: String,
    /// The status, in words.
    pub status: String,
    pub job_details: String,
    #[serde(default)]
    pub recruiter: Option<SnapshotRecruiter>,
    #[serde(default)]
    pub notes: Option<String>,
    pub steps: Vec<SnapshotStep>,
    pub rounds: Vec<SnapshotRound>,
    /// When the snapshot was taken (ms since the Unix epoch).
    pub taken_at: i64,
}

/// At most this many rounds, people per round, steps and debrief answers per round.
pub const MAX_ROUNDS: usize = 50;
pub const MAX_PEOPLE: usize = 50;
pub const MAX_STEPS: usize = 1 + 3 * MAX_ROUNDS;
pub const MAX_ANSWERS: usize = 20;
/// At most this many characters in a short text (names, titles, labels).
pub const MAX_SHORT: usize = 500;
/// At most this many characters in a long text (notes, debrief answers).
pub const MAX_LONG: usize = 20_000;

fn included(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The snapshot of an opportunity, with what the candidate chose to include.
pub fn take(
    opportunity: &Opportunity,
    playbook: &Playbook,
    options: SnapshotOptions,
    now: DateTime<Utc>,
) -> Snapshot {
    let recruiter = &opportunity.recruiter;
    Snapshot {
        id: Some(opportunity.id.to_string()),
        candidate: None,
        reach: None,
        closed: opportunity.status.is_closed(),
        next: None,
        company: opportunity.company.clone(),
        role: opportunity.role.clone(),
        location: opportunity.location.clone(),
        status: opportunity.status.label().to_owned(),
        job_details: opportunity.job_details.clone(),
        recruiter: options.contact_details.then(|| SnapshotRecruiter {
            name: recruiter.name.clone(),
            agency: recruiter.agency.clone(),
            phone: recruiter.phone.clone(),
            email: recruiter.email.clone(),
        }),
        notes: options
            .free_notes
            .then(|| included(&opportunity.notes))
            .flatten(),
        steps: steps(opportunity, playbook)
            .iter()
            .map(|step| SnapshotStep {
                title: step.title(),
                done: step.done as u32,
                total: step.total as u32,
            })
            .collect(),
        rounds: opportunity
            .rounds
            .iter()
            .map(|round| SnapshotRound {
                format: round.format.label().to_owned(),
                starts_at: round.starts_at.map(|at| at.timestamp_millis()),
                people: round
                    .interviewers
                    .iter()
                    .map(|person| SnapshotPerson {
                        name: options.contact_details.then(|| person.name.clone()),
                        title: person.title.clone(),
                        rapport: round
                            .debrief
                            .rapport
                            .get(&person.id)
                            .map(|r| r.label().to_owned()),
                    })
                    .collect(),
                briefing: options
                    .free_notes
                    .then(|| included(&round.briefing))
                    .flatten(),
                debrief: DebriefField::ALL
                    .iter()
                    .filter_map(|&field| {
                        included(round.debrief.field(field))
                            .map(|answer| (field.label().to_owned(), answer))
                    })
                    .collect(),
                interest: round.debrief.interest,
                debrief_call_done: round.debrief.done_at.is_some(),
            })
            .collect(),
        taken_at: now.timestamp_millis(),
    }
}

/// The snapshot a candidate sends their coach: `take`, with their name (from the pitch) and
/// the opportunity's next step under the playbook it follows.
pub fn take_for_coach(
    model: &Model,
    opportunity: &Opportunity,
    options: SnapshotOptions,
    now: DateTime<Utc>,
    zone: &impl Zone,
) -> Snapshot {
    let mut snapshot = take(opportunity, model.playbook_of(opportunity), options, now);
    snapshot.candidate = included(&model.pitch.your_name);
    snapshot.reach = options
        .reach
        .then(|| included(&model.pitch.contact))
        .flatten();
    snapshot.next = plan_for(model, opportunity, now, zone)
        .actions
        .first()
        .map(|action| SnapshotNext {
            title: action.title.clone(),
            due_at: action.due_at.timestamp_millis(),
            overdue_at: action.overdue_at.timestamp_millis(),
        });
    snapshot
}

/// The link text for a snapshot (without the `#`).
pub fn encode(snapshot: &Snapshot) -> String {
    pack(SNAPSHOT_PREFIX, snapshot)
}

/// Reads a snapshot link (without the `#`), enforcing every limit.
pub fn decode(text: &str) -> Result<Snapshot, LinkError> {
    let prefix = [SNAPSHOT_V1_PREFIX, SNAPSHOT_V2_PREFIX]
        .into_iter()
        .find(|prefix| text.starts_with(prefix))
        .unwrap_or(SNAPSHOT_PREFIX);
    let mut snapshot: Snapshot = unpack(prefix, text)?;
    check(&snapshot)?;
    if prefix == SNAPSHOT_V1_PREFIX {
        snapshot.closed = snapshot.status.starts_with("Closed");
    }
    Ok(snapshot)
}

fn too_many(what: &str) -> LinkError {
    LinkError::Invalid(format!("it has too many {what}"))
}

fn check(snapshot: &Snapshot) -> Result<(), LinkError> {
    if snapshot
        .id
        .as_deref()
        .is_some_and(|id| Id::parse(id).is_none())
    {
        return Err(LinkError::Invalid(
            "its opportunity id is malformed".to_owned(),
        ));
    }
    check_text(
        "the candidate's name",
        snapshot.candidate.as_deref().unwrap_or(""),
        MAX_SHORT,
    )?;
    check_text(
        "the candidate's e-mail or phone",
        snapshot.reach.as_deref().unwrap_or(""),
        MAX_SHORT,
    )?;
    if let Some(next) = &snapshot.next {
        check_text("the next step", &next.title, MAX_SHORT)?;
    }
    for (what, text) in [
        ("the company", &snapshot.company),
        ("the role", &snapshot.role),
        ("the location", &snapshot.location),
        ("the status", &snapshot.status),
    ] {
        check_text(what, text, MAX_SHORT)?;
    }
    check_text("the job details", &snapshot.job_details, MAX_LONG)?;
    if let Some(recruiter) = &snapshot.recruiter {
        for text in [
            &recruiter.name,
            &recruiter.agency,
            &recruiter.phone,
            &recruiter.email,
        ] {
            check_text("the recruiter's details", text, MAX_SHORT)?;
        }
    }
    if let Some(notes) = &snapshot.notes {
        check_text("the notes", notes, MAX_LONG)?;
    }
    if snapshot.steps.len() > MAX_STEPS {
        return Err(too_many("steps"));
    }
    for step in &snapshot.steps {
        check_text("a step", &step.title, MAX_SHORT)?;
        if step.done > step.total || step.total > 1_000 {
            return Err(LinkError::Invalid(
                "a step's progress is impossible".to_owned(),
            ));
        }
    }
    if snapshot.rounds.len() > MAX_ROUNDS {
        return Err(too_many("rounds"));
    }
    for round in &snapshot.rounds {
        check_text("a round", &round.format, MAX_SHORT)?;
        if round.people.len() > MAX_PEOPLE {
            return Err(too_many("interviewers"));
        }
        for person in &round.people {
            check_text("a name", person.name.as_deref().unwrap_or(""), MAX_SHORT)?;
            check_text("a title", &person.title, MAX_SHORT)?;
            check_text(
                "a rapport",
                person.rapport.as_deref().unwrap_or(""),
                MAX_SHORT,
            )?;
        }
        check_text(
            "a briefing",
            round.briefing.as_deref().unwrap_or(""),
            MAX_LONG,
        )?;
        if round.debrief.len() > MAX_ANSWERS {
            return Err(too_many("debrief answers"));
        }
        for (question, answer) in &round.debrief {
            check_text("a debrief question", question, MAX_SHORT)?;
            check_text("a debrief answer", answer, MAX_LONG)?;
        }
        if round
            .interest
            .is_some_and(|level| !(1..=5).contains(&level))
        {
            return Err(LinkError::Invalid(
                "an interest level is out of range".to_owned(),
            ));
        }
    }
    Ok(())
}
