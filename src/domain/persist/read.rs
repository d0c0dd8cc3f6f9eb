//! Reads the stored document's records out of parsed JSON, by the rules the document is
//! written with: the fields a record had in its first version are required, fields added
//! later take their default when missing, unknown fields are skipped, a field given twice is
//! refused, and a value of the wrong kind anywhere refuses the whole document, saying where.
//!
//! Every record is built with a struct literal, so a field added to a type without being
//! read here does not compile; `tests/native/persistence.rs` writes every field and reads it back.

use super::json::{Number, Value};
use crate::domain::board_card::BoardCard;
use crate::domain::contact::{Contact, ContactKind, Direction};
use crate::domain::elsewhere::{Elsewhere, ElsewhereKind};
use crate::domain::id::Id;
use crate::domain::model::Model;
use crate::domain::note::SentNote;
use crate::domain::opportunity::{
    CloseReason, KeepInTouch, Opportunity, Recruiter, Status, StatusChange,
};
use crate::domain::pitch::Pitch;
use crate::domain::playbook::{
    ChecklistItem, CoachNote, DueRule, ItemKind, KeptFrom, Moment, Phase, Playbook, PlaybookId,
};
use crate::domain::promise::Promise;
use crate::domain::round::{Debrief, InterviewFormat, Interviewer, Rapport, Round};
use crate::domain::time_text::date_from_input_value;
use chrono::{DateTime, NaiveDate, Utc};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// Where in the document a value does not have the expected shape, and how.
#[derive(Debug)]
pub struct ShapeError {
    /// Like `opportunities[2].company`; empty for the value itself.
    path: String,
    problem: String,
}

impl ShapeError {
    fn new(problem: String) -> Self {
        Self {
            path: String::new(),
            problem,
        }
    }

    fn expected(what: &str, found: &Value) -> Self {
        Self::new(format!("expected {what}, found {}", found.kind()))
    }

    /// The same error, seen from the record holding `step` (a name or `[n]`). Never inlined,
    /// like the other non-generic helpers here: the code each record type brings stays small.
    #[inline(never)]
    fn inside(mut self, step: &str) -> Self {
        let dot = if self.path.is_empty() || self.path.starts_with('[') {
            ""
        } else {
            "."
        };
        self.path = format!("{step}{dot}{}", self.path);
        self
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

/// A value of the stored document read into a typed one.
pub trait Read: Sized {
    fn read(value: Value<'_>) -> Result<Self, ShapeError>;
}

/// The members of a JSON object, taken one by one into a record's fields.
pub struct Record<'a> {
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Record<'a> {
    /// The object's members, or an error if the value is not an object.
    pub fn of(value: Value<'a>) -> Result<Self, ShapeError> {
        match value {
            Value::Object(members) => Ok(Self { members }),
            other => Err(ShapeError::expected("an object", &other)),
        }
    }

    /// The member called `name`, if there is one; two of them are refused.
    #[inline(never)]
    pub fn take(&mut self, name: &str) -> Result<Option<Value<'a>>, ShapeError> {
        let Some(at) = self.members.iter().position(|(key, _)| key == name) else {
            return Ok(None);
        };
        let (_, value) = self.members.swap_remove(at);
        if self.members.iter().any(|(key, _)| key == name) {
            return Err(ShapeError::new(format!("{name} is given twice")));
        }
        Ok(Some(value))
    }

    /// The member called `name`, which must be there.
    #[inline(never)]
    fn present(&mut self, name: &str) -> Result<Value<'a>, ShapeError> {
        self.take(name)?
            .ok_or_else(|| ShapeError::new(format!("{name} is missing")))
    }

    /// A field every version of the record has.
    pub fn required<T: Read>(&mut self, name: &str) -> Result<T, ShapeError> {
        let value = self.present(name)?;
        T::read(value).map_err(|error| error.inside(name))
    }

    /// A field added in a later version (or optional): its default when missing.
    pub fn optional<T: Read + Default>(&mut self, name: &str) -> Result<T, ShapeError> {
        match self.take(name)? {
            Some(value) => T::read(value).map_err(|error| error.inside(name)),
            None => Ok(T::default()),
        }
    }
}

impl Read for String {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        match value {
            Value::Text(text) => Ok(text.into_owned()),
            other => Err(ShapeError::expected("text", &other)),
        }
    }
}

impl Read for PlaybookId {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        String::read(value).map(PlaybookId::new)
    }
}

impl Read for bool {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        match value {
            Value::Bool(yes) => Ok(yes),
            other => Err(ShapeError::expected("true or false", &other)),
        }
    }
}

