//! An opportunity: one job a recruiter presents, the recruiter who presents it, and where it
//! stands.

use super::contact::Contact;
use super::id::Id;
pub use super::id::Id as OpportunityId;
use super::note::SentNote;
use super::promise::Promise;
use super::round::Round;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::BTreeMap;

/// Why an opportunity was closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CloseReason {
    /// The candidate accepted an offer for this job.
    Accepted,
    /// The candidate turned the job down.
    Declined,
    /// The client said no.
    Rejected,
    /// The candidate withdrew from the process.
    Withdrew,
    /// Nobody answered any more.
    NoReply,
}

/// Where an opportunity stands: call → interviewing → offer → closed (with a reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "stage", content = "reason")]
pub enum Status {
    /// The recruiter has presented the job; the first call is under way or done.
    Call,
    /// Interview rounds are under way.
    Interviewing,
    /// An offer is on the table.
    Offer,
    /// The process is over, for the reason given.
    Closed(CloseReason),
}

impl Status {
    /// Every status, in the order the process runs, for pickers.
    pub const ALL: [Status; 8] = [
        Status::Call,
        Status::Interviewing,
        Status::Offer,
        Status::Closed(CloseReason::Accepted),
        Status::Closed(CloseReason::Declined),
        Status::Closed(CloseReason::Rejected),
        Status::Closed(CloseReason::Withdrew),
        Status::Closed(CloseReason::NoReply),
    ];

    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            Status::Call => "Recruiter's call",
            Status::Interviewing => "Interviewing",
            Status::Offer => "Offer",
            Status::Closed(CloseReason::Accepted) => "Closed: accepted",
            Status::Closed(CloseReason::Declined) => "Closed: declined",
            Status::Closed(CloseReason::Rejected) => "Closed: rejected",
            Status::Closed(CloseReason::Withdrew) => "Closed: withdrew",
            Status::Closed(CloseReason::NoReply) => "Closed: no reply",
        }
    }

    /// A short stable key, used as a form value.
    pub fn key(self) -> &'static str {
        match self {
            Status::Call => "call",
            Status::Interviewing => "interviewing",
            Status::Offer => "offer",
            Status::Closed(CloseReason::Accepted) => "closed-accepted",
            Status::Closed(CloseReason::Declined) => "closed-declined",
            Status::Closed(CloseReason::Rejected) => "closed-rejected",
            Status::Closed(CloseReason::Withdrew) => "closed-withdrew",
            Status::Closed(CloseReason::NoReply) => "closed-no-reply",
        }
    }

    /// The status a form value stands for, if any.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.key() == key)
    }

    /// Whether the process is over.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Closed(_))
    }
}

/// The recruiter who presents an opportunity. What the candidate keeps about the person
/// (`about`, `keep_in_touch`) is written to every opportunity with them (`recruiters.rs`
/// groups them), so that each opportunity carries it when it travels alone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Recruiter {
    pub name: String,
    pub agency: String,
    pub phone: String,
    pub email: String,
    /// Set when the candidate said who this is on the Recruiters screen (merged two entries,
    /// or split one): opportunities with the same `person` are one recruiter, whatever their
    /// details say.
    pub person: Option<Id>,
    /// The candidate's own notes about the recruiter.
    pub about: String,
    /// Stay in touch with them, every so many months.
    pub keep_in_touch: Option<KeepInTouch>,
}

/// "Keep in touch every 3 months": counted from the last contact with the recruiter, or from
/// when it was asked for while none is logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct KeepInTouch {
    pub every_months: u8,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub since: DateTime<Utc>,
}

impl KeepInTouch {
    /// The cadence offered first.
    pub const DEFAULT_MONTHS: u8 = 3;
    /// The cadences offered, in months.
    pub const CHOICES: [u8; 5] = [1, 2, 3, 6, 12];
}

