//! The contact log: every call, voicemail, e-mail and text with the recruiter, in and out.
//! It drives "return the call", "wait for a reply", "don't go dark" and "they owe you news".

use super::id::Id;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// How the candidate and the recruiter were in touch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// A call that connected.
    Call,
    /// A call that nobody picked up, with no message.
    MissedCall,
    /// A voicemail left.
    Voicemail,
    Email,
    Text,
}

/// Who reached out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the recruiter to the candidate.
    Incoming,
    /// From the candidate to the recruiter.
    Outgoing,
}

/// One entry of the contact log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub id: Id,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
    pub kind: ContactKind,
    pub direction: Direction,
    /// A line of summary.
    pub summary: String,
    /// "It's a bad time, I'll call you back at…": the time the candidate promised.
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub call_back_at: Option<DateTime<Utc>>,
    /// Set when the contact was with an interviewer (a thank-you note), not the recruiter.
    /// The timing rules about the recruiter leave such contacts out.
    pub with_interviewer: Option<Id>,
    /// A call from the recruiter that asked something of the candidate: it waits on their
    /// answer as an unanswered e-mail does ("don't go dark").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub awaits_answer: bool,
}

impl ContactKind {
    /// Every kind, in the order the log offers them.
    pub const ALL: [ContactKind; 5] = [
        ContactKind::Call,
        ContactKind::MissedCall,
        ContactKind::Voicemail,
        ContactKind::Email,
        ContactKind::Text,
    ];

    /// A short stable key, used as a form value.
    pub fn key(self) -> &'static str {
        match self {
            ContactKind::Call => "call",
            ContactKind::MissedCall => "missed-call",
            ContactKind::Voicemail => "voicemail",
            ContactKind::Email => "email",
            ContactKind::Text => "text",
        }
    }

    /// The kind a form value stands for.
    pub fn from_key(key: &str) -> Option<ContactKind> {
        ContactKind::ALL.into_iter().find(|kind| kind.key() == key)
    }

    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            ContactKind::Call => "Call",
            ContactKind::MissedCall => "Missed call",
            ContactKind::Voicemail => "Voicemail",
            ContactKind::Email => "E-mail",
            ContactKind::Text => "Text",
        }
    }

    /// Whether a contact of this kind, from the recruiter, can be marked as asking something
    /// of the candidate (`Contact::awaits_answer`): a call that connected. A voicemail is a
    /// call to return already, and a message waits on the candidate by itself.
    pub fn can_ask(self) -> bool {
        self == ContactKind::Call
    }

    /// A written message or a message left, as opposed to a conversation.
    pub fn is_message(self) -> bool {
        !matches!(self, ContactKind::Call)
    }
}

impl Contact {
    /// A missed call or a voicemail from the recruiter: a call to return.
    pub fn is_call_to_return(&self) -> bool {
        self.direction == Direction::Incoming
            && matches!(self.kind, ContactKind::MissedCall | ContactKind::Voicemail)
    }

    /// The recruiter is waiting on the candidate: they wrote (an e-mail or a text), or called
    /// and asked something of them.
    pub fn waits_on_candidate(&self) -> bool {
        self.direction == Direction::Incoming
            && self.with_interviewer.is_none()
            && (matches!(self.kind, ContactKind::Email | ContactKind::Text)
                || (self.awaits_answer && self.kind.can_ask()))
    }

    /// The candidate was in touch after `since` by this contact: a message or call of theirs,
    /// or a call that connected either way.
    pub fn is_in_touch_after(&self, since: DateTime<Utc>) -> bool {
        self.at > since && (self.direction == Direction::Outgoing || self.kind == ContactKind::Call)
    }

    /// Whether this returns a call: a call that connected (either way), or the candidate's
    /// own call that reached voicemail or nobody. A text or an e-mail does not.
    pub fn returns_a_call(&self) -> bool {
        self.kind == ContactKind::Call
            || (self.direction == Direction::Outgoing
                && matches!(self.kind, ContactKind::MissedCall | ContactKind::Voicemail))
    }

    /// What the log shows for it, e.g. "Voicemail from the recruiter".
    pub fn describe(&self) -> String {
        if self.with_interviewer.is_some() {
            return "Thank-you note sent".to_owned();
        }
        let from_or_to = match (self.kind, self.direction) {
            (ContactKind::Call, Direction::Incoming) => "Call from the recruiter",
            (ContactKind::Call, Direction::Outgoing) => "You called the recruiter",
            (ContactKind::MissedCall, Direction::Incoming) => "Missed call from the recruiter",
            (ContactKind::MissedCall, Direction::Outgoing) => "You called; no answer",
            (ContactKind::Voicemail, Direction::Incoming) => "Voicemail from the recruiter",
            (ContactKind::Voicemail, Direction::Outgoing) => "You left a voicemail",
            (ContactKind::Email, Direction::Incoming) => "E-mail from the recruiter",
            (ContactKind::Email, Direction::Outgoing) => "You e-mailed the recruiter",
            (ContactKind::Text, Direction::Incoming) => "Text from the recruiter",
            (ContactKind::Text, Direction::Outgoing) => "You texted the recruiter",
        };
        from_or_to.to_owned()
    }
}
