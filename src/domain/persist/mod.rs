//! The stored format: one JSON document under one localStorage key, carrying its schema
//! version. Reading never guesses: anything that is not exactly a document this version
//! understands is refused with a reason, so the caller can keep the stored text untouched.
//!
//! Any change to the shape of the data (even an added field) bumps `SCHEMA_VERSION` and adds
//! a migration, so an older app never reads, and then overwrites, data it only half
//! understands.

pub mod incremental;
mod json;
mod read;

use super::model::Model;
use json::{Number, Value};
use read::Record;
use serde::Serialize;
use std::fmt;

/// The localStorage key that holds the whole document.
pub const STORAGE_KEY: &str = "candor";

/// The version of the stored format this build writes.
///
/// History, each with a fixture in `tests/fixtures/` that native tests load forever:
/// - 1: opportunities with their recruiter, status, notes and archive flag.
/// - 2: adds rounds (interviewers, debrief), the contact log, checklist ticks, actions done,
///   call-card answers and referrals per opportunity, and the candidate's pitch. Every new
///   field has a default, so reading a version 1 document with version 2's types is the
///   whole migration.
/// - 3: adds notes sent and drafts per opportunity, who a contact was with (an interviewer or
///   the recruiter), and the candidate's name in the pitch. New fields default, as for 2.
/// - 4: adds the candidate's own playbooks (with a coach's note), the playbook new
///   opportunities follow, and the playbook each opportunity follows. New fields default.
///   Backup files are version 4 documents with `exported_at` and `app_version` beside
///   `data`, which reading ignores. Since then a saved document may also name the stored
///   text it was merged from (`base`), a hint for merging tabs that reading otherwise ignores.
/// - 5: adds what the recruiter promised (and by when) and when each opportunity was closed,
///   and the interviews and offers elsewhere that every recruiter should hear about. New
///   fields default.
/// - 6: adds the coach board (candidates' snapshots a coach kept) and each opportunity's
///   changes of stage with their times. New fields default: an opportunity from before has
///   no recorded changes, and the Progress screen falls back on its dates.
/// - 7: adds, on each opportunity's recruiter, who the candidate said the recruiter is
///   (`person`, from merging or splitting entries on the Recruiters screen), the candidate's
///   notes about them, and "keep in touch" with its cadence. New fields default.
/// - 8: adds, on a playbook kept from a link, the version it was kept from as it was then
///   (`kept_from`), so that a newer version is merged with the candidate's own changes. A
///   playbook kept before has none: every difference is then shown both ways.
/// - 9: adds the candidate's own e-mail or phone to the pitch (`contact`), which a snapshot
///   can carry for their coach. None before.
/// - 10: adds, on a contact, whether a call from the recruiter asked something of the
///   candidate (`awaits_answer`); on an opportunity with an offer, the day the recruiter asked
///   for an answer by (`answer_by`); on a playbook item, whether it is a to-do, a "don't" or
///   optional (`kind`); and the timing rule `answer_offer`. New fields default (a contact
///   that waits on nothing, no date asked, a to-do).
pub const SCHEMA_VERSION: u32 = 10;

/// The oldest stored version this build still reads.
const OLDEST_READABLE: u64 = 1;

#[derive(Serialize)]
struct DocumentOut<'a, T = Model> {
    schema: u32,
    /// The stored text this one was merged from (`text_digest`, in hex), so that a tab
    /// reading it later knows what it was made from (see `domain::sync::base_for`).
    #[serde(skip_serializing_if = "Option::is_none")]
    base: Option<String>,
    data: &'a T,
}

/// A stored document's model, and the digest of the text it was made from, if it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub model: Model,
    pub base: Option<u64>,
}

