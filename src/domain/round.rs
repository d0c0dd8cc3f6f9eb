//! Interview rounds: when, what kind, who you meet, what the recruiter told you, and the
//! debrief with the recruiter afterwards.

use super::id::Id;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;
use std::collections::BTreeMap;

/// The kind of interview.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewFormat {
    #[default]
    NotKnownYet,
    Phone,
    Video,
    OnSite,
    Panel,
    Technical,
}

impl InterviewFormat {
    /// Every format, for pickers.
    pub const ALL: [InterviewFormat; 6] = [
        InterviewFormat::NotKnownYet,
        InterviewFormat::Phone,
        InterviewFormat::Video,
        InterviewFormat::OnSite,
        InterviewFormat::Panel,
        InterviewFormat::Technical,
    ];

    /// A short stable key, used as a form value.
    pub fn key(self) -> &'static str {
        match self {
            InterviewFormat::NotKnownYet => "unknown",
            InterviewFormat::Phone => "phone",
            InterviewFormat::Video => "video",
            InterviewFormat::OnSite => "on-site",
            InterviewFormat::Panel => "panel",
            InterviewFormat::Technical => "technical",
        }
    }

    /// The format a form value stands for.
    pub fn from_key(key: &str) -> Option<InterviewFormat> {
        InterviewFormat::ALL
            .into_iter()
            .find(|format| format.key() == key)
    }

    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            InterviewFormat::NotKnownYet => "Not known yet",
            InterviewFormat::Phone => "Phone",
            InterviewFormat::Video => "Video",
            InterviewFormat::OnSite => "On site",
            InterviewFormat::Panel => "Panel",
            InterviewFormat::Technical => "Technical",
        }
    }
}

/// Someone the candidate meets in a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Interviewer {
    pub id: Id,
    pub name: String,
    pub title: String,
    /// What the recruiter says this person looks for.
    pub looks_for: String,
    /// When the thank-you note to this person was sent.
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub thanked_at: Option<DateTime<Utc>>,
}

/// How well the candidate got on with an interviewer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rapport {
    Clicked,
    Neutral,
    DidNotClick,
}

impl Rapport {
    /// Every answer, for pickers.
    pub const ALL: [Rapport; 3] = [Rapport::Clicked, Rapport::Neutral, Rapport::DidNotClick];

    /// A short stable key, used as a form value.
    pub fn key(self) -> &'static str {
        match self {
            Rapport::Clicked => "clicked",
            Rapport::Neutral => "neutral",
            Rapport::DidNotClick => "did-not-click",
        }
    }

    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            Rapport::Clicked => "Clicked",
            Rapport::Neutral => "Neutral",
            Rapport::DidNotClick => "Didn't click",
        }
    }
}

/// What the candidate tells the recruiter, and hears back, right after a round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Debrief {
    pub how_it_went: String,
    pub went_well: String,
    pub went_badly: String,
    /// Per interviewer id.
    pub rapport: BTreeMap<Id, Rapport>,
    /// Answers the candidate would take back; the recruiter may clarify them with the client.
    pub take_back: String,
    /// 1 (not interested) to 5 (very interested).
    pub interest: Option<u8>,
    pub concerns: String,
    pub client_feedback: String,
    pub next_steps: String,
    /// What the candidate told the recruiter about other interviews and offers.
    pub other_processes: String,
    /// The date the recruiter said the client's feedback would come, if they gave one.
    #[serde(with = "crate::domain::time_text::optional_date")]
    pub feedback_expected_on: Option<NaiveDate>,
    /// When the debrief call with the recruiter happened.
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub done_at: Option<DateTime<Utc>>,
}

/// The debrief's free-text parts, for forms and edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DebriefField {
    HowItWent,
    WentWell,
    WentBadly,
    TakeBack,
    Concerns,
    ClientFeedback,
    NextSteps,
    OtherProcesses,
}

impl DebriefField {
    /// The fields in form order.
    pub const ALL: [DebriefField; 8] = [
        DebriefField::HowItWent,
        DebriefField::WentWell,
        DebriefField::WentBadly,
        DebriefField::TakeBack,
        DebriefField::Concerns,
        DebriefField::ClientFeedback,
        DebriefField::NextSteps,
        DebriefField::OtherProcesses,
    ];

    /// The question the form asks.
    pub fn label(self) -> &'static str {
        match self {
            DebriefField::HowItWent => "How did it go, from your side?",
            DebriefField::WentWell => "What went well",
            DebriefField::WentBadly => "What didn't go well",
            DebriefField::TakeBack => "Any answer you'd take back?",
            DebriefField::Concerns => "Your concerns",
            DebriefField::ClientFeedback => "The client's feedback",
            DebriefField::NextSteps => "Next steps",
            DebriefField::OtherProcesses => "What you said about other interviews and offers",
        }
    }

    /// A short stable key, used for element ids.
    pub fn key(self) -> &'static str {
        match self {
            DebriefField::HowItWent => "how-it-went",
            DebriefField::WentWell => "went-well",
            DebriefField::WentBadly => "went-badly",
            DebriefField::TakeBack => "take-back",
            DebriefField::Concerns => "concerns",
            DebriefField::ClientFeedback => "client-feedback",
            DebriefField::NextSteps => "next-steps",
            DebriefField::OtherProcesses => "other-processes",
        }
    }
}

