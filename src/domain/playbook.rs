//! Playbooks: the checklists Candor walks through, as data. Each item says what to do and
//! why, and may carry a timing rule that the planner (`due.rs`) turns into dated actions.
//! The built-in playbook is written from the project's playbook facts; coaches' playbooks
//! have the same shape.

use serde::{Deserialize, Serialize};

/// The four moments of working with a recruiter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    /// The recruiter's call: first contact, once per opportunity.
    Call,
    /// Preparing for and going through one interview round.
    Interview,
    /// The call with the recruiter right after a round.
    Debrief,
    /// Thank-you notes and following up after a round.
    ThankYou,
}

impl Moment {
    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            Moment::Call => "Recruiter's call",
            Moment::Interview => "Interview",
            Moment::Debrief => "Debrief",
            Moment::ThankYou => "Thank-you",
        }
    }

    /// Whether the moment repeats for every round.
    pub fn is_per_round(self) -> bool {
        self != Moment::Call
    }
}

/// When in the moment an item applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Before,
    During,
    After,
}

impl Phase {
    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            Phase::Before => "Before",
            Phase::During => "During",
            Phase::After => "After",
        }
    }
}

/// A timing rule, with its numbers as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "rule")]
pub enum DueRule {
    /// Return a missed call or voicemail from the recruiter within `hours`.
    ReturnCall { hours: u32 },
    /// Call back at the time promised when it was a bad time.
    PromisedCallBack,
    /// Call the recruiter within `hours` of the interview's end, and the same day.
    DebriefCall { hours: u32 },
    /// A thank-you note to each interviewer within `hours` of the interview's end.
    ThankYouNotes { hours: u32 },
    /// Asking for news sooner than `hours` after the interview is pointless.
    NoNewsBefore { hours: u32 },
    /// After an outgoing message with no reply, wait for the reply: no date to write again.
    /// `days` is kept as stored by earlier versions, and no longer used.
    WaitForReply { days: u32 },
    /// With no timeline given and no news, check in `business_days` after the interview.
    StatusCheck { business_days: u32 },
    /// The recruiter gave a date for the client's feedback: ask `grace_days` after it.
    FeedbackOwed { grace_days: u32 },
    /// The recruiter wrote, or called and asked something, and the candidate has not
    /// answered: nudge after `days`. Never after the candidate's own message, never while a
    /// hold runs (see `due.rs`).
    KeepInTouch { days: u32 },
    /// An interview or offer elsewhere, or the candidate closing the opportunity: tell the
    /// recruiter at the next contact, and within `days` when none happens (an offer or a
    /// decision sooner: `AnswerOffer`).
    KeepInformed { days: u32 },
    /// An offer on the table: answer by the date the recruiter asked for, or within
    /// `business_days` of it when none was given. Also how soon an offer elsewhere, or the
    /// candidate's own decision, is told.
    AnswerOffer { business_days: u32 },
}

impl DueRule {
    /// Every kind of rule, with Candor's numbers.
    pub const ALL: [DueRule; 11] = [
        DueRule::ReturnCall { hours: 24 },
        DueRule::PromisedCallBack,
        DueRule::DebriefCall { hours: 1 },
        DueRule::ThankYouNotes { hours: 24 },
        DueRule::NoNewsBefore { hours: 24 },
        DueRule::WaitForReply { days: 3 },
        DueRule::StatusCheck { business_days: 5 },
        DueRule::FeedbackOwed { grace_days: 1 },
        DueRule::KeepInTouch { days: 4 },
        DueRule::KeepInformed { days: 7 },
        DueRule::AnswerOffer { business_days: 2 },
    ];

    /// The largest number a rule may carry: a month in hours, a year in days.
    pub const MAX_HOURS: u32 = 720;
    pub const MAX_DAYS: u32 = 365;