/// One job a recruiter presents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Opportunity {
    pub id: OpportunityId,
    /// May stay vague ("Confidential fintech") until the recruiter names the client.
    pub company: String,
    pub role: String,
    pub location: String,
    /// The key details of the job description; the candidate quotes one in follow-ups.
    pub job_details: String,
    pub recruiter: Recruiter,
    pub status: Status,
    pub notes: String,
    /// Archived opportunities are kept but hidden from the everyday list.
    pub archived: bool,
    /// Stored as milliseconds since the Unix epoch, like every time in the stored format.
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub updated_at: DateTime<Utc>,
    /// The interview rounds, in the order they were added.
    pub rounds: Vec<Round>,
    /// Every call, voicemail, e-mail and text with the recruiter.
    pub contacts: Vec<Contact>,
    /// Recruiter's-call checklist items ticked, by item key, with the time (ms since epoch).
    pub checked: BTreeMap<String, i64>,
    /// Dated actions the candidate marked done, by action key, with the time (ms since epoch).
    pub actions_done: BTreeMap<String, i64>,
    /// The candidate's honest answers to the usual questions, by question key.
    pub call_answers: BTreeMap<String, String>,
    /// People the candidate could refer when the opening is not for them.
    pub referrals: String,
    /// Thank-you notes and follow-ups sent, with their final text.
    pub notes_sent: Vec<SentNote>,
    /// Notes being written, by `note::draft_key`: kept so that nothing typed is lost.
    pub drafts: BTreeMap<String, String>,
    /// The id of the candidate's own playbook this opportunity follows; `None` (or a playbook
    /// since deleted) for the built-in one.
    pub playbook: Option<super::playbook::PlaybookId>,
    /// What the recruiter promised, and by when.
    pub promises: Vec<Promise>,
    /// When the opportunity was closed; `None` while it is open.
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub closed_at: Option<DateTime<Utc>>,
    /// Every change of stage since it was recorded (schema 6), oldest first: what the
    /// Progress screen draws the stages over time from.
    pub status_changes: Vec<StatusChange>,
    /// With an offer on the table: the day the recruiter asked for an answer by, if they
    /// gave one (schema 10).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_by: Option<chrono::NaiveDate>,
}

/// At most this many changes of stage are kept per opportunity (the latest).
pub const MAX_STATUS_CHANGES: usize = 100;

/// The opportunity moved to `status` at `at`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
    pub status: Status,
}

/// The free-text fields of an opportunity that the candidate edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Company,
    Role,
    Location,
    JobDetails,
    RecruiterName,
    RecruiterAgency,
    RecruiterPhone,
    RecruiterEmail,
    Notes,
}

impl Field {
    /// The fields about the job, in form order.
    pub const JOB: [Field; 4] = [
        Field::Company,
        Field::Role,
        Field::Location,
        Field::JobDetails,
    ];
    /// The fields about the recruiter, in form order.
    pub const RECRUITER: [Field; 4] = [
        Field::RecruiterName,
        Field::RecruiterAgency,
        Field::RecruiterPhone,
        Field::RecruiterEmail,
    ];

    /// The field's label.
    pub fn label(self) -> &'static str {
        match self {
            Field::Company => "Company",
            Field::Role => "Role",
            Field::Location => "Location",
            Field::JobDetails => "Key job details",
            Field::RecruiterName => "Recruiter's name",
            Field::RecruiterAgency => "Agency",
            Field::RecruiterPhone => "Phone",
            Field::RecruiterEmail => "E-mail",
            Field::Notes => "Notes for yourself",
        }
    }

    /// A short stable key, used for form element ids.
    pub fn key(self) -> &'static str {
        match self {
            Field::Company => "company",
            Field::Role => "role",
            Field::Location => "location",
            Field::JobDetails => "job-details",
            Field::RecruiterName => "recruiter-name",
            Field::RecruiterAgency => "recruiter-agency",
            Field::RecruiterPhone => "recruiter-phone",
            Field::RecruiterEmail => "recruiter-email",
            Field::Notes => "notes",
        }
    }

    /// A hint shown under the field, when one helps.
    pub fn hint(self) -> Option<&'static str> {
        match self {
            Field::Company => Some("Recruiters often keep the client confidential at first."),
            Field::JobDetails => {
                Some("Must-haves, team, product: you will quote one of these in your follow-up.")
            }
            _ => None,
        }
    }

    /// Whether the field holds several lines.
    pub fn is_multiline(self) -> bool {
        matches!(self, Field::JobDetails | Field::Notes)
    }
}

impl Opportunity {
    /// A new opportunity in the call stage.
    pub fn new(id: OpportunityId, company: &str, recruiter_name: &str, now: DateTime<Utc>) -> Self {
        Self {
            id,
            company: company.trim().to_owned(),
            role: String::new(),
            location: String::new(),
            job_details: String::new(),
            recruiter: Recruiter {
                name: recruiter_name.trim().to_owned(),
                ..Recruiter::default()
            },
            status: Status::Call,
            notes: String::new(),
            archived: false,
            created_at: now,
            updated_at: now,
            rounds: Vec::new(),
            contacts: Vec::new(),
            checked: BTreeMap::new(),
            actions_done: BTreeMap::new(),
            call_answers: BTreeMap::new(),
            referrals: String::new(),
            notes_sent: Vec::new(),
            drafts: BTreeMap::new(),
            playbook: None,
            promises: Vec::new(),
            closed_at: None,
            status_changes: Vec::new(),
            answer_by: None,
        }
    }