impl Debrief {
    /// The text of one field.
    pub fn field(&self, field: DebriefField) -> &str {
        match field {
            DebriefField::HowItWent => &self.how_it_went,
            DebriefField::WentWell => &self.went_well,
            DebriefField::WentBadly => &self.went_badly,
            DebriefField::TakeBack => &self.take_back,
            DebriefField::Concerns => &self.concerns,
            DebriefField::ClientFeedback => &self.client_feedback,
            DebriefField::NextSteps => &self.next_steps,
            DebriefField::OtherProcesses => &self.other_processes,
        }
    }

    /// Replaces one field's text.
    pub fn set_field(&mut self, field: DebriefField, value: String) {
        let slot = match field {
            DebriefField::HowItWent => &mut self.how_it_went,
            DebriefField::WentWell => &mut self.went_well,
            DebriefField::WentBadly => &mut self.went_badly,
            DebriefField::TakeBack => &mut self.take_back,
            DebriefField::Concerns => &mut self.concerns,
            DebriefField::ClientFeedback => &mut self.client_feedback,
            DebriefField::NextSteps => &mut self.next_steps,
            DebriefField::OtherProcesses => &mut self.other_processes,
        };
        *slot = value;
    }
}

/// How long an interview is taken to last when only its start is entered.
pub const ASSUMED_LENGTH: Duration = Duration::hours(1);

/// One interview round of an opportunity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Round {
    pub id: Id,
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub ends_at: Option<DateTime<Utc>>,
    pub format: InterviewFormat,
    /// The address or the video link.
    pub place: String,
    pub interviewers: Vec<Interviewer>,
    /// What the recruiter told you to expect: process, timeline, who decides.
    pub briefing: String,
    /// When you plan to call the recruiter afterwards.
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub debrief_planned_at: Option<DateTime<Utc>>,
    pub debrief: Debrief,
    /// Checklist items ticked for this round, by item key, with the time.
    pub checked: BTreeMap<String, i64>,
}

impl Round {
    /// A new round with nothing known yet.
    pub fn new(id: Id) -> Self {
        Self {
            id,
            starts_at: None,
            ends_at: None,
            format: InterviewFormat::NotKnownYet,
            place: String::new(),
            interviewers: Vec::new(),
            briefing: String::new(),
            debrief_planned_at: None,
            debrief: Debrief::default(),
            checked: BTreeMap::new(),
        }
    }

    /// When the interview ends: the end entered, else `ASSUMED_LENGTH` after the start (so a
    /// round entered with its start only still gets every reminder that follows it).
    pub fn end(&self) -> Option<DateTime<Utc>> {
        self.ends_at
            .or_else(|| self.starts_at.map(|start| start + ASSUMED_LENGTH))
    }

    /// Whether the debrief call is planned for a later day than the interview: the advice is
    /// the same day, within hours.
    pub fn debrief_planned_too_late(&self, zone: &impl super::zone::Zone) -> bool {
        match (self.end(), self.debrief_planned_at) {
            (Some(end), Some(planned)) => zone.local(planned).date() > zone.local(end).date(),
            _ => false,
        }
    }

    /// "Later today": `hours` after the interview's end, and before the day is over.
    pub fn later_today(&self, zone: &impl super::zone::Zone, hours: u32) -> Option<DateTime<Utc>> {
        let end = self.end()?;
        let last = super::zone::end_of_local_day(zone, end) - chrono::Duration::minutes(15);
        Some(
            (end + chrono::Duration::hours(i64::from(hours)))
                .min(last)
                .max(end),
        )
    }

    /// Whether `end` is assumed from the start rather than entered.
    pub fn end_is_assumed(&self) -> bool {
        self.ends_at.is_none() && self.starts_at.is_some()
    }

    /// The interviewer with this id.
    pub fn interviewer(&self, id: &Id) -> Option<&Interviewer> {
        self.interviewers.iter().find(|i| &i.id == id)
    }
}

/// A change to one interview round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundChange {
    StartsAt(Option<DateTime<Utc>>),
    EndsAt(Option<DateTime<Utc>>),
    Format(InterviewFormat),
    Place(String),
    Briefing(String),
    DebriefPlannedAt(Option<DateTime<Utc>>),
    /// Add someone you will meet; the id must be fresh.
    AddInterviewer {
        interviewer: Id,
        name: String,
    },
    EditInterviewer {
        interviewer: Id,
        field: InterviewerField,
        value: String,
    },
    RemoveInterviewer(Id),
    /// The thank-you note to this interviewer was sent (or not).
    Thanked {
        interviewer: Id,
        sent: bool,
    },
    Debrief {
        field: DebriefField,
        value: String,
    },
    Rapport {
        interviewer: Id,
        rapport: Option<Rapport>,
    },
    Interest(Option<u8>),
    FeedbackExpectedOn(Option<NaiveDate>),
    /// The debrief call happened (or not).
    DebriefDone(bool),
}

/// An interviewer's editable details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InterviewerField {
    Name,
    Title,
    LooksFor,
}