    /// The kind of rule, in a few words.
    pub fn label(self) -> &'static str {
        match self {
            DueRule::ReturnCall { .. } => "Return a missed call",
            DueRule::PromisedCallBack => "Call back when promised",
            DueRule::DebriefCall { .. } => "Debrief call after the interview",
            DueRule::ThankYouNotes { .. } => "Thank-you notes after the interview",
            DueRule::NoNewsBefore { .. } => "Don't ask for news too soon",
            DueRule::WaitForReply { .. } => "Wait for a reply",
            DueRule::StatusCheck { .. } => "Check in when there's no news",
            DueRule::FeedbackOwed { .. } => "Ask for the promised feedback",
            DueRule::KeepInTouch { .. } => "Don't go dark",
            DueRule::KeepInformed { .. } => "Keep the recruiter informed",
            DueRule::AnswerOffer { .. } => "Answer an offer",
        }
    }

    /// Which of `ALL` this rule is.
    pub fn kind(self) -> usize {
        Self::ALL
            .iter()
            .position(|rule| std::mem::discriminant(rule) == std::mem::discriminant(&self))
            .unwrap_or(0)
    }

    /// The rule's number and its unit, if it has one. Waiting for a reply has none: it lasts
    /// until the reply.
    pub fn number(self) -> Option<(u32, &'static str)> {
        match self {
            DueRule::PromisedCallBack | DueRule::WaitForReply { .. } => None,
            DueRule::ReturnCall { hours }
            | DueRule::DebriefCall { hours }
            | DueRule::ThankYouNotes { hours }
            | DueRule::NoNewsBefore { hours } => Some((hours, "hours")),
            DueRule::StatusCheck { business_days } | DueRule::AnswerOffer { business_days } => {
                Some((business_days, "business days"))
            }
            DueRule::FeedbackOwed { grace_days: n }
            | DueRule::KeepInTouch { days: n }
            | DueRule::KeepInformed { days: n } => Some((n, "days")),
        }
    }

    /// The same rule with another number, kept within the allowed range.
    pub fn with_number(self, n: u32) -> Self {
        let hours = n.min(Self::MAX_HOURS);
        let days = n.min(Self::MAX_DAYS);
        match self {
            DueRule::PromisedCallBack | DueRule::WaitForReply { .. } => self,
            DueRule::ReturnCall { .. } => DueRule::ReturnCall { hours },
            DueRule::DebriefCall { .. } => DueRule::DebriefCall { hours },
            DueRule::ThankYouNotes { .. } => DueRule::ThankYouNotes { hours },
            DueRule::NoNewsBefore { .. } => DueRule::NoNewsBefore { hours },
            DueRule::StatusCheck { .. } => DueRule::StatusCheck {
                business_days: days,
            },
            DueRule::FeedbackOwed { .. } => DueRule::FeedbackOwed { grace_days: days },
            DueRule::KeepInTouch { .. } => DueRule::KeepInTouch { days },
            DueRule::KeepInformed { .. } => DueRule::KeepInformed { days },
            DueRule::AnswerOffer { .. } => DueRule::AnswerOffer {
                business_days: days,
            },
        }
    }

    /// Whether the number is within the allowed range.
    pub fn is_reasonable(self) -> bool {
        match self {
            DueRule::WaitForReply { days } => days <= Self::MAX_DAYS,
            _ => self.with_number(self.number().map_or(0, |(n, _)| n)) == self,
        }
    }

    /// The rule in words, with its numbers.
    pub fn describe(self) -> String {
        let plural =
            |n: u32, one: &str, many: &str| super::time_text::plural(n as usize, one, many);
        match self {
            DueRule::ReturnCall { hours } => format!(
                "Due within {} of a missed call or voicemail.",
                plural(hours, "hour", "hours")
            ),
            DueRule::PromisedCallBack => "Due at the time you promised.".to_owned(),
            DueRule::DebriefCall { hours } => format!(
                "Due within {} of the interview's end, and the same day.",
                plural(hours, "hour", "hours")
            ),
            DueRule::ThankYouNotes { hours } => format!(
                "Due within {} of the interview's end, one note per interviewer.",
                plural(hours, "hour", "hours")
            ),
            DueRule::NoNewsBefore { hours } => format!(
                "Hold off for {} after the interview.",
                plural(hours, "hour", "hours")
            ),
            DueRule::WaitForReply { .. } => {
                "After a message with no reply, wait for their reply: no second message until then, however long it takes.".to_owned()
            }
            DueRule::StatusCheck { business_days } => format!(
                "Shows after {} with no news and no date given.",
                plural(business_days, "business day", "business days")
            ),
            DueRule::FeedbackOwed { grace_days } => format!(
                "Shows {} after a date the recruiter gave: for feedback, or for anything they promised.",
                plural(grace_days, "day", "days")
            ),
            DueRule::KeepInTouch { days } => format!(
                "Shows {} after an e-mail or a text from the recruiter, or a call that asked something of you, that you have not answered.",
                plural(days, "day", "days")
            ),
            DueRule::KeepInformed { days } => format!(
                "Shown with the contact log until your next contact; shows on Today {} after an interview elsewhere if none has happened. An offer elsewhere, or closing the opportunity yourself, is due by the offer rule.",
                plural(days, "day", "days")
            ),
            DueRule::AnswerOffer { business_days } => format!(
                "Due by the date the recruiter asked for an answer, or within {} of the offer when they gave none; also how soon they hear of an offer elsewhere, or of your decision.",
                plural(business_days, "business day", "business days")
            ),
        }
    }
}