    /// The text of one field.
    pub fn field(&self, field: Field) -> &str {
        match field {
            Field::Company => &self.company,
            Field::Role => &self.role,
            Field::Location => &self.location,
            Field::JobDetails => &self.job_details,
            Field::RecruiterName => &self.recruiter.name,
            Field::RecruiterAgency => &self.recruiter.agency,
            Field::RecruiterPhone => &self.recruiter.phone,
            Field::RecruiterEmail => &self.recruiter.email,
            Field::Notes => &self.notes,
        }
    }

    fn field_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Company => &mut self.company,
            Field::Role => &mut self.role,
            Field::Location => &mut self.location,
            Field::JobDetails => &mut self.job_details,
            Field::RecruiterName => &mut self.recruiter.name,
            Field::RecruiterAgency => &mut self.recruiter.agency,
            Field::RecruiterPhone => &mut self.recruiter.phone,
            Field::RecruiterEmail => &mut self.recruiter.email,
            Field::Notes => &mut self.notes,
        }
    }

    /// Replaces one field's text. Returns whether anything changed.
    pub fn set_field(&mut self, field: Field, value: &str) -> bool {
        let slot = self.field_mut(field);
        if slot == value {
            return false;
        }
        value.clone_into(slot);
        true
    }

    /// Whether the process is still running: not closed and not archived.
    pub fn is_active(&self) -> bool {
        !self.archived && !self.status.is_closed()
    }

    /// The rounds whose interview has ended by `now` (an hour after the start when no end is
    /// entered), with their place in the list and their end.
    pub fn ended_rounds(
        &self,
        now: DateTime<Utc>,
    ) -> impl Iterator<Item = (usize, &Round, DateTime<Utc>)> {
        self.rounds
            .iter()
            .enumerate()
            .filter_map(move |(n, r)| r.end().filter(|end| *end <= now).map(|end| (n, r, end)))
    }

    /// The round with this id.
    pub fn round(&self, id: &OpportunityId) -> Option<&Round> {
        self.rounds.iter().find(|r| &r.id == id)
    }

    /// Whether the debrief call of `round` happened: marked done, or a call with the
    /// recruiter (either way, connected) logged after the interview's end and before the next
    /// round starts, which counts as the debrief call.
    pub fn debriefed(&self, round: &Round) -> bool {
        round.debrief.done_at.is_some() || self.debrief_call(round).is_some()
    }

    /// The call logged after `round`'s interview that counts as its debrief call, if any.
    pub fn debrief_call(&self, round: &Round) -> Option<&Contact> {
        let end = round.end()?;
        let next = self
            .rounds
            .iter()
            .filter_map(|r| r.starts_at)
            .filter(|start| *start > end)
            .min();
        self.contacts
            .iter()
            .filter(|c| {
                c.with_interviewer.is_none()
                    && c.kind == super::contact::ContactKind::Call
                    && c.at >= end
                    && next.is_none_or(|next| c.at < next)
            })
            .min_by_key(|c| c.at)
    }

    /// The round a call at `at` with the recruiter would be the debrief of: the last round
    /// ended by then whose debrief has not happened.
    pub fn round_to_debrief_at(&self, at: DateTime<Utc>) -> Option<&Round> {
        self.ended_rounds(at)
            .max_by_key(|(_, _, end)| *end)
            .map(|(_, round, _)| round)
            .filter(|round| !self.debriefed(round))
    }

    /// When the offer on the table was logged: the latest change to the Offer stage, or
    /// else (an offer from before changes were recorded) the last update.
    pub fn offered_at(&self) -> DateTime<Utc> {
        self.status_changes
            .iter()
            .rev()
            .find(|change| change.status == Status::Offer)
            .map_or(self.updated_at, |change| change.at)
    }

    /// The contacts, oldest first.
    pub fn contacts_in_order(&self) -> Vec<&Contact> {
        let mut contacts: Vec<&Contact> = self.contacts.iter().collect();
        contacts.sort_by_key(|c| c.at);
        contacts
    }

    /// The contacts with the recruiter (leaving out notes to interviewers), oldest first.
    pub fn recruiter_contacts(&self) -> Vec<&Contact> {
        let mut contacts = self.contacts_in_order();
        contacts.retain(|c| c.with_interviewer.is_none());
        contacts
    }

    /// How the recruiter answered the candidate, by `now`: for each time the candidate
    /// reached out (a message, or a call that did not connect), how long until the
    /// recruiter's next word, oldest first, counted from the first of several unanswered;
    /// and whether the latest is still unanswered. A call of the candidate's that connected
    /// is an answer in itself.
    pub fn recruiter_answers(&self, now: DateTime<Utc>) -> (Vec<chrono::Duration>, bool) {
        use super::contact::{ContactKind, Direction};
        let mut waits = Vec::new();
        let mut asked: Option<DateTime<Utc>> = None;
        for contact in self.recruiter_contacts() {
            if contact.at > now {
                continue;
            }
            match contact.direction {
                Direction::Outgoing if contact.kind != ContactKind::Call => {
                    asked.get_or_insert(contact.at);
                }
                Direction::Outgoing => asked = None,
                Direction::Incoming => {
                    if let Some(since) = asked.take() {
                        waits.push(contact.at - since);
                    }
                }
            }
        }
        (waits, asked.is_some())
    }

    /// What to call the recruiter in the candidate's to-do list.
    pub fn recruiter_label(&self) -> &str {
        let name = self.recruiter.name.trim();
        if name.is_empty() {
            "the recruiter"
        } else {
            name
        }
    }

    /// The name to show for this opportunity: the company, else the role, else a stand-in.
    pub fn title(&self) -> &str {
        [self.company.trim(), self.role.trim()]
            .into_iter()
            .find(|text| !text.is_empty())
            .unwrap_or("Company not named yet")
    }
}