/// A whole number that fits `T`.
fn whole<T: TryFrom<i128>>(value: Value<'_>) -> Result<T, ShapeError> {
    match value {
        Value::Number(Number::Whole(n)) => {
            // Said without the number: printing an i128 would bring its formatting code.
            T::try_from(n).map_err(|_| ShapeError::new("a whole number out of range".to_owned()))
        }
        other => Err(ShapeError::expected("a whole number", &other)),
    }
}

macro_rules! read_whole {
    ($($type:ty),+) => {
        $(impl Read for $type {
            fn read(value: Value<'_>) -> Result<Self, ShapeError> {
                whole(value)
            }
        })+
    };
}

read_whole!(u8, u32, i64);

/// A time, stored as milliseconds since the Unix epoch.
impl Read for DateTime<Utc> {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let millis: i64 = whole(value)?;
        DateTime::from_timestamp_millis(millis)
            .ok_or_else(|| ShapeError::new(format!("{millis} is not a time")))
    }
}

/// A calendar date, stored as "2026-03-02".
impl Read for NaiveDate {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let text = String::read(value)?;
        date_from_input_value(&text)
            .ok_or_else(|| ShapeError::new(format!("{text:?} is not a date")))
    }
}

impl Read for Id {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        match value {
            Value::Text(text) => Id::parse(&text)
                .ok_or_else(|| ShapeError::new(format!("{text:?} is not a valid id"))),
            other => Err(ShapeError::expected("an id", &other)),
        }
    }
}

/// `null` or a value.
impl<T: Read> Read for Option<T> {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        match value {
            Value::Null => Ok(None),
            other => T::read(other).map(Some),
        }
    }
}

/// The items of a list, or an error if the value is not one.
#[inline(never)]
fn list(value: Value<'_>) -> Result<Vec<Value<'_>>, ShapeError> {
    match value {
        Value::List(items) => Ok(items),
        other => Err(ShapeError::expected("a list", &other)),
    }
}

/// An item's error, seen from its list.
#[inline(never)]
fn at_index(error: ShapeError, n: usize) -> ShapeError {
    error.inside(&format!("[{n}]"))
}

impl<T: Read> Read for Vec<T> {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let items = list(value)?;
        let mut read = Vec::with_capacity(items.len());
        for (n, item) in items.into_iter().enumerate() {
            match T::read(item) {
                Ok(item) => read.push(item),
                Err(error) => return Err(at_index(error, n)),
            }
        }
        Ok(read)
    }
}

/// An object used as a map: its names read as keys (text or ids).
impl<K: Read + Ord, V: Read> Read for BTreeMap<K, V> {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        match value {
            Value::Object(members) => members
                .into_iter()
                .map(|(name, value)| {
                    let step = format!("[{name:?}]");
                    let key = K::read(Value::Text(name)).map_err(|e| e.inside(&step))?;
                    let value = V::read(value).map_err(|e| e.inside(&step))?;
                    Ok((key, value))
                })
                .collect(),
            other => Err(ShapeError::expected("an object", &other)),
        }
    }
}

/// One of a fixed set of names.
fn one_of<T: Copy>(value: Value<'_>, names: &[(&str, T)]) -> Result<T, ShapeError> {
    let text = String::read(value)?;
    match names.iter().find(|(name, _)| *name == text) {
        Some((_, choice)) => Ok(*choice),
        None => {
            let known: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
            Err(ShapeError::new(format!(
                "{text:?} is not one of {}",
                known.join(", ")
            )))
        }
    }
}

/// Reads an enum of plain variants from the names it is stored under.
macro_rules! read_names {
    ($type:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl Read for $type {
            fn read(value: Value<'_>) -> Result<Self, ShapeError> {
                one_of(value, &[$(($name, $type::$variant)),+])
            }
        }
    };
}

read_names!(CloseReason {
    Accepted = "accepted",
    Declined = "declined",
    Rejected = "rejected",
    Withdrew = "withdrew",
    NoReply = "no_reply",
});
read_names!(InterviewFormat {
    NotKnownYet = "not_known_yet",
    Phone = "phone",
    Video = "video",
    OnSite = "on_site",
    Panel = "panel",
    Technical = "technical",
});
read_names!(Rapport {
    Clicked = "clicked",
    Neutral = "neutral",
    DidNotClick = "did_not_click",
});
read_names!(ContactKind {
    Call = "call",
    MissedCall = "missed_call",
    Voicemail = "voicemail",
    Email = "email",
    Text = "text",
});
read_names!(Direction {
    Incoming = "incoming",
    Outgoing = "outgoing",
});
read_names!(ElsewhereKind {
    Interview = "interview",
    Offer = "offer",
});
read_names!(Moment {
    Call = "call",
    Interview = "interview",
    Debrief = "debrief",
    ThankYou = "thank_you",
});
read_names!(ItemKind {
    ToDo = "to_do",
    Dont = "dont",
    Optional = "optional",
});
read_names!(Phase {
    Before = "before",
    During = "during",
    After = "after",
});

