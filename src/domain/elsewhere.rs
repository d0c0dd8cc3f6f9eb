//! Interviews and offers elsewhere, as the candidate logs them: each recruiter should hear
//! about them at the next contact, soon. A good recruiter expects the candidate to act in
//! their own interest; what hurts is a surprise.

use super::id::Id;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// What happened elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ElsewhereKind {
    Interview,
    Offer,
}

impl ElsewhereKind {
    /// Both kinds, for pickers.
    pub const ALL: [ElsewhereKind; 2] = [ElsewhereKind::Interview, ElsewhereKind::Offer];

    /// A short stable key, used as a form value.
    pub fn key(self) -> &'static str {
        match self {
            ElsewhereKind::Interview => "interview",
            ElsewhereKind::Offer => "offer",
        }
    }

    /// The kind a form value stands for.
    pub fn from_key(key: &str) -> Option<ElsewhereKind> {
        ElsewhereKind::ALL
            .into_iter()
            .find(|kind| kind.key() == key)
    }

    /// What the candidate reads: "An interview elsewhere".
    pub fn label(self) -> &'static str {
        match self {
            ElsewhereKind::Interview => "An interview elsewhere",
            ElsewhereKind::Offer => "An offer elsewhere",
        }
    }

    /// The noun in an action: "the interview elsewhere".
    pub fn noun(self) -> &'static str {
        match self {
            ElsewhereKind::Interview => "interview",
            ElsewhereKind::Offer => "offer",
        }
    }
}

/// One interview or offer elsewhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Elsewhere {
    pub id: Id,
    pub kind: ElsewhereKind,
    /// A line to remember it by ("Globex, final round"); optional.
    pub what: String,
    /// When the candidate logged it.
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
}