/// A stable 64-bit digest of a stored text, to name it in a later document. It reads eight
/// bytes at a step (a multiply-and-shift mix of each word), so that naming a large document
/// on every save stays cheap; the length goes in last, so texts that differ only in trailing
/// zero bytes differ too.
pub fn text_digest(text: &str) -> u64 {
    const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
    let bytes = text.as_bytes();
    let mut words = bytes.chunks_exact(8);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for word in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        hash = (hash ^ u64::from_le_bytes(eight)).wrapping_mul(MIX);
        hash ^= hash >> 29;
    }
    let mut rest = [0u8; 8];
    rest[..words.remainder().len()].copy_from_slice(words.remainder());
    hash = (hash ^ u64::from_le_bytes(rest)).wrapping_mul(MIX);
    hash ^= hash >> 29;
    (hash ^ bytes.len() as u64).wrapping_mul(MIX)
}

/// Why stored text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The text is not JSON at all (cut short, or damaged).
    NotJson(String),
    /// JSON, but with no schema version: not something Candor wrote.
    NoVersion,
    /// Written by a newer version of Candor than this one.
    NewerVersion { found: u64 },
    /// A version number this build never wrote.
    UnknownVersion { found: u64 },
    /// The right version, but the content does not have the expected shape.
    WrongShape(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotJson(detail) => write!(f, "the data is damaged ({detail})"),
            LoadError::NoVersion => f.write_str("the data was not written by Candor"),
            LoadError::NewerVersion { found } => write!(
                f,
                "the data comes from a newer version of Candor (format {found}; this one \
                 reads up to {SCHEMA_VERSION}). Reload the page to get the newer version"
            ),
            LoadError::UnknownVersion { found } => {
                write!(f, "the data has an unknown format number ({found})")
            }
            LoadError::WrongShape(detail) => {
                write!(f, "the data is not in the expected shape ({detail})")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// The document text for a model.
pub fn encode(model: &Model) -> String {
    encode_from(model, None)
}

/// The document text for a model merged from the stored text `base` (if any), which the
/// document names by its digest.
pub fn encode_from(model: &Model, base: Option<&str>) -> String {
    let document = DocumentOut {
        schema: SCHEMA_VERSION,
        base: base.map(|text| format!("{:016x}", text_digest(text))),
        data: model,
    };
    // Serialising plain structs of strings, numbers and dates into a String cannot fail.
    serde_json::to_string(&document).unwrap_or_default()
}

/// Reads a stored document, refusing anything this build does not fully understand.
pub fn decode(text: &str) -> Result<Model, LoadError> {
    decode_with_base(text).map(|decoded| decoded.model)
}

/// Reads a stored document and what it says it was made from.
pub fn decode_with_base(text: &str) -> Result<Decoded, LoadError> {
    let value = json::parse(text).map_err(|error| LoadError::NotJson(error.to_string()))?;
    let mut document = Record::of(value).map_err(|_| LoadError::NoVersion)?;
    let found = match document.take("schema") {
        Ok(Some(Value::Number(Number::Whole(n)))) => u64::try_from(n).ok(),
        _ => None,
    }
    .ok_or(LoadError::NoVersion)?;
    if found > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::NewerVersion { found });
    }
    if found < OLDEST_READABLE {
        return Err(LoadError::UnknownVersion { found });
    }
    // Only a hint for merging: anything but 16 hex digits is no hint.
    let base = match document.take("base") {
        Ok(Some(Value::Text(hex))) if hex.len() == 16 => u64::from_str_radix(&hex, 16).ok(),
        _ => None,
    };
    let data: Model = document
        .required("data")
        .map_err(|error| LoadError::WrongShape(error.to_string()))?;
    check_unique_ids(&data)?;
    Ok(Decoded { model: data, base })
}

fn check_unique_ids(model: &Model) -> Result<(), LoadError> {
    let mut playbooks: Vec<&str> = model.playbooks.iter().map(|p| p.id.as_str()).collect();
    playbooks.sort_unstable();
    if let Some(pair) = playbooks.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(LoadError::WrongShape(format!(
            "two playbooks share the id {}",
            pair[0]
        )));
    }
    let mut ids: Vec<&str> = model.opportunities.iter().map(|o| o.id.as_str()).collect();
    ids.sort_unstable();
    match ids.windows(2).find(|pair| pair[0] == pair[1]) {
        Some(pair) => Err(LoadError::WrongShape(format!(
            "two opportunities share the id {}",
            pair[0]
        ))),
        None => Ok(()),
    }
}