impl Read for Model {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Model {
            opportunities: r.required("opportunities")?,
            pitch: r.optional("pitch")?,
            playbooks: r.optional("playbooks")?,
            new_playbook: r.optional("new_playbook")?,
            elsewhere: r.optional("elsewhere")?,
            board: r.optional("board")?,
        })
    }
}

impl Read for Opportunity {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Opportunity {
            id: r.required("id")?,
            company: r.required("company")?,
            role: r.required("role")?,
            location: r.required("location")?,
            job_details: r.required("job_details")?,
            recruiter: r.required("recruiter")?,
            status: r.required("status")?,
            notes: r.required("notes")?,
            archived: r.required("archived")?,
            created_at: r.required("created_at")?,
            updated_at: r.required("updated_at")?,
            rounds: r.optional("rounds")?,
            contacts: r.optional("contacts")?,
            checked: r.optional("checked")?,
            actions_done: r.optional("actions_done")?,
            call_answers: r.optional("call_answers")?,
            referrals: r.optional("referrals")?,
            notes_sent: r.optional("notes_sent")?,
            drafts: r.optional("drafts")?,
            playbook: r.optional("playbook")?,
            promises: r.optional("promises")?,
            closed_at: r.optional("closed_at")?,
            status_changes: r.optional("status_changes")?,
            answer_by: r.optional("answer_by")?,
        })
    }
}

impl Read for StatusChange {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(StatusChange {
            at: r.required("at")?,
            status: r.required("status")?,
        })
    }
}

impl Read for BoardCard {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(BoardCard {
            key: r.required("key")?,
            taken_at: r.required("taken_at")?,
            kept_at: r.required("kept_at")?,
            link: r.required("link")?,
        })
    }
}

impl Read for Recruiter {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Recruiter {
            name: r.required("name")?,
            agency: r.required("agency")?,
            phone: r.required("phone")?,
            email: r.required("email")?,
            person: r.optional("person")?,
            about: r.optional("about")?,
            keep_in_touch: r.optional("keep_in_touch")?,
        })
    }
}

impl Read for KeepInTouch {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        let every_months: u8 = r.required("every_months")?;
        if every_months == 0 {
            return Err(ShapeError::new("a cadence of 0 months".to_owned()));
        }
        Ok(KeepInTouch {
            every_months,
            since: r.required("since")?,
        })
    }
}

/// Stored as `{"stage":"call"}` or `{"stage":"closed","reason":"no_reply"}`.
impl Read for Status {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        let stage: String = r.required("stage")?;
        let open = match stage.as_str() {
            "call" => Status::Call,
            "interviewing" => Status::Interviewing,
            "offer" => Status::Offer,
            "closed" => return Ok(Status::Closed(r.required("reason")?)),
            _ => {
                return Err(ShapeError::new(format!(
                    "{stage:?} is not one of call, interviewing, offer, closed"
                ))
                .inside("stage"))
            }
        };
        match r.take("reason")? {
            None | Some(Value::Null) => Ok(open),
            Some(_) => Err(ShapeError::new(format!("a {stage} status has no reason"))),
        }
    }
}

impl Read for Round {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Round {
            id: r.required("id")?,
            starts_at: r.optional("starts_at")?,
            ends_at: r.optional("ends_at")?,
            format: r.optional("format")?,
            place: r.optional("place")?,
            interviewers: r.optional("interviewers")?,
            briefing: r.optional("briefing")?,
            debrief_planned_at: r.optional("debrief_planned_at")?,
            debrief: r.optional("debrief")?,
            checked: r.optional("checked")?,
        })
    }
}

impl Read for Interviewer {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Interviewer {
            id: r.required("id")?,
            name: r.required("name")?,
            title: r.optional("title")?,
            looks_for: r.optional("looks_for")?,
            thanked_at: r.optional("thanked_at")?,
        })
    }
}

