//! What the recruiter promised, and by when: "will send the job description by Thursday",
//! "will call after the client decides". It is a two-way street: the recruiter owes the
//! candidate news too, and Candor notices when a promise is overdue.

use super::id::Id;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// One promise the recruiter made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Promise {
    pub id: Id,
    /// What they said they would do, in the candidate's words.
    pub what: String,
    /// The day they said they would do it by, if they gave one.
    #[serde(with = "crate::domain::time_text::optional_date")]
    pub by: Option<NaiveDate>,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub made_at: DateTime<Utc>,
    /// When the candidate marked it kept.
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub kept_at: Option<DateTime<Utc>>,
}

impl Promise {
    /// Whether it is still open.
    pub fn is_open(&self) -> bool {
        self.kept_at.is_none()
    }
}