/// One checklist item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// Stable within the playbook; ticks are stored under it.
    pub key: String,
    pub moment: Moment,
    pub phase: Phase,
    /// What to do.
    pub text: String,
    /// Why it matters, shown with the item.
    pub why: String,
    #[serde(default)]
    pub due: Option<DueRule>,
    /// Whether it is something to do (counted in a step's progress), a "don't", or optional.
    #[serde(default, skip_serializing_if = "ItemKind::is_to_do")]
    pub kind: ItemKind,
}

/// What an item asks: only things to do count towards a step's progress; a "don't" and an
/// optional item are shown, and ticked if the candidate likes, but never hold a step open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    #[default]
    ToDo,
    Dont,
    Optional,
}

impl ItemKind {
    /// Every kind, for the editor's picker.
    pub const ALL: [ItemKind; 3] = [ItemKind::ToDo, ItemKind::Dont, ItemKind::Optional];

    pub fn is_to_do(&self) -> bool {
        *self == ItemKind::ToDo
    }

    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::ToDo => "Something to do",
            ItemKind::Dont => "Something not to do",
            ItemKind::Optional => "Optional",
        }
    }

    /// A short stable key, used as a form value.
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::ToDo => "to_do",
            ItemKind::Dont => "dont",
            ItemKind::Optional => "optional",
        }
    }

    /// The kind a form value stands for.
    pub fn from_key(key: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// A short note from the career coach who wrote a playbook, shown with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachNote {
    pub name: String,
    pub message: String,
}

impl CoachNote {
    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.message.trim().is_empty()
    }
}

/// Which playbook: the built-in one (`PlaybookId::built_in`), or one of the candidate's own
/// (a random id, or the id a coach's playbook came with).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct PlaybookId(String);

impl PlaybookId {
    /// The playbook that ships with Candor.
    pub fn built_in() -> Self {
        PlaybookId(BUILT_IN_ID.to_owned())
    }

    /// An id as stored, in a link or in an address. Any text is kept as it is: a link's id is
    /// checked by the link's reader, and an unknown one finds no playbook.
    pub fn new(text: impl Into<String>) -> Self {
        PlaybookId(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is the playbook that ships with Candor.
    pub fn is_built_in(&self) -> bool {
        self.0 == BUILT_IN_ID
    }
}

impl From<&str> for PlaybookId {
    fn from(text: &str) -> Self {
        PlaybookId::new(text)
    }
}

impl From<super::id::Id> for PlaybookId {
    fn from(id: super::id::Id) -> Self {
        PlaybookId(id.as_str().to_owned())
    }
}

impl std::fmt::Display for PlaybookId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A versioned set of checklist items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Playbook {
    pub id: PlaybookId,
    pub version: u32,
    pub name: String,
    pub items: Vec<ChecklistItem>,
    /// The coach's note, if the playbook comes from (or is written by) a coach.
    #[serde(skip_serializing_if = "CoachNote::is_empty")]
    pub coach: CoachNote,
    /// For a playbook kept from a link: the version it came from, as it was, so that a newer
    /// version is merged with the candidate's own changes since (`playbook_update`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept_from: Option<Box<KeptFrom>>,
}

/// The version of a shared playbook that the candidate kept, as it was then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeptFrom {
    pub version: u32,
    pub name: String,
    pub items: Vec<ChecklistItem>,
    #[serde(skip_serializing_if = "CoachNote::is_empty")]
    pub coach: CoachNote,
}

impl KeptFrom {
    /// What is remembered of a playbook as kept.
    pub fn of(playbook: &Playbook) -> Self {
        KeptFrom {
            version: playbook.version,
            name: playbook.name.clone(),
            items: playbook.items.clone(),
            coach: playbook.coach.clone(),
        }
    }
}

impl Playbook {
    /// The version this copy was kept from, as a playbook; none for the candidate's own.
    pub fn base(&self) -> Option<Playbook> {
        self.kept_from.as_ref().map(|kept| Playbook {
            id: self.id.clone(),
            version: kept.version,
            name: kept.name.clone(),
            items: kept.items.clone(),
            coach: kept.coach.clone(),
            kept_from: None,
        })
    }