impl Read for Debrief {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Debrief {
            how_it_went: r.optional("how_it_went")?,
            went_well: r.optional("went_well")?,
            went_badly: r.optional("went_badly")?,
            rapport: r.optional("rapport")?,
            take_back: r.optional("take_back")?,
            interest: r.optional("interest")?,
            concerns: r.optional("concerns")?,
            client_feedback: r.optional("client_feedback")?,
            next_steps: r.optional("next_steps")?,
            other_processes: r.optional("other_processes")?,
            feedback_expected_on: r.optional("feedback_expected_on")?,
            done_at: r.optional("done_at")?,
        })
    }
}

impl Read for Contact {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Contact {
            id: r.required("id")?,
            at: r.required("at")?,
            kind: r.required("kind")?,
            direction: r.required("direction")?,
            summary: r.optional("summary")?,
            call_back_at: r.optional("call_back_at")?,
            with_interviewer: r.optional("with_interviewer")?,
            awaits_answer: r.optional("awaits_answer")?,
        })
    }
}

impl Read for SentNote {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(SentNote {
            id: r.required("id")?,
            round: r.required("round")?,
            interviewer: r.optional("interviewer")?,
            to: r.required("to")?,
            text: r.required("text")?,
            sent_at: r.required("sent_at")?,
        })
    }
}

impl Read for Promise {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Promise {
            id: r.required("id")?,
            what: r.required("what")?,
            by: r.optional("by")?,
            made_at: r.required("made_at")?,
            kept_at: r.optional("kept_at")?,
        })
    }
}

impl Read for Elsewhere {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Elsewhere {
            id: r.required("id")?,
            kind: r.required("kind")?,
            what: r.optional("what")?,
            at: r.required("at")?,
        })
    }
}

impl Read for Pitch {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Pitch {
            your_name: r.optional("your_name")?,
            expertise: r.optional("expertise")?,
            years_of_experience: r.optional("years_of_experience")?,
            top_skills: r.optional("top_skills")?,
            location: r.optional("location")?,
            relocation: r.optional("relocation")?,
            contact: r.optional("contact")?,
        })
    }
}

impl Read for Playbook {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(Playbook {
            id: r.required("id")?,
            version: r.required("version")?,
            name: r.required("name")?,
            items: r.required("items")?,
            coach: r.optional("coach")?,
            kept_from: r.optional::<Option<KeptFrom>>("kept_from")?.map(Box::new),
        })
    }
}

impl Read for KeptFrom {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(KeptFrom {
            version: r.required("version")?,
            name: r.required("name")?,
            items: r.required("items")?,
            coach: r.optional("coach")?,
        })
    }
}

impl Read for ChecklistItem {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(ChecklistItem {
            key: r.required("key")?,
            moment: r.required("moment")?,
            phase: r.required("phase")?,
            text: r.required("text")?,
            why: r.required("why")?,
            due: r.optional("due")?,
            kind: r.optional("kind")?,
        })
    }
}

impl Read for CoachNote {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        Ok(CoachNote {
            name: r.required("name")?,
            message: r.required("message")?,
        })
    }
}

/// Stored as `{"rule":"return_call","hours":24}`, the numbers beside the rule's name.
impl Read for DueRule {
    fn read(value: Value<'_>) -> Result<Self, ShapeError> {
        let mut r = Record::of(value)?;
        let rule: String = r.required("rule")?;
        Ok(match rule.as_str() {
            "return_call" => DueRule::ReturnCall {
                hours: r.required("hours")?,
            },
            "promised_call_back" => DueRule::PromisedCallBack,
            "debrief_call" => DueRule::DebriefCall {
                hours: r.required("hours")?,
            },
            "thank_you_notes" => DueRule::ThankYouNotes {
                hours: r.required("hours")?,
            },
            "no_news_before" => DueRule::NoNewsBefore {
                hours: r.required("hours")?,
            },
            "wait_for_reply" => DueRule::WaitForReply {
                days: r.required("days")?,
            },
            "status_check" => DueRule::StatusCheck {
                business_days: r.required("business_days")?,
            },
            "feedback_owed" => DueRule::FeedbackOwed {
                grace_days: r.required("grace_days")?,
            },
            "keep_in_touch" => DueRule::KeepInTouch {
                days: r.required("days")?,
            },
            "keep_informed" => DueRule::KeepInformed {
                days: r.required("days")?,
            },
            "answer_offer" => DueRule::AnswerOffer {
                business_days: r.required("business_days")?,
            },
            _ => {
                return Err(ShapeError::new(format!("{rule:?} is not a timing rule")).inside("rule"))
            }
        })
    }
}