/// What one line of the Opportunities list shows: only that, so the list copies a few short
/// strings per opportunity rather than whole records.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ListRow {
    pub id: OpportunityId,
    pub title: String,
    /// The role, when it is not already the title.
    pub role: Option<String>,
    /// "Dana Reyes, Northwind Talent", when known.
    pub recruiter: Option<String>,
    pub status: Status,
    pub archived: bool,
}

impl Opportunity {
    /// Its line in the Opportunities list.
    pub fn list_row(&self) -> ListRow {
        let role = self.role.trim();
        let recruiter = [self.recruiter.name.trim(), self.recruiter.agency.trim()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        ListRow {
            id: self.id.clone(),
            title: self.title().to_owned(),
            role: (!role.is_empty() && role != self.title()).then(|| role.to_owned()),
            recruiter: (!recruiter.is_empty()).then_some(recruiter),
            status: self.status,
            archived: self.archived,
        }
    }
}

/// Which opportunities the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    /// Everything not archived.
    #[default]
    All,
    Call,
    Interviewing,
    Offer,
    /// Closed, whatever the reason, and not archived.
    Closed,
    /// Only the archived ones.
    Archived,
}

impl StatusFilter {
    /// Every filter, in the order the list offers them.
    pub const ALL: [StatusFilter; 6] = [
        StatusFilter::All,
        StatusFilter::Call,
        StatusFilter::Interviewing,
        StatusFilter::Offer,
        StatusFilter::Closed,
        StatusFilter::Archived,
    ];

    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "All",
            StatusFilter::Call => "Call",
            StatusFilter::Interviewing => "Interviewing",
            StatusFilter::Offer => "Offer",
            StatusFilter::Closed => "Closed",
            StatusFilter::Archived => "Archived",
        }
    }

    /// The value used in links.
    pub fn key(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Call => "call",
            StatusFilter::Interviewing => "interviewing",
            StatusFilter::Offer => "offer",
            StatusFilter::Closed => "closed",
            StatusFilter::Archived => "archived",
        }
    }

    /// The filter a link value stands for, if any.
    pub fn from_key(key: &str) -> Option<StatusFilter> {
        StatusFilter::ALL
            .into_iter()
            .find(|filter| filter.key() == key)
    }

    /// Whether the list under this filter shows the opportunity.
    pub fn matches(self, opportunity: &Opportunity) -> bool {
        if opportunity.archived {
            return self == StatusFilter::Archived;
        }
        match self {
            StatusFilter::All => true,
            StatusFilter::Call => opportunity.status == Status::Call,
            StatusFilter::Interviewing => opportunity.status == Status::Interviewing,
            StatusFilter::Offer => opportunity.status == Status::Offer,
            StatusFilter::Closed => opportunity.status.is_closed(),
            StatusFilter::Archived => false,
        }
    }
}