    /// The version a link is compared with: the one kept, or for the candidate's own
    /// playbook its own.
    pub fn kept_version(&self) -> u32 {
        self.kept_from
            .as_ref()
            .map_or(self.version, |kept| kept.version)
    }

    /// Whether two playbooks say the same, whatever each remembers of where it came from.
    pub fn same_content(&self, other: &Playbook) -> bool {
        self.id == other.id
            && self.name == other.name
            && self.items == other.items
            && self.coach == other.coach
    }
}

/// The id of the playbook that ships with Candor.
pub const BUILT_IN_ID: &str = "built-in";

/// The built-in playbook, built once.
pub fn built_in_ref() -> &'static Playbook {
    static BUILT_IN: std::sync::OnceLock<Playbook> = std::sync::OnceLock::new();
    BUILT_IN.get_or_init(built_in)
}

/// A change to one of the candidate's own playbooks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlaybookChange {
    Rename(String),
    CoachName(String),
    CoachMessage(String),
    /// Add an empty item at the end of a moment's items; `key` must be new.
    AddItem {
        key: String,
        moment: Moment,
        phase: Phase,
    },
    Text {
        key: String,
        text: String,
    },
    Why {
        key: String,
        why: String,
    },
    /// Move an item to another moment or phase (it goes last among that moment's items).
    Place {
        key: String,
        moment: Moment,
        phase: Phase,
    },
    Rule {
        key: String,
        rule: Option<DueRule>,
    },
    Kind {
        key: String,
        kind: ItemKind,
    },
    /// Swap the item with the previous (`up`) or next item of the same moment.
    Move {
        key: String,
        up: bool,
    },
    Remove(String),
}

impl Playbook {
    /// A key no item of this playbook uses yet.
    pub fn fresh_key(&self) -> String {
        (1..)
            .map(|n| format!("own-{n}"))
            .find(|key| self.items.iter().all(|item| &item.key != key))
            .unwrap_or_default()
    }

    /// Applies a change; returns false when it does not apply (an unknown key, a move past
    /// the end, a key already taken), leaving the playbook as it was.
    pub fn apply(&mut self, change: PlaybookChange) -> bool {
        let position = |items: &[ChecklistItem], key: &str| items.iter().position(|i| i.key == key);
        match change {
            PlaybookChange::Rename(name) => self.name = name,
            PlaybookChange::CoachName(name) => self.coach.name = name,
            PlaybookChange::CoachMessage(message) => self.coach.message = message,
            PlaybookChange::AddItem { key, moment, phase } => {
                if position(&self.items, &key).is_some() {
                    return false;
                }
                let at = self
                    .items
                    .iter()
                    .rposition(|i| i.moment == moment)
                    .map_or(self.items.len(), |last| last + 1);
                self.items.insert(at, item(&key, moment, phase, "", ""));
            }
            PlaybookChange::Text { key, text } => match position(&self.items, &key) {
                Some(at) => self.items[at].text = text,
                None => return false,
            },
            PlaybookChange::Why { key, why } => match position(&self.items, &key) {
                Some(at) => self.items[at].why = why,
                None => return false,
            },
            PlaybookChange::Place { key, moment, phase } => {
                let Some(at) = position(&self.items, &key) else {
                    return false;
                };
                let mut moved = self.items.remove(at);
                let same_moment = moved.moment == moment;
                moved.moment = moment;
                moved.phase = phase;
                let to = if same_moment {
                    at
                } else {
                    self.items
                        .iter()
                        .rposition(|i| i.moment == moment)
                        .map_or(self.items.len(), |last| last + 1)
                };
                self.items.insert(to, moved);
            }
            PlaybookChange::Rule { key, rule } => match position(&self.items, &key) {
                Some(at) => self.items[at].due = rule,
                None => return false,
            },
            PlaybookChange::Kind { key, kind } => match position(&self.items, &key) {
                Some(at) => self.items[at].kind = kind,
                None => return false,
            },
            PlaybookChange::Move { key, up } => {
                let Some(at) = position(&self.items, &key) else {
                    return false;
                };
                let moment = self.items[at].moment;
                let neighbour = if up {
                    self.items[..at].iter().rposition(|i| i.moment == moment)
                } else {
                    self.items[at + 1..]
                        .iter()
                        .position(|i| i.moment == moment)
                        .map(|n| at + 1 + n)
                };
                match neighbour {
                    Some(other) => self.items.swap(at, other),
                    None => return false,
                }
            }
            PlaybookChange::Remove(key) => match position(&self.items, &key) {
                Some(at) => {
                    self.items.remove(at);
                }
                None => return false,
            },
        }
        true
    }
}

