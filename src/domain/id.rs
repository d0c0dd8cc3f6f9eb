//! Stable ids for every record the candidate creates.

use serde::Serialize;
use std::fmt;

/// The longest id we accept from storage or a link.
const MAX_ID_LEN: usize = 64;

/// A stable identifier for a record (an opportunity, a round, an interviewer, a contact). It is
/// made once from random bits and never reused, so it stays valid across reloads, exports and
/// imports: never a list position.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct Id(String);

impl TryFrom<String> for Id {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or_else(|| format!("{text:?} is not a valid id"))
    }
}

impl From<Id> for String {
    fn from(id: Id) -> Self {
        id.0
    }
}

impl Id {
    /// Makes an id from 64 random bits supplied by the caller.
    pub fn from_random(bits: u64) -> Self {
        Self(format!("{bits:016x}"))
    }

    /// Reads an id from untrusted text (a link, stored data). Ids are short and use only
    /// lowercase ASCII letters, digits and `-`; anything else is not one of ours.
    pub fn parse(text: &str) -> Option<Self> {
        let plausible = !text.is_empty()
            && text.len() <= MAX_ID_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        plausible.then(|| Self(text.to_owned()))
    }

    /// The id as text, as it appears in links.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
