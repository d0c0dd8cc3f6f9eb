//! What the composer writes from and to: the facts a note is drafted from (gathered from the
//! opportunity, the round and the pitch), its heading and subject line, and where each fact a
//! draft is missing is read from and written to.

use super::id::Id;
use super::model::Model;
use super::msg::Msg;
use super::note::{Missing, NoteFacts};
use super::opportunity::{Field, Opportunity};
use super::pitch::{Pitch, PitchField};
use super::round::Round;
use super::round::{InterviewerField, RoundChange};

impl NoteFacts {
    /// The facts of a note after `round`: to `interviewer` (a thank-you), or, with none, to
    /// the recruiter (a follow-up). An interviewer no longer in the round has no name.
    pub fn gather(
        pitch: &Pitch,
        opportunity: &Opportunity,
        round: &Round,
        interviewer: Option<&Id>,
    ) -> NoteFacts {
        let (to_name, to_title) = match interviewer.and_then(|person| round.interviewer(person)) {
            Some(person) => (person.name.clone(), person.title.clone()),
            None if interviewer.is_some() => (String::new(), String::new()),
            None => (opportunity.recruiter.name.clone(), String::new()),
        };
        NoteFacts {
            to_name,
            to_title,
            role: opportunity.role.clone(),
            company: opportunity.company.clone(),
            job_detail: first_detail(opportunity),
            job_details: opportunity
                .job_details
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
            top_skills: pitch.top_skills.clone(),
            your_name: pitch.your_name.clone(),
            interest: round.debrief.interest,
        }
    }
}

/// The first non-empty line of the job details: the detail a note mentions by default.
pub fn first_detail(opportunity: &Opportunity) -> String {
    opportunity
        .job_details
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .unwrap_or("")
        .to_owned()
}

/// The note's subject line: "Thank you: Staff engineer", "Following up: Acme".
pub fn subject(opportunity: &Opportunity, thank_you: bool) -> String {
    let role = opportunity.role.trim();
    let about = if role.is_empty() {
        opportunity.title()
    } else {
        role
    };
    if thank_you {
        format!("Thank you: {about}")
    } else {
        format!("Following up: {about}")
    }
}

/// The composer's heading: who the note is to, when known.
pub fn heading(thank_you: bool, to_name: &str) -> String {
    let name = to_name.trim();
    match (thank_you, name.is_empty()) {
        (true, false) => format!("Thank-you note to {name}"),
        (true, true) => "Thank-you note".to_owned(),
        (false, false) => format!("Follow-up to {name}"),
        (false, true) => "Follow-up to the recruiter".to_owned(),
    }
}

impl Missing {
    /// Where this fact lives now, for the field that asks for it.
    pub fn value(self, model: &Model, id: &Id, round: &Id, interviewer: Option<&Id>) -> String {
        let o = model.opportunity(id);
        match self {
            Missing::Name => match interviewer {
                Some(person) => o
                    .and_then(|o| o.round(round))
                    .and_then(|r| r.interviewer(person))
                    .map(|p| p.name.clone()),
                None => o.map(|o| o.recruiter.name.clone()),
            }
            .unwrap_or_default(),
            Missing::Company => o.map(|o| o.company.clone()).unwrap_or_default(),
            Missing::JobDetail => o.map(|o| o.job_details.clone()).unwrap_or_default(),
            Missing::TopSkills => model.pitch.top_skills.clone(),
            Missing::YourName => model.pitch.your_name.clone(),
        }
    }

    /// The change that writes `value` where this fact lives: the interviewer's or the
    /// recruiter's name, the opportunity's company or job details, or the pitch.
    pub fn edit(self, id: &Id, round: &Id, interviewer: Option<&Id>, value: String) -> Msg {
        let field = |field| Msg::EditField {
            id: id.clone(),
            field,
            value: value.clone(),
        };
        match (self, interviewer) {
            (Missing::Name, Some(person)) => Msg::EditRound {
                id: id.clone(),
                round: round.clone(),
                change: RoundChange::EditInterviewer {
                    interviewer: person.clone(),
                    field: InterviewerField::Name,
                    value,
                },
            },
            (Missing::Name, None) => field(Field::RecruiterName),
            (Missing::Company, _) => field(Field::Company),
            (Missing::JobDetail, _) => field(Field::JobDetails),
            (Missing::TopSkills, _) => Msg::EditPitch {
                field: PitchField::TopSkills,
                value,
            },
            (Missing::YourName, _) => Msg::EditPitch {
                field: PitchField::YourName,
                value,
            },
        }
    }
}