impl Playbook {
    /// The items of one moment, in playbook order.
    pub fn items_for(&self, moment: Moment) -> impl Iterator<Item = &ChecklistItem> {
        self.items.iter().filter(move |item| item.moment == moment)
    }

    /// The number of the playbook's rule of the same kind as `rule`, if it has one: what every
    /// text stating that timing reads, so that a coach's numbers show everywhere.
    pub fn number_for(&self, rule: DueRule) -> Option<u32> {
        self.rule_item(|r| r.kind() == rule.kind())
            .and_then(|(_, r)| r.number())
            .map(|(n, _)| n)
    }

    /// The first item whose timing rule `matches`, with that rule.
    pub fn rule_item(
        &self,
        matches: impl Fn(&DueRule) -> bool,
    ) -> Option<(&ChecklistItem, DueRule)> {
        self.items.iter().find_map(|item| {
            item.due
                .filter(|rule| matches(rule))
                .map(|rule| (item, rule))
        })
    }
}

fn item(key: &str, moment: Moment, phase: Phase, text: &str, why: &str) -> ChecklistItem {
    ChecklistItem {
        key: key.to_owned(),
        moment,
        phase,
        text: text.to_owned(),
        why: why.to_owned(),
        due: None,
        kind: ItemKind::ToDo,
    }
}

/// A built-in item as constant data: the playbook is a table, and building it is one loop
/// (a call per item would cost the download more than the text itself).
struct Row {
    key: &'static str,
    moment: Moment,
    phase: Phase,
    text: &'static str,
    why: &'static str,
    due: Option<DueRule>,
    kind: ItemKind,
}

impl Row {
    fn item(&self) -> ChecklistItem {
        ChecklistItem {
            key: self.key.to_owned(),
            moment: self.moment,
            phase: self.phase,
            text: self.text.to_owned(),
            why: self.why.to_owned(),
            due: self.due,
            kind: self.kind,
        }
    }
}

const fn row(
    key: &'static str,
    moment: Moment,
    phase: Phase,
    text: &'static str,
    why: &'static str,
) -> Row {
    Row {
        key,
        moment,
        phase,
        text,
        why,
        due: None,
        kind: ItemKind::ToDo,
    }
}

const fn ruled(rule: DueRule, row: Row) -> Row {
    Row {
        due: Some(rule),
        ..row
    }
}

const fn of_kind(kind: ItemKind, row: Row) -> Row {
    Row { kind, ..row }
}

/// The playbook that ships with Candor.
pub fn built_in() -> Playbook {
    use ItemKind::*;
    use Moment::*;
    use Phase::*;
    const ITEMS: &[Row] = &[
        // The recruiter's call. Item texts name no number: the rule beside an item states its
        // timing, so that a coach's numbers show everywhere.
        ruled(DueRule::ReturnCall { hours: 24 }, row(
            "call-return", Call, Before,
            "Return a missed call or voicemail promptly",
            "A recruiter who isn't called back thinks twice before calling again, for this job or the next one.",
        )),
        of_kind(Optional, row(
            "call-take-it", Call, Before,
            "Take the call even if you're not looking",
            "It may be about someone you could refer, and good recruiters are worth knowing for a whole career.",
        )),
        row(
            "call-why-you", Call, Before,
            "Know why they called: your profile matched their search on job function, expertise and location",
            "Those three are what the recruiter checks first: have them ready to confirm, or to correct.",
        ),
        of_kind(Optional, row(
            "call-not-disloyal", Call, Before,
            "Listening to an opportunity is not disloyalty to your employer",
            "Hearing about an opening commits you to nothing, and a good recruiter expects you to look after your career.",
        )),
        row(
            "call-pitch", Call, Before,
            "Have your pitch at hand: expertise, years of experience, what fits this opening",
            "The recruiter has read many resumes and may not have yours in front of them.",
        ),
        ruled(DueRule::PromisedCallBack, of_kind(Optional, row(
            "call-bad-time", Call, During,
            "If it's a bad time, say so after the introduction, give a time to call back, and keep it",
            "Half-listening costs you more than calling back when you can give it your full attention.",
        ))),
        row(
            "call-selection", Call, During,
            "Treat the call as part of the selection: be focused and clear",
            "The recruiter listens for energy and communication, and pictures you in front of the client.",
        ),
        row(
            "call-honest", Call, During,
            "Answer briefly, completely and honestly: specialty, where you live or whether a move is planned, other interviews, real interest",
            "An honest \"not this one\" can lead to a better fit later; recruiters keep notes and come back.",
        ),
        row(
            "call-other-recruiters", Call, During,
            "Say which other recruiters are presenting you, and to which companies",
            "The same client must never get your resume twice from two agencies: it embarrasses everyone and can cost you the job.",
        ),
        row(
            "call-details", Call, After,
            "Write down the key details of the job and the process",
            "You'll quote one specific detail of the job in your follow-up.",
        ),
        ruled(DueRule::KeepInformed { days: 7 }, of_kind(Optional, row(
            "call-other-processes", Call, After,
            "Tell the recruiter about other interviews and offers, at the next contact",
            "A good recruiter expects you to act in your own interest; what hurts is a surprise. An offer elsewhere changes their timeline, so it can't wait long.",
        ))),
        ruled(DueRule::KeepInTouch { days: 4 }, of_kind(Dont, row(
            "call-no-dark", Call, After,
            "Don't go dark: answer calls, e-mails and texts while the process runs",
            "Silence reads as lack of interest, and the recruiter passes it on to the hiring manager. Going dark ends the relationship: for this opening, and for the ones they would have called you about later.",
        ))),
        ruled(DueRule::AnswerOffer { business_days: 2 }, of_kind(Optional, row(
            "call-offer-answer", Call, After,
            "With an offer on the table, give your answer by the date the recruiter asks, or say when you will",
            "Vanishing with an offer on the table is the worst way to go dark: it ends the relationship for this job and the next. Even \"I need until Friday\" lets them plan.",
        ))),
        of_kind(Optional, row(
            "call-any-channel", Call, After,
            "Answer on the channel the recruiter uses: don't insist on e-mail only",
            "A quick call often settles in minutes what takes days by e-mail, and recruiters rank candidates partly by how easy they are to reach.",
        )),
        // Each interview round.
        row(
            "prep-people", Interview, Before,
            "Ask the recruiter who you'll meet: names, titles, what each one looks for",
            "The recruiter coordinates the rounds and knows what each interviewer weighs. Let them lead.",
        ),
        row(
            "prep-format", Interview, Before,
            "Find out the kind of interview, the timeline and who decides",
            "Preparing is shared work: the recruiter prepares you so that you can prepare well.",
        ),
        row(
            "prep-plan-debrief", Interview, Before,
            "Plan when you'll call the recruiter afterwards, the same day; if you can't right after, agree a time by text now",
            "Your impressions are freshest right after the interview, and the recruiter needs them.",
        ),
        row(
            "prep-job-detail", Interview, Before,
            "Re-read the key job details you noted",
            "Specific answers about this job show real interest.",
        ),
        // The debrief after each round.
        ruled(DueRule::DebriefCall { hours: 1 }, row(
            "debrief-call", Debrief, During,
            "Call the recruiter right after the interview, the same day",
            "The recruiter is often the first screener and has a say in the final decision, and can only fight for you with your feedback. Calling days later reads as lack of interest.",
        )),
        row(
            "debrief-honest", Debrief, During,
            "Say how it went, what went well and badly, and whom you clicked with",
            "If you'd take an answer back, the recruiter may be able to clarify it with the client.",
        ),
        row(
            "debrief-interest", Debrief, During,
            "Give your interest level and your concerns",
            "The hiring manager wants to hear your interest, and hears it through the recruiter.",
        ),
        ruled(DueRule::FeedbackOwed { grace_days: 1 }, row(
            "debrief-feedback", Debrief, During,
            "Ask for the client's feedback and the next steps",
            "It's a two-way street: the recruiter owes you feedback so you can improve.",
        )),
        row(
            "debrief-others", Debrief, During,
            "Mention other interviews or offers in progress",
            "No surprises: the recruiter can plan around them.",
        ),
        of_kind(Optional, row(
            "debrief-thank-you-asked", Debrief, During,
            "Be ready to say whether your thank-you notes went out",
            "The recruiter will likely ask: a yes tells them you follow through, and they can pass it on.",
        )),
        // Thank-you notes and following up.
        ruled(DueRule::ThankYouNotes { hours: 24 }, row(
            "thanks-each", ThankYou, After,
            "Send a thank-you note to each interviewer",
            "Most hiring managers weigh thank-you notes, and few candidates send one.",
        )),
        row(
            "thanks-brief", ThankYou, After,
            "Keep each note to about two short paragraphs, and check it for typos",
            "Thank them, say you're even more interested only if it's true, and name the skills you bring; a careless note does as much harm as a good one does good.",
        ),
        ruled(DueRule::NoNewsBefore { hours: 24 }, of_kind(Dont, row(
            "thanks-no-news", ThankYou, After,
            "Don't ask the recruiter for news right after the interview",
            "There won't be any yet. Following up is about being remembered.",
        ))),
        ruled(DueRule::WaitForReply { days: 3 }, of_kind(Dont, row(
            "thanks-wait-reply", ThankYou, After,
            "Wait for a reply before writing again",
            "Several messages in a row in the days after an interview look over-eager, and a recruiter reads them as chasing.",
        ))),
        ruled(DueRule::StatusCheck { business_days: 5 }, of_kind(Optional, row(
            "thanks-status-check", ThankYou, After,
            "With no timeline given, one short check-in by e-mail when Today shows it; then wait for their reply",
            "The wait is career-office guidance (Indeed's career guide) for when no date was given, not a rule every recruiter asks for. E-mail suits recruiters, who are often in meetings.",
        ))),
        of_kind(Optional, row(
            "thanks-recruiter", ThankYou, After,
            "Send the recruiter a short note too",
            "It isn't required, but it's appreciated and keeps you memorable.",
        )),
    ];
    Playbook {
        id: PlaybookId::built_in(),
        version: 3,
        name: "Candor's playbook".to_owned(),
        items: ITEMS.iter().map(Row::item).collect(),
        coach: CoachNote::default(),
        kept_from: None,
    }
}

/// A change to the candidate's playbooks (see the matching `Msg` variants).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlaybookMsg {
    /// Make an editable copy of a playbook under a fresh id.
    Copy { from: PlaybookId, id: PlaybookId },
    /// Change one of the candidate's own playbooks.
    Edit {
        id: PlaybookId,
        change: PlaybookChange,
    },
    /// Delete one; opportunities that followed it follow the built-in one again.
    Remove(PlaybookId),
    /// Keep a playbook from a link: added, or replacing the candidate's copy of it. It
    /// remembers the version it came from.
    Import(Playbook),
    /// Take part of a newer version of a kept playbook: the coach's version of the items
    /// whose keys are in `taken` (`playbook_update::offers_for`); the rest stays as the
    /// candidate has it. The copy then counts as kept from `theirs`.
    TakeUpdate {
        theirs: Box<Playbook>,
        taken: Vec<String>,
    },
    /// Choose the playbook new opportunities follow (`None`: the built-in one).
    UseForNew(Option<PlaybookId>),
}
